"""Checks a file before Planner writes a byte to it: is it ours, whole, and not newer?

Everything here opens the file read-only, so a foreign, damaged or newer file is
left exactly as it was. The one exception is SQLite's own crash recovery on a Planner
file: rolling back a half-written transaction restores the last committed state.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from planner.store.errors import CorruptFile, FileMissing, NewerFile, NotAPlannerFile
from planner.store.schema import APPLICATION_ID, MIGRATIONS, known_migrations

SQLITE_HEADER = b"SQLite format 3\x00"


def read_only_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def check_file(path: Path) -> list[str]:
    """Raise a FileProblem unless `path` is a whole Planner file; return its applied migrations."""
    if not path.exists():
        raise FileMissing(f"{path}: no such file")
    if path.is_dir():
        raise NotAPlannerFile(f"{path}: is a folder, not a Planner project file")
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_HEADER):
        raise NotAPlannerFile(f"{path}: not a Planner project file")
    if len(header) < 100:
        raise CorruptFile(f"{path}: the file is truncated or damaged and cannot be opened")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise NotAPlannerFile(f"{path}: an SQLite database, but not a Planner project file")
    _recover_after_crash(path)
    try:
        applied = _applied_migrations(path)
    except sqlite3.DatabaseError as error:
        raise CorruptFile(f"{path}: the file is damaged and cannot be opened ({error})") from None
    unknown = [name for name in applied if name not in known_migrations()]
    if unknown:
        raise NewerFile(f"{path}: written by a newer version of Planner; update Planner to open it")
    return applied


def _recover_after_crash(path: Path) -> None:
    """A crash mid-transaction leaves a hot journal; SQLite rolls it back on the next read-write
    open, restoring the file to its last commit. Read-only connections cannot, so do it first."""
    journal = path.with_name(path.name + "-journal")
    if not journal.exists() or journal.stat().st_size == 0:
        return
    try:
        connection = sqlite3.connect(path)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise CorruptFile(
            f"{path}: a crash left the last change half-written and it cannot be undone here ({error}); "
            "make the file and its folder writable and open it again"
        ) from None


def _applied_migrations(path: Path) -> list[str]:
    connection = read_only_connection(path)
    try:
        result = connection.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise sqlite3.DatabaseError(result)
        rows = connection.execute(
            f"SELECT name FROM {MIGRATIONS.migrations_table} WHERE migration_set = ? ORDER BY rowid", [MIGRATIONS.name]
        ).fetchall()
    finally:
        connection.close()
    return [name for (name,) in rows]
