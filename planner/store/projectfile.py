"""A .plandb file opened for reading or editing: load a Project, persist each change.

Each `write` is one transaction (sqlite-utils `db.atomic()`) with synchronous=FULL
and a rollback journal, so a crash or a killed process keeps every committed edit
and nothing half-done. Older files are migrated after a copy is kept beside them.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlite_utils import Database

from planner.core.edits.changes import Changes
from planner.core.model.entities import Project
from planner.store import codecs
from planner.store.check import Checked, check_file, read_only_connection
from planner.store.codecs import CODECS, BadRow
from planner.store.copy import copy_project_file
from planner.store.errors import BadData, CorruptFile, FileProblem, ReadOnlyFile, Repairable, WriteFailed
from planner.store.lock import FileLock
from planner.store.project_row import project_select
from planner.store.references import check_outline, check_references
from planner.store.schema import APPLICATION_ID, MIGRATIONS, known_migrations
from planner.store.shape import check_shape
from planner.store.text import undecodable_text
from planner.store.whole_write import write_whole

EXTENSION = ".plandb"

Subject = TypeVar("Subject")
Result = TypeVar("Result")


class ProjectFile:
    """An open project file. Use `create` or `open`; close (or use `with`) when done."""

    def __init__(
        self, path: Path, db: Database, lock: FileLock | None, applied: list[str], checked: Checked | None = None
    ) -> None:
        self.path = path
        self.db = db
        self._lock = lock
        self.applied = applied  # the file's migrations: all of them unless opened read-only
        self._checked = checked  # holds the recovered copy a read-only open reads, removed on close

    # -- opening ------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, project: Project, *, overwrite: bool = False) -> ProjectFile:
        """Write a new file holding `project`; refuses to replace a file unless told to."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise FileProblem(f"{path}: a file of that name exists already")
        if path.exists() and not path.is_file():
            raise WriteFailed(f"{path}: cannot be written (it is not a regular file)")

        def fill(temporary: Path) -> None:
            db = _connect(temporary)
            try:
                MIGRATIONS.apply(db)
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                with db.atomic():
                    _write(db, project, Changes.everything(project))
            finally:
                db.close()

        write_whole(path, fill)  # the file appears whole or not at all, and a failure leaves nothing
        return cls.open(path)

    @classmethod
    def open(cls, path: Path | str, *, writable: bool = True) -> ProjectFile:
        """Open after checking the file read-only; lock it when it is to be edited.

        A read-only open of a file a crash left half-written reads the copy the check
        recovered, so the file and its journal stay as they are; an editing open lets
        SQLite roll the (verified) journal back in place.
        """
        path = Path(path)
        checked = check_file(path)
        try:
            shape = read_only_connection(checked.readable)
            try:
                check_shape(shape, checked.applied, str(path))
            finally:
                shape.close()
        except BaseException:
            checked.discard()
            raise
        if not writable:
            return cls(path, Database(read_only_connection(checked.readable)), None, checked.applied, checked)
        checked.discard()
        if _read_only(path):
            raise ReadOnlyFile(f"{path}: the file or its folder is read-only; Planner saves every edit at once")
        lock = FileLock(path)
        lock.acquire()
        try:
            db = _open_for_editing(path, len(checked.applied))
        except BaseException:
            lock.release()
            raise
        return cls(path, db, lock, known_migrations())

    def close(self) -> None:
        self.db.close()
        if self._lock:
            self._lock.release()
        if self._checked:
            self._checked.discard()

    def __enter__(self) -> ProjectFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading and writing ------------------------------------------------
    def load(self) -> Project:
        """The whole project, every row checked; BadData (Repairable where dropping rows fixes it)."""
        project = self._read_checked()
        dangling = self._check(check_references, project)
        if dangling:
            more = f" (and {len(dangling) - 1} more like it)" if len(dangling) > 1 else ""
            raise Repairable(
                f"{self.path}: {dangling[0].message}{more}; `planner repair {self.path}` drops what refers to nothing",
                dangling,
            )
        self._check(check_outline, project)
        return project

    def repair(self) -> list[str]:
        """Drop the rows that refer to rows that are gone, in one transaction; say what was dropped."""
        project = self._read_checked()
        dangling = self._check(check_references, project)
        changes = Changes()
        for row in dangling:
            project.table(row.table).pop(row.id, None)
            changes.of(row.table).add(row.id)
        self.write(project, changes)
        return [f"dropped {row.message}" for row in dangling]

    def _read_checked(self) -> Project:
        try:
            return self._check(lambda db: _read(db, self.applied), self.db)
        except sqlite3.OperationalError as error:
            if "decode" not in str(error):
                raise CorruptFile(f"{self.path}: the file cannot be read ({error})") from None
            raise BadData(f"{self.path}: {undecodable_text(self.db.conn)}") from None
        except sqlite3.DatabaseError as error:  # damage below what the integrity check sees
            raise CorruptFile(f"{self.path}: the file is damaged and cannot be opened ({error})") from None

    def _check(self, check: Callable[[Subject], Result], subject: Subject) -> Result:
        """Run a check whose BadRow becomes a one-line BadData naming this file."""
        try:
            return check(subject)
        except BadRow as problem:
            raise BadData(f"{self.path}: {problem}") from None

    def write(self, project: Project, changes: Changes) -> None:
        """Persist the touched rows of `project` in one transaction (deleting rows gone from it)."""
        with self.db.atomic():
            _write(self.db, project, changes)

    def save_copy(self, destination: Path | str) -> None:
        """A consistent copy of the open file through SQLite's backup API ("Save a Copy As")."""
        copy_project_file(self.path, destination)


