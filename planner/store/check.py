"""Checks a file before Planner trusts a byte of it: is it ours, whole, and not newer?

Nothing here writes to the file, its folder or a journal beside it, so a foreign,
damaged or newer file is left exactly as it was. A journal left by a crash is first
replayed on a private copy (journal.py says when a journal is believed), and the
copy is what gets checked; `Checked.readable` is the file to read from then.

The checks, cheapest first: a regular file (never block on a pipe), SQLite's magic
and Planner's application id, a length that agrees with the header (a file cut
short by one byte shows here), then SQLite's full `integrity_check`, which also
compares every index with its table (`quick_check` does not, and so missed bit
flips in index pages). It costs about 10 ms on a 10,000-task file and 110 ms on a
100,000-task one (benchmarks/bench_check.py).
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from planner.store.errors import CorruptFile, NewerFile
from planner.store.header import read_header, require_whole_length
from planner.store.journal import pending_replay, replay_on_copy
from planner.store.schema import MIGRATIONS, known_migrations


@dataclass
class Checked:
    """A file that passed: its applied migrations, and where to read it (itself, or a recovered copy)."""

    applied: list[str]
    readable: Path
    replayed: bool = False  # a crash's journal must be rolled back before the file is edited
    scratch: tempfile.TemporaryDirectory | None = None

    def discard(self) -> None:
        if self.scratch is not None:
            self.scratch.cleanup()
            self.scratch = None


def read_only_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def check_file(path: Path) -> Checked:
    """Raise a FileProblem unless `path` is (or recovers to) a whole Planner file."""
    header = read_header(path)
    pending = pending_replay(path, header)
    if pending is None:
        require_whole_length(path, header)
        return Checked(_verified_migrations(path, path), path)
    scratch = tempfile.TemporaryDirectory(prefix="planner-recover-")
    try:
        copy = replay_on_copy(path, pending, header, Path(scratch.name))
        require_whole_length(copy, read_header(copy))
        applied = _verified_migrations(copy, path)
    except BaseException:
        scratch.cleanup()
        raise
    return Checked(applied, copy, replayed=True, scratch=scratch)


def _verified_migrations(readable: Path, path: Path) -> list[str]:
    """The migrations applied to a structurally sound file; `path` names it in messages."""
    try:
        applied = _integrity_and_migrations(readable)
    except sqlite3.DatabaseError as error:
        if "no such table" in str(error):
            raise CorruptFile(
                f"{path}: the file is damaged and cannot be opened (its record of schema versions is missing)"
            ) from None
        raise CorruptFile(f"{path}: the file is damaged and cannot be opened ({error})") from None
    known = known_migrations()
    if any(name not in known for name in applied):
        raise NewerFile(f"{path}: written by a newer version of Planner; update Planner to open it")
    if not applied or set(applied) != set(known[: len(applied)]):
        raise CorruptFile(
            f"{path}: the file is damaged and cannot be opened (its record of schema versions is incomplete)"
        )
    return applied


def _integrity_and_migrations(path: Path) -> list[str]:
    connection = read_only_connection(path)
    try:
        (result,) = connection.execute("PRAGMA integrity_check(1)").fetchone()
        if result != "ok":  # SQLite's report spans lines and names pages: not for the user's eyes
            raise sqlite3.DatabaseError("SQLite's integrity check found its structure broken")
        rows = connection.execute(
            f"SELECT name FROM {MIGRATIONS.migrations_table} WHERE migration_set = ? ORDER BY rowid", [MIGRATIONS.name]
        ).fetchall()
    finally:
        connection.close()
    return [str(name) for (name,) in rows]
