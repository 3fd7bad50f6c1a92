"""Save a Copy As, as a long job: SQLite's backup API, a few pages at a time, from a reader of its own.

The copy reads the file through its own read-only connection, so it can run in a
worker thread while the window goes on editing: SQLite restarts a backup whose
source changed, so the copy is always one consistent state of the project. It is
written beside the destination and renamed into place when whole; a cancelled or
failed copy leaves nothing behind.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from planner.core.progress import CancelCheck, Progress, check, never_cancelled, no_progress
from planner.store.errors import FileProblem

PAGES_PER_STEP = 256  # 1 MB of 4 kB pages between progress reports


def copy_project_file(
    source: Path | str,
    destination: Path | str,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
) -> None:
    """Copy the project file `source` to `destination` (replacing it); Cancelled or FileProblem leave no file."""
    source, destination = Path(source), Path(destination)
    if destination.resolve() == source.resolve():
        raise FileProblem("a copy cannot replace the file it is made from")
    temporary = destination.with_name(f".{destination.name}.{os.getpid()}.tmp")
    what = f"Saving a copy as {destination.name}"

    def step(_status: int, remaining: int, total: int) -> None:
        progress(total - remaining, total)
        check(cancelled, what)

    reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(temporary)
        try:
            reader.backup(target, pages=PAGES_PER_STEP, progress=step)
        finally:
            target.close()
        check(cancelled, what)
        os.replace(temporary, destination)
    except sqlite3.Error as error:
        raise FileProblem(f"{destination}: the copy could not be written ({error})") from error
    finally:
        reader.close()
        temporary.unlink(missing_ok=True)
