"""Writing a file whole or not at all, with one clear line when the disk says no.

A new project, a copy or a backup is written into a hidden temporary file beside its
destination and moved into place at the end. Whatever fails (no space left, a
folder that cannot be written or does not exist, a read-only disk), the temporary
file and its journal are removed and the destination is as it was.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from planner.store.errors import WriteFailed, os_reason


def write_whole(destination: Path, fill: Callable[[Path], None]) -> None:
    """Let `fill` write a temporary file, then move it onto `destination`; WriteFailed if anything fails."""
    temporary = destination.with_name(f".{destination.name}.{os.getpid()}.tmp")
    _require_folder(destination)
    try:
        _remove(temporary)
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))  # the OS's precise refusal
        fill(temporary)
        os.replace(temporary, destination)
    except OSError as error:
        _discard(temporary)
        raise WriteFailed(f"{destination}: cannot be written ({os_reason(error)})") from None
    except sqlite3.Error as error:
        _discard(temporary)
        raise WriteFailed(f"{destination}: cannot be written ({_sqlite_reason(error)})") from None
    except BaseException:
        _discard(temporary)
        raise


def _require_folder(destination: Path) -> None:
    folder = destination.parent
    if not folder.exists():
        raise WriteFailed(f"{destination}: cannot be written (the folder {folder} does not exist)")
    if not folder.is_dir():
        raise WriteFailed(f"{destination}: cannot be written ({folder} is a file, not a folder)")


def _sqlite_reason(error: sqlite3.Error) -> str:
    text = str(error)
    return "the disk is full" if "full" in text else text


def _discard(temporary: Path) -> None:
    for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
        with contextlib.suppress(OSError):  # could not be made, so cannot be there
            _remove(leftover)


def _remove(file: Path) -> None:
    file.unlink(missing_ok=True)
