"""The project file: round trips, refusing bad files untouched, one Planner per file."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from planner.core.edits.changes import Changes
from planner.core.edits.edit import apply_edit
from planner.core.edits.link_edits import set_predecessors
from planner.core.edits.task_edits import rename
from planner.core.model.duration import Duration, Lag
from planner.core.model.entities import (
    Assignment,
    Calendar,
    CalendarException,
    ConstraintType,
    Link,
    LinkType,
    Resource,
    Task,
)
from planner.core.model.factory import new_project
from planner.store.errors import CorruptFile, FileInUse, FileMissing, NewerFile, NotAPlannerFile, ReadOnlyFile
from planner.store.projectfile import ProjectFile


def full_project():
    """A project that uses every stored field at least once."""
    project = new_project("Round trip", datetime(2027, 1, 4, 8, 0), country="DE")
    project.status_date = datetime(2027, 2, 1, 17, 0)
    project.currency = "GBP"
    project.calendar.exceptions.append(CalendarException(date(2027, 12, 27), date(2027, 12, 31), "Shutdown"))
    project.calendars[2] = Calendar(2, "Four tens", week=(((420, 1020),),) * 4 + ((), (), ()))
    project.calendars[2].exceptions.append(
        CalendarException(date(2027, 3, 3), date(2027, 3, 3), "Half day", ((420, 720),))
    )
    project.tasks[1] = Task(1, "Phase", position=1, notes="summary")
    project.tasks[2] = Task(
        2,
        "Design",
        parent_id=1,
        position=1,
        duration=Duration(1440),
        priority=800,
        constraint_type=ConstraintType.SNET,
        constraint_date=datetime(2027, 1, 6, 8, 0),
        deadline=datetime(2027, 1, 20, 17, 0),
        percent_complete=50.0,
        actual_start=datetime(2027, 1, 6, 8, 0),
        notes="line one\nline two",
        calendar_id=2,
    )
    project.tasks[3] = Task(3, "Wait for cure", parent_id=1, position=2, duration=Duration(4320, elapsed=True))
    project.tasks[4] = Task(4, "Go-live", position=2, duration=Duration(0), milestone=True, actual_finish=None)
    project.links[1] = Link(1, 2, 3, LinkType.SS, Lag(240, "m"))
    project.links[2] = Link(2, 3, 4, LinkType.FS, Lag(50, "%"))
    project.links[3] = Link(3, 2, 4, LinkType.FF, Lag(2880, "em"))
    project.resources[1] = Resource(1, "Ana", initials="AN", email="ana@example.com", standard_rate=95.5)
    project.assignments[1] = Assignment(1, 2, 1, 0.5, 720)
    return project


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_round_trip_keeps_every_field(tmp_path):
    project = full_project()
    with ProjectFile.create(tmp_path / "p.plandb", project):
        pass
    with ProjectFile.open(tmp_path / "p.plandb") as file:
        assert file.load() == project


def test_edit_is_in_the_file_after_reopen(tmp_path):
    project = full_project()
    path = tmp_path / "p.plandb"
    with ProjectFile.create(path, project) as file:
        edit = set_predecessors(project, 4, "2FS+1d")
        file.write(project, apply_edit(project, edit))
        file.write(project, apply_edit(project, rename(project, 2, "Solution design")))
    with ProjectFile.open(path) as file:
        loaded = file.load()
    assert loaded.tasks[2].name == "Solution design"
    assert {(k.predecessor_id, k.type, k.lag) for k in loaded.links.values() if k.successor_id == 4} == {
        (2, LinkType.FS, Lag(480, "m"))
    }


def test_plain_sqlite_tools_can_read_it(tmp_path):
    path = tmp_path / "p.plandb"
    ProjectFile.create(path, full_project()).close()
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT name FROM tasks WHERE id = 2").fetchone() == ("Design",)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == 0x504C4E52


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "p.plandb"
    path.write_text("precious")
    with pytest.raises(Exception, match="exists already"):
        ProjectFile.create(path, full_project())
    assert path.read_text() == "precious"


def _foreign_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.execute("INSERT INTO notes VALUES ('not a project')")
    connection.commit()
    connection.close()


def _truncated(path: Path, tmp_path: Path) -> None:
    source = tmp_path / "whole.plandb"
    ProjectFile.create(source, full_project()).close()
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _newer(path: Path) -> None:
    ProjectFile.create(path, full_project()).close()
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('planner', '9999_future', 'x')"
    )
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    ("kind", "error", "message"),
    [
        ("text", NotAPlannerFile, "not a Planner project file"),
        ("empty", NotAPlannerFile, "not a Planner project file"),
        ("foreign", NotAPlannerFile, "SQLite database, but not a Planner"),
        ("truncated", CorruptFile, "damaged"),
        ("garbled", CorruptFile, "damaged"),
        ("newer", NewerFile, "newer version of Planner"),
    ],
)
def test_bad_files_are_refused_untouched(tmp_path, kind, error, message):
    path = tmp_path / "bad.plandb"
    if kind == "text":
        path.write_text("Task list\nDesign, 3d\n")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "foreign":
        _foreign_sqlite(path)
    elif kind == "truncated":
        _truncated(path, tmp_path)
    elif kind == "garbled":
        ProjectFile.create(path, full_project()).close()
        data = bytearray(path.read_bytes())
        data[4096 + 8 : 4096 + 400] = b"\xff" * 392  # scribble over a table page
        path.write_bytes(bytes(data))
    else:
        _newer(path)
    before = digest(path)
    with pytest.raises(error, match=message):
        ProjectFile.open(path)
    with pytest.raises(error):
        ProjectFile.open(path, writable=False)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("bad")) == ["bad.plandb"]


def test_missing_file(tmp_path):
    with pytest.raises(FileMissing, match="no such file"):
        ProjectFile.open(tmp_path / "nowhere.plandb")


def test_second_opener_is_told_the_file_is_in_use(tmp_path):
    path = tmp_path / "p.plandb"
    with ProjectFile.create(path, full_project()):
        with pytest.raises(FileInUse, match="already open"):
            ProjectFile.open(path)
        with ProjectFile.open(path, writable=False) as reader:  # reading (planner schedule) is fine
            assert reader.load().name == "Round trip"
    ProjectFile.open(path).close()  # free again once closed


def test_read_only_file_is_refused_for_editing_but_readable(tmp_path):
    path = tmp_path / "p.plandb"
    ProjectFile.create(path, full_project()).close()
    path.chmod(0o444)
    try:
        with pytest.raises(ReadOnlyFile):
            ProjectFile.open(path)
        with ProjectFile.open(path, writable=False) as file:
            assert file.load().name == "Round trip"
    finally:
        path.chmod(0o644)


def test_save_copy_is_a_whole_project(tmp_path):
    project = full_project()
    with ProjectFile.create(tmp_path / "p.plandb", project) as file:
        file.save_copy(tmp_path / "copy.plandb")
    with ProjectFile.open(tmp_path / "copy.plandb") as copy:
        assert copy.load() == project


def test_delete_rows_through_changes(tmp_path):
    project = full_project()
    path = tmp_path / "p.plandb"
    with ProjectFile.create(path, project) as file:
        del project.links[3]
        del project.assignments[1]
        file.write(project, Changes(links={3}, assignments={1}))
    with ProjectFile.open(path) as file:
        loaded = file.load()
    assert 3 not in loaded.links and not loaded.assignments
