"""A file edited outside Planner: each bad row refused in one line naming table, row and field, file untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from planner.core.edits.edit import apply_edit
from planner.core.edits.outline_edits import delete_tasks, insert_task
from planner.core.model.duration import Lag
from planner.core.model.entities import Assignment, CalendarException, Link, LinkType, Resource, Task
from planner.core.model.factory import new_project
from planner.store.document import Document
from planner.store.errors import BadData, ChangedSchema, Repairable
from planner.store.projectfile import ProjectFile


def small_file(path: Path) -> Path:
    """Phase 1 over tasks 2 and 3, 2 -> 3 (link 1), Ana on task 3, a holiday."""
    project = new_project("Checks", datetime(2027, 1, 4, 8, 0))
    project.calendar.exceptions.append(CalendarException(datetime(2027, 5, 1).date(), datetime(2027, 5, 1).date()))
    project.tasks = {
        1: Task(1, "Phase", position=1),
        2: Task(2, "Design", parent_id=1, position=1),
        3: Task(3, "Build", parent_id=1, position=2),
    }
    project.links = {1: Link(1, 2, 3, LinkType.FS, Lag(60, "m"))}
    project.resources = {1: Resource(1, "Ana")}
    project.assignments = {1: Assignment(1, 3, 1)}
    ProjectFile.create(path, project).close()
    return path


def tamper(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


REFUSED = {
    "unknown constraint": (
        "UPDATE tasks SET constraint_type = 'XYZ' WHERE id = 2",
        "task 2: constraint type 'XYZ' is not one of ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO",
    ),
    "lower-case link type": ("UPDATE links SET type = 'fs'", "link 1: link type 'fs' is not one of FS, SS, FF, SF"),
    "unknown lag unit": ("UPDATE links SET lag_unit = 'days'", "link 1: lag unit 'days' is not one of m, em, %"),
    "NULL duration": ("UPDATE tasks SET duration_minutes = NULL WHERE id = 3", "task 3: duration None is not a whole"),
    "negative duration": (
        "UPDATE tasks SET duration_minutes = -5 WHERE id = 3",
        "task 3: duration -5 is not between 0",
    ),
    "text duration": ("UPDATE tasks SET duration_minutes = 'long' WHERE id = 3", "task 3: duration 'long' is not a"),
    "garbage date": (
        "UPDATE tasks SET constraint_date = 'garbage' WHERE id = 2",
        "task 2: constraint date 'garbage' is not a date and time like 2027-01-04T08:00",
    ),
    "date with a time zone": (
        "UPDATE tasks SET deadline = '2027-01-04T08:00Z' WHERE id = 2",
        "task 2: deadline '2027-01-04T08:00Z' carries a time zone",
    ),
    "bad JSON week": ("UPDATE calendars SET week = '[[480, 720'", "calendar 1: week '[[480, 720' is not JSON"),
    "week of three days": (
        "UPDATE calendars SET week = '[[], [], []]'",
        "calendar 1: week is not a list of seven days",
    ),
    "bad exception date": (
        "UPDATE calendar_exceptions SET start = 'May Day'",
        "calendar 1: exception start 'May Day' is not a date",
    ),
    "absurd lag": ("UPDATE links SET lag_amount = 1e300", "link 1: lag 1e+300 is not between"),
    "infinite lag": ("UPDATE links SET lag_amount = 9e999", "link 1: lag inf is not a number"),
    "no minutes a day": (
        "UPDATE project SET minutes_per_day = 0",
        "project: minutes per day 0 is not between 1 and 1440",
    ),
    "negative minutes a day": (
        "UPDATE project SET minutes_per_day = -60",
        "project: minutes per day -60 is not between",
    ),
    "garbage project start": ("UPDATE project SET start = 'soon'", "project: start 'soon' is not a date and time"),
    "project calendar missing": ("UPDATE project SET calendar_id = 7", "project: calendar 7 does not exist"),
    "150% complete": (
        "UPDATE tasks SET percent_complete = 150 WHERE id = 2",
        "task 2: % complete 150 is not between 0 and 100",
    ),
    "-50% complete": (
        "UPDATE tasks SET percent_complete = -50 WHERE id = 2",
        "task 2: % complete -50 is not between 0 and 100",
    ),
    "priority 5000": (
        "UPDATE tasks SET priority = 5000 WHERE id = 2",
        "task 2: priority 5000 is not between 0 and 1000",
    ),
    "own parent": ("UPDATE tasks SET parent_id = 2 WHERE id = 2", "task 2: it is its own parent"),
    "parent loop": (
        "UPDATE tasks SET parent_id = 3 WHERE id = 1",
        "task 1: its parents form a loop (task 1 -> task 3 -> task 1)",
    ),
    "missing parent": ("UPDATE tasks SET parent_id = 99 WHERE id = 2", "task 2: parent task 99 does not exist"),
    "missing task calendar": ("UPDATE tasks SET calendar_id = 5 WHERE id = 2", "task 2: calendar 5 does not exist"),
    "self link": ("UPDATE links SET successor_id = 2", "link 1: task 2 cannot be its own predecessor"),
    "unknown resource kind": ("UPDATE resources SET kind = 'robot'", "resource 1: kind 'robot' is not one of work"),
    "negative units": ("UPDATE assignments SET units = -1", "assignment 1: units -1 is not between 0"),
    "invalid UTF-8 name": (
        "UPDATE tasks SET name = CAST(X'4275696C64FF' AS TEXT) WHERE id = 3",
        "task 3: name is not valid UTF-8 text",
    ),
}


@pytest.mark.parametrize(("statement", "message"), REFUSED.values(), ids=REFUSED.keys())
def test_a_bad_row_is_refused_in_one_line_and_the_file_is_untouched(tmp_path, statement, message):
    path = small_file(tmp_path / "bad.plandb")
    tamper(path, statement)
    before = digest(path)
    for writable in (True, False):
        with ProjectFile.open(path, writable=writable) as file, pytest.raises(BadData) as refused:
            file.load()
        text = str(refused.value)
        assert text == f"{path}: {message}" or text.startswith(f"{path}: {message}")
        assert "\n" not in text
    with pytest.raises(BadData):
        Document.open(path)
    assert digest(path) == before


def test_a_link_to_a_missing_task_can_be_repaired_by_dropping_it(tmp_path):
    path = small_file(tmp_path / "dangling.plandb")
    tamper(path, "UPDATE links SET successor_id = 99")
    before = digest(path)
    with ProjectFile.open(path) as file, pytest.raises(Repairable) as refused:
        file.load()
    assert str(refused.value) == (
        f"{path}: link 1: successor task 99 does not exist; `planner repair {path}` drops what refers to nothing"
    )
    assert digest(path) == before  # said what it would do, wrote nothing
    with ProjectFile.open(path) as file:
        assert file.repair() == ["dropped link 1: successor task 99 does not exist"]
    with ProjectFile.open(path) as file:
        project = file.load()
    assert project.links == {} and set(project.tasks) == {1, 2, 3}


def test_links_orphaned_by_deleting_every_task_are_counted_in_the_one_line(tmp_path):
    path = small_file(tmp_path / "orphans.plandb")
    tamper(path, "DELETE FROM tasks")
    with (
        ProjectFile.open(path) as file,
        pytest.raises(Repairable, match=r"link 1: predecessor task 2 does not exist \(and 1 more like it\)"),
    ):
        file.load()
    with ProjectFile.open(path) as file:
        dropped = file.repair()
    assert dropped == [
        "dropped link 1: predecessor task 2 does not exist",
        "dropped assignment 1: task 3 does not exist",
    ]
    with ProjectFile.open(path) as file:
        project = file.load()
    assert project.tasks == {} and project.links == {} and project.assignments == {}


CHANGED = {
    "table dropped": ("DROP TABLE links", "the table 'links' is missing"),
    "column dropped": ("ALTER TABLE tasks DROP COLUMN notes", "the column 'tasks.notes' is missing"),
    "exceptions dropped": ("DROP TABLE calendar_exceptions", "the table 'calendar_exceptions' is missing"),
    "counters dropped": ("DROP TABLE counters", "the table 'counters' is missing"),
}


@pytest.mark.parametrize(("statement", "message"), CHANGED.values(), ids=CHANGED.keys())
def test_a_changed_schema_is_refused_in_one_line(tmp_path, statement, message):
    path = small_file(tmp_path / "changed.plandb")
    tamper(path, statement)
    before = digest(path)
    for writable in (True, False):
        with pytest.raises(ChangedSchema) as refused:
            ProjectFile.open(path, writable=writable)
        assert str(refused.value) == f"{path}: {message}; the file was changed outside Planner"
    assert digest(path) == before


def test_columns_added_by_another_tool_are_ignored(tmp_path):
    path = small_file(tmp_path / "extra.plandb")
    tamper(
        path,
        "ALTER TABLE tasks ADD COLUMN colour TEXT DEFAULT 'red'",
        "ALTER TABLE resources ADD COLUMN team TEXT DEFAULT 'blue'",
        "ALTER TABLE assignments ADD COLUMN comment TEXT",
    )
    with ProjectFile.open(path) as file:
        project = file.load()
        file.write(project, apply_edit(project, insert_task(project, None)))
    with ProjectFile.open(path) as file:
        project = file.load()
    assert project.resources[1].name == "Ana" and project.tasks[4].name == "New task"


def test_a_deleted_id_is_not_given_again_after_reopening(tmp_path):
    path = small_file(tmp_path / "ids.plandb")
    with Document.open(path) as document:
        document.apply(delete_tasks(document.project, [3]))
    with Document.open(path) as document:
        assert 3 not in document.project.tasks
        edit = insert_task(document.project, None)
        document.apply(edit)
    assert edit.changes[0].after.id == 4
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT next_id FROM counters WHERE table_name = 'tasks'").fetchone() == (5,)
    connection.close()
