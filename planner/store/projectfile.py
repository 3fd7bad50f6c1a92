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
from collections.abc import Iterable
from pathlib import Path

from sqlite_utils import Database

from planner.core.edits.changes import Changes
from planner.core.model.entities import Project
from planner.store import codec
from planner.store.check import check_file
from planner.store.copy import copy_project_file
from planner.store.errors import FileProblem, ReadOnlyFile
from planner.store.lock import FileLock
from planner.store.schema import APPLICATION_ID, MIGRATIONS, known_migrations

EXTENSION = ".plandb"


_ROWS = {
    "tasks": codec.task_row,
    "links": codec.link_row,
    "resources": codec.resource_row,
    "assignments": codec.assignment_row,
}


class ProjectFile:
    """An open project file. Use `create` or `open`; close (or use `with`) when done."""

    def __init__(self, path: Path, db: Database, lock: FileLock | None) -> None:
        self.path = path
        self.db = db
        self._lock = lock

    # -- opening ------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, project: Project, *, overwrite: bool = False) -> ProjectFile:
        """Write a new file holding `project`; refuses to replace a file unless told to."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise FileProblem(f"{path}: a file of that name exists already")
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        temporary.unlink(missing_ok=True)
        db = _connect(temporary)
        try:
            MIGRATIONS.apply(db)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            with db.atomic():
                _write(db, project, Changes.everything(project))
        finally:
            db.close()
        os.replace(temporary, path)  # the file appears whole or not at all
        return cls.open(path)

    @classmethod
    def open(cls, path: Path | str, *, writable: bool = True) -> ProjectFile:
        """Open after checking the file read-only; lock it when it is to be edited."""
        path = Path(path)
        applied = check_file(path)
        if not writable:
            return cls(path, Database(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)), None)
        if _read_only(path):
            raise ReadOnlyFile(f"{path}: the file or its folder is read-only; Planner saves every edit at once")
        lock = FileLock(path)
        lock.acquire()
        try:
            if len(applied) < len(known_migrations()):
                shutil.copy2(path, path.with_name(f"{path.name}.schema{len(applied)}.bak"))
            db = _connect(path)
            MIGRATIONS.apply(db)
        except BaseException:
            lock.release()
            raise
        return cls(path, db, lock)

    def close(self) -> None:
        self.db.close()
        if self._lock:
            self._lock.release()

    def __enter__(self) -> ProjectFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading and writing ------------------------------------------------
    def load(self) -> Project:
        """The whole project, as the core knows it."""
        return _load(self.db)

    def write(self, project: Project, changes: Changes) -> None:
        """Persist the touched rows of `project` in one transaction (deleting rows gone from it)."""
        with self.db.atomic():
            _write(self.db, project, changes)

    def save_copy(self, destination: Path | str) -> None:
        """A consistent copy of the open file through SQLite's backup API ("Save a Copy As")."""
        copy_project_file(self.path, destination)


def _read_only(path: Path) -> bool:
    """Marked read-only (even for root, who may write anyway) or in a folder we cannot write."""
    marked = not path.stat().st_mode & stat.S_IWUSR
    return marked or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def _connect(path: Path) -> Database:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("PRAGMA synchronous = FULL")
    return Database(connection)


def _write(db: Database, project: Project, changes: Changes) -> None:
    if changes.project:
        db["project"].upsert(codec.project_row(project), pk="id")
    for cid in changes.calendars:
        db.execute("DELETE FROM calendar_exceptions WHERE calendar_id = ?", [cid])
        calendar = project.calendars.get(cid)
        if calendar is None:
            db.execute("DELETE FROM calendars WHERE id = ?", [cid])
        else:
            db["calendars"].upsert(codec.calendar_row(calendar), pk="id")
            db["calendar_exceptions"].insert_all(codec.exception_rows(calendar), pk="id")
    for table, to_row in _ROWS.items():
        _sync_table(db, table, getattr(project, table), getattr(changes, table), to_row)


def _sync_table(db: Database, table: str, objects: dict, ids: Iterable[int], to_row) -> None:
    present = [objects[i] for i in ids if i in objects]
    gone = [i for i in ids if i not in objects]
    if present:
        rows = [to_row(o) for o in present]
        columns = list(rows[0])
        marks = ", ".join("?" for _ in columns)
        db.conn.executemany(
            f"INSERT OR REPLACE INTO [{table}] ({', '.join(columns)}) VALUES ({marks})",
            [tuple(r[c] for c in columns) for r in rows],
        )
    if gone:
        db.conn.executemany(f"DELETE FROM [{table}] WHERE id = ?", [(i,) for i in gone])


def _load(db: Database) -> Project:
    conn = db.conn
    row = next(db["project"].rows, None)
    if row is None:
        raise FileProblem("the file holds no project")
    exceptions: dict[int, list] = {}
    for exception in db["calendar_exceptions"].rows_where(order_by="id"):
        exceptions.setdefault(exception["calendar_id"], []).append(exception)
    calendars = {r["id"]: codec.calendar_of(r, exceptions.get(r["id"], [])) for r in db["calendars"].rows}
    if row["calendar_id"] not in calendars:
        raise FileProblem("the file's project calendar is missing")
    project = codec.project_of(row, calendars)
    columns = ", ".join(codec.TASK_COLUMNS)
    project.tasks = {t.id: t for t in map(codec.task_of, conn.execute(f"SELECT {columns} FROM tasks"))}
    columns = ", ".join(codec.LINK_COLUMNS)
    project.links = {k.id: k for k in map(codec.link_of, conn.execute(f"SELECT {columns} FROM links"))}
    project.resources = {r["id"]: codec.resource_of(r) for r in db["resources"].rows}
    project.assignments = {a["id"]: codec.assignment_of(a) for a in db["assignments"].rows}
    return project
