"""Ways a project file gets damaged, as the fuzz suite and the regression tests make them.

Each function takes a whole Planner file and damages it (or what lies beside it)
the way a disk, a copy or a crash would.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from planner.core.model.duration import Duration
from planner.core.model.entities import Link, LinkType, Project, Resource, Task
from planner.core.model.factory import new_project
from planner.store.projectfile import ProjectFile

PAGE = 4096


def sample_project(tasks: int = 60) -> Project:
    """Phases of ten tasks each, chained inside a phase and phase to phase, with one resource."""
    project = new_project("Fuzz target", datetime(2027, 1, 4, 8, 0))
    phase = 0
    for number in range(1, tasks + 1):
        if number % 10 == 1:
            phase = number
            project.tasks[number] = Task(number, f"Phase {number // 10 + 1}", position=number // 10 + 1)
            continue
        project.tasks[number] = Task(
            number,
            f"Task {number} of a long enough name",
            parent_id=phase,
            position=number - phase,
            duration=Duration(480 * (number % 4 + 1)),
        )
        if number - 1 != phase:
            project.links[number] = Link(number, number - 1, number, LinkType.FS if number % 3 else LinkType.SS)
    project.resources[1] = Resource(1, "Ana")
    return project


def whole_file(path: Path, tasks: int = 60) -> Path:
    ProjectFile.create(path, sample_project(tasks)).close()
    return path


def cut_off(path: Path, count: int) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:-count])


def flip_bits(path: Path, positions: list[tuple[int, int]]) -> None:
    """Flip bit `bit` of the byte at `offset`, for each (offset, bit)."""
    data = bytearray(path.read_bytes())
    for offset, bit in positions:
        data[offset % len(data)] ^= 1 << (bit % 8)
    path.write_bytes(bytes(data))


def zero_page(path: Path, page: int) -> None:
    data = bytearray(path.read_bytes())
    start = (page - 1) * PAGE
    data[start : start + PAGE] = bytes(len(data[start : start + PAGE]))
    path.write_bytes(bytes(data))


def root_page(path: Path, name: str) -> int:
    connection = sqlite3.connect(path)
    try:
        (page,) = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [name]).fetchone()
    finally:
        connection.close()
    return page


def scramble_index(path: Path) -> None:
    """Change one key in the tasks' (parent_id, position) index: SQLite's quick_check does not notice."""
    page = root_page(path, "idx_tasks_parent_id_position")
    flip_bits(path, [(page * PAGE - 1, 0)])  # the last byte of the page: a rowid at the end of a key


def quick_check(path: Path) -> str:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        connection.close()


def crash_copy(source: Path, destination: Path, statement: str = "UPDATE tasks SET name = 'half done'") -> Path:
    """`destination` (with its hot journal) as a crash in the middle of a transaction on `source` leaves it."""
    connection = sqlite3.connect(source, isolation_level=None)
    try:
        connection.execute("PRAGMA cache_size = 1")  # spill to the file early: the journal is hot
        connection.execute("BEGIN")
        connection.execute(statement)
        filler = [(i, "filler " * 20) for i in range(10_000, 10_400)]
        connection.executemany("INSERT INTO tasks (id, name, position) VALUES (?, ?, 0)", filler)
        shutil.copyfile(source, destination)
        shutil.copyfile(
            source.with_name(source.name + "-journal"), destination.with_name(destination.name + "-journal")
        )
        connection.execute("ROLLBACK")
    finally:
        connection.close()
    return destination


def foreign_crash_journal(tmp: Path) -> Path:
    """A hot journal of a plain SQLite database that is not a Planner file."""
    other = tmp / "other.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE tasks (id INTEGER PRIMARY KEY, name TEXT, position INTEGER)")
    connection.executemany("INSERT INTO tasks VALUES (?, ?, 0)", [(i, "x" * 300) for i in range(200)])
    connection.commit()
    connection.close()
    crash_copy(other, tmp / "crashed-other.db")
    return tmp / "crashed-other.db-journal"


def planner_crash_journal(tmp: Path) -> Path:
    """A hot journal of another Planner file, one edit further along than a fresh one."""
    other = whole_file(tmp / "other.plandb")
    connection = sqlite3.connect(other)
    # An edit that grows the file (long notes take overflow pages), so the journal is told apart
    # whichever way the file's pages lie: by the change counter of page 1 if the crash journaled it,
    # else by the size page 1 still records (journal.py's step 2).
    connection.execute("UPDATE tasks SET name = 'renamed', notes = ? WHERE id = 2", ("long notes " * 800,))
    connection.commit()
    connection.close()
    crash_copy(other, tmp / "crashed-other.plandb")
    return tmp / "crashed-other.plandb-journal"