def backup_path(path: Path, schema: int) -> Path:
    """Where an older file is kept before it is migrated: `NAME.plandb.bak-schema-1`."""
    return path.with_name(f"{path.name}.bak-schema-{schema}")


def _read_only(path: Path) -> bool:
    """Marked read-only (even for root, who may write anyway) or in a folder we cannot write."""
    marked = not path.stat().st_mode & stat.S_IWUSR
    return marked or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def _open_for_editing(path: Path, applied: int) -> Database:
    """Connect read-write (SQLite rolls back a crash's journal here) and bring an older schema up to date."""
    try:
        db = _connect(path)
    except sqlite3.DatabaseError as error:
        raise CorruptFile(f"{path}: the file is damaged and cannot be opened ({error})") from None
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if applied < len(known_migrations()):
            _migrate(db, path, applied)
    except BaseException:
        db.close()
        raise
    return db


def _migrate(db: Database, path: Path, applied: int) -> None:
    """Keep a copy of the older file beside it, then migrate; a migration that fails changes nothing."""
    backup = backup_path(path, applied)
    write_whole(backup, lambda temporary: shutil.copy2(path, temporary))  # byte for byte, crash rolled back
    try:
        MIGRATIONS.apply(db)
    except sqlite3.Error as error:
        if len(MIGRATIONS.applied(db)) == applied:  # nothing changed: the copy is not needed
            backup.unlink(missing_ok=True)
        raise CorruptFile(f"{path}: the file could not be brought up to date ({error})") from None


def _connect(path: Path) -> Database:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("PRAGMA synchronous = FULL")
    return Database(connection)


def _write(db: Database, project: Project, changes: Changes) -> None:
    if changes.project:
        db["project"].upsert(codecs.project_row(project), pk="id")
    for name, codec in CODECS.items():
        ids = changes.of(name)
        if ids:
            codec.write(db.conn, project.table(name), ids)
            db.conn.execute(
                "INSERT OR REPLACE INTO counters (table_name, next_id) VALUES (?, ?)", (name, _counter(project, name))
            )


def _counter(project: Project, name: str) -> int:
    """The next Unique ID to store: past every row, even rows put into the dict without an edit."""
    return max(project.next_id(name), max(project.table(name), default=0) + 1)


def _read(db: Database, applied: list[str]) -> Project:
    """Every row, each checked by its codec; raises BadRow or sqlite3.OperationalError (bad UTF-8)."""
    conn = db.conn
    values = conn.execute(f"SELECT {project_select(applied)} FROM project").fetchone()
    if values is None:
        raise BadRow("the file holds no project")
    calendars = CODECS["calendars"].read(conn, applied)
    project = codecs.project_of(values, calendars)
    for name, codec in CODECS.items():
        if name != "calendars" and codec.since in applied:
            setattr(project, name, codec.read(conn, applied))
    for name, uid in _stored_counters(conn):
        if name in CODECS and type(uid) is int:
            project.counters[name] = max(uid, max(project.table(name), default=0) + 1)
    return project


def _stored_counters(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """The counters of a file; none in an older file read without migrating (`planner schedule`)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'counters'").fetchone() is None:
        return []
    return conn.execute("SELECT table_name, next_id FROM counters").fetchall()
