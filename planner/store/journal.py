"""A journal beside a project file is rolled back into it only when it provably belongs to it.

SQLite's rollback journal holds the original pages of an unfinished transaction but
names no database: SQLite rolls any hot `NAME-journal` back into `NAME`, and replays
any `NAME-wal`. A journal copied beside a good file (from another database, or from
another Planner file) would overwrite the file's pages, even on a read-only command.
So a journal is trusted only when

1. its header is a rollback journal's, written with this file's page size and a sane
   sector size, for a database no larger than this file (a Planner transaction only
   adds pages, it never shrinks the file);
2. the original image of page 1 it holds, if any, is this file's header as it was
   before the transaction: Planner's application id, the same page size, and a
   change counter equal to the file's or one less (a transaction bumps it once).
   A journal without page 1 belongs to a transaction that had not yet changed
   page 1, so this file's header must still give the size the journal started from;
3. rolled back on a private copy, it leaves a whole Planner file (`check.py` runs
   every check on the copy: header, length, integrity check, schema record).

Only then is it recovered, and never by this module: an editing open lets SQLite
roll it back in place (the same result as on the copy); a read-only command reads
the recovered copy and leaves the file and its journal exactly as they were. A
journal that fails any step is refused and nothing is touched. No content check can
tell apart the journals of two Planner files with identical histories; even then
the result is a whole, consistent Planner file.

Planner never uses WAL mode. A `-wal` beside a file in rollback mode is stray and
refused; a file someone switched to WAL mode (with the sqlite3 tool) is read through
a copy converted back to rollback mode, so reading it leaves no `-wal`/`-shm` behind.
"""

from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path

from planner.store.errors import CorruptFile, StrayJournal, os_reason
from planner.store.header import Header

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_ADVICE = "if it is not from this file, move it away; Planner has not touched either"


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def pending_replay(path: Path, header: Header) -> Path | None:
    """The journal or WAL that SQLite would replay into `path`, or None when there is none."""
    journal, wal = sidecar(path, "-journal"), sidecar(path, "-wal")
    if _present(wal):
        if not header.wal_mode:
            raise StrayJournal(f"{path}: a {wal.name} file beside it does not belong to it ({_ADVICE})")
        return wal
    if header.wal_mode:
        return path  # read through a converted copy even without a WAL: reading WAL mode writes -shm
    if _present(journal) and _first_byte(journal) != 0:  # SQLite ignores a journal with a zeroed header
        return journal
    return None


def _present(file: Path) -> bool:
    try:
        info = file.lstat()
    except FileNotFoundError:
        return False
    except OSError as error:
        raise StrayJournal(f"{file}: cannot be read ({os_reason(error)})") from None
    if not stat.S_ISREG(info.st_mode):
        raise StrayJournal(f"{file}: is not a regular file, so it cannot be a journal of {file.name.rsplit('-', 1)[0]}")
    return info.st_size > 0 or file.name.endswith("-wal")


def _first_byte(file: Path) -> int:
    with file.open("rb") as handle:
        return (handle.read(1) or b"\0")[0]


def check_journal(path: Path, journal: Path, header: Header) -> None:
    """Steps 1 and 2 above: refuse a rollback journal that was not written for this file."""
    data = journal.read_bytes()
    stray = StrayJournal(f"{path}: the journal {journal.name} beside it was not written for it ({_ADVICE})")
    if len(data) < 28 or not data.startswith(JOURNAL_MAGIC):
        raise stray
    original_pages, sector, page_size = (int.from_bytes(data[at : at + 4], "big") for at in (16, 20, 24))
    file_pages = path.stat().st_size // header.page_size
    if page_size != header.page_size or not 512 <= sector <= 65536 or sector & (sector - 1):
        raise stray
    if not 0 < original_pages <= file_pages:
        raise stray
    first = _original_first_page(data, sector, page_size)
    if first is None and header.pages and header.pages != original_pages:
        raise stray  # page 1, which records the size, was never changed: the size cannot have either
    if first is not None:
        before = Header.parse(first[:100])
        counters = (header.change_counter, (header.change_counter - 1) % 2**32)
        if before.application_id != header.application_id or before.page_size != page_size:
            raise stray
        if before.change_counter not in counters:
            raise stray


def _original_first_page(data: bytes, sector: int, page_size: int) -> bytes | None:
    """Page 1 as it was, if any segment of the journal holds it.

    A journal is a chain of segments, each a header (one sector, starting with the
    magic and its record count) and records of page number, page image, checksum.
    """
    header_at = 0
    record_size = 4 + page_size + 4
    while data[header_at : header_at + 8] == JOURNAL_MAGIC:
        records = int.from_bytes(data[header_at + 8 : header_at + 12], "big")
        offset = header_at + sector
        if records == 0xFFFFFFFF:
            records = (len(data) - offset) // record_size
        for _ in range(records):
            if offset + record_size > len(data):
                return None
            if int.from_bytes(data[offset : offset + 4], "big") == 1:
                return data[offset + 4 : offset + 4 + page_size]
            offset += record_size
        header_at = -(-offset // sector) * sector  # the next segment starts on a sector boundary
    return None


def replay_on_copy(path: Path, pending: Path, header: Header, folder: Path) -> Path:
    """Copy `path` with its journal or WAL into `folder` and let SQLite replay it there; the copy's path."""
    if pending.name.endswith("-journal"):
        check_journal(path, pending, header)
    copy = folder / path.name
    shutil.copyfile(path, copy)
    if pending != path:
        shutil.copyfile(pending, sidecar(copy, pending.name[len(path.name) :]))
    try:
        connection = sqlite3.connect(copy, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode = DELETE").fetchone()  # replays, then leaves rollback mode
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise CorruptFile(
            f"{path}: the file is damaged and cannot be opened (replaying {pending.name} failed: {error})"
        ) from None
    return copy
