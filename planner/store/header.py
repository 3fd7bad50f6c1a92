"""The first 100 bytes of a project file, read without blocking and without SQLite.

Reading the header ourselves lets a pipe, a device or a folder named `x.plandb` be
refused before anything opens it for real (opening a FIFO blocks until a writer
comes), and lets a file cut short be told apart from one damaged inside: SQLite
records the database size in pages in its header, so a missing last byte shows.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from planner.store.errors import CorruptFile, FileMissing, FileProblem, NotAPlannerFile, NotARegularFile, os_reason
from planner.store.schema import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100

_KINDS = {
    stat.S_IFDIR: "a folder",
    stat.S_IFIFO: "a named pipe",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
    stat.S_IFSOCK: "a socket",
}


@dataclass(frozen=True)
class Header:
    """What SQLite's file header says about the database (https://sqlite.org/fileformat.html)."""

    page_size: int
    change_counter: int
    pages: int  # the database size in pages, when the header's copy of it is valid; else 0
    wal_mode: bool
    application_id: int

    @classmethod
    def parse(cls, data: bytes) -> Header:
        raw_page_size = int.from_bytes(data[16:18], "big")
        counter = int.from_bytes(data[24:28], "big")
        valid_for = int.from_bytes(data[92:96], "big")
        return cls(
            page_size=65536 if raw_page_size == 1 else raw_page_size,
            change_counter=counter,
            pages=int.from_bytes(data[28:32], "big") if valid_for == counter else 0,
            wal_mode=data[18] == 2 or data[19] == 2,
            application_id=int.from_bytes(data[68:72], "big"),
        )


def require_regular(path: Path, what: str = "a Planner project file") -> os.stat_result:
    """The file's status; refuse at once a missing file or one that is not a regular file."""
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise FileMissing(f"{path}: no such file") from None
    except OSError as error:
        raise FileProblem(f"{path}: cannot be read ({os_reason(error)})") from None
    if not stat.S_ISREG(info.st_mode):
        kind = _KINDS.get(stat.S_IFMT(info.st_mode), "not a regular file")
        raise NotARegularFile(f"{path}: is {kind}, not {what}")
    return info


def read_header(path: Path) -> Header:
    """The header of a Planner file; refuse anything else, or a file whose length disagrees with it."""
    require_regular(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a pipe swapped in meanwhile cannot block
    except OSError as error:
        raise FileProblem(f"{path}: cannot be read ({os_reason(error)})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFile(f"{path}: is not a regular file, not a Planner project file")
        data = os.read(fd, HEADER_SIZE)
    finally:
        os.close(fd)
    if not data.startswith(SQLITE_MAGIC):
        raise NotAPlannerFile(f"{path}: not a Planner project file")
    if len(data) < HEADER_SIZE:
        raise CorruptFile(f"{path}: the file is truncated or damaged and cannot be opened")
    header = Header.parse(data)
    if header.application_id != APPLICATION_ID:
        raise NotAPlannerFile(f"{path}: an SQLite database, but not a Planner project file")
    if header.page_size < 512 or header.page_size & (header.page_size - 1):
        raise CorruptFile(f"{path}: the file is damaged and cannot be opened (its header is garbled)")
    return header


def require_whole_length(path: Path, header: Header) -> None:
    """A file shorter or longer than its header says was cut off or added to: refuse it."""
    size = path.stat().st_size
    if not header.pages:  # an old-style header: SQLite goes by the length, which must be whole pages
        if size % header.page_size:
            raise CorruptFile(f"{path}: the file ends in the middle of a page; it is damaged and cannot be opened")
        return
    expected = header.pages * header.page_size
    if size < expected:
        raise CorruptFile(
            f"{path}: the file is cut short ({size:,} bytes, its header says {expected:,}); "
            "it is damaged and cannot be opened"
        )
    if size > expected:
        raise CorruptFile(
            f"{path}: the file has {size - expected:,} bytes more than its header says; "
            "it is damaged and cannot be opened"
        )
