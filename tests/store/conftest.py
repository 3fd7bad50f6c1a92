"""Real small disks for the write-failure tests: we run as root, so chmod cannot stop a write.

A 64 KiB tmpfs is a disk that fills up; a tmpfs mounted read-only is a folder nobody
may write. Both need mount rights; without them the tests that use them are skipped
(the monkeypatched full-disk test still runs everywhere).
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mounted(folder: Path, options: str) -> Iterator[Path]:
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True, check=False
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    yield from _mounted(tmp_path / "tiny", "size=64k")


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[Path]:
    yield from _mounted(tmp_path / "readonly", "ro,size=64k")
