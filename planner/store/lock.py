"""One Planner at a time per file: an advisory lock held while a file is open for editing.

On POSIX the lock is flock() on the project file itself (SQLite's own locks are
fcntl() byte ranges and do not interfere); the kernel drops it when the process
dies, so a crash never leaves a file "in use". On Windows a sidecar lock file is
locked with msvcrt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from planner.store.errors import FileInUse


class FileLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        target = self.path if sys.platform != "win32" else self.path.with_name(self.path.name + ".lock")
        fd = os.open(target, os.O_RDWR | os.O_CREAT if sys.platform == "win32" else os.O_RDONLY)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise FileInUse(f"{self.path}: already open in another Planner window") from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None


if sys.platform == "win32":  # pragma: no cover - not testable on this machine
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
