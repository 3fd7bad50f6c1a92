"""Document keeps its Scheduler in step with the project: after an edit the disk refused, after a
loop refused, and after a file that opened with a loop, the next schedule equals a fresh one."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from planner.core.edits.edit import Edit, Put
from planner.core.edits.link_edits import unlink
from planner.core.edits.task_edits import set_duration
from planner.core.errors import CycleError
from planner.core.model.duration import Duration
from planner.core.model.entities import Link, Task
from planner.core.model.factory import new_project
from planner.core.schedule.engine import schedule
from planner.store.document import Document
from planner.store.errors import FileProblem


def _finishes(document: Document) -> dict[int, datetime]:
    return {t: document.schedule.dates(t).finish for t in document.project.tasks}


def _fresh_finishes(document: Document) -> dict[int, datetime]:
    fresh = schedule(document.project)
    return {t: fresh.dates(t).finish for t in document.project.tasks}


@pytest.fixture
def document(tmp_path):
    project = new_project("Cache", datetime(2027, 1, 4, 8, 0))
    project.tasks = {t: Task(t, f"T{t}", position=t, duration=Duration(480)) for t in (1, 2, 3)}
    project.links = {1: Link(1, 1, 2), 2: Link(2, 2, 3)}
    document = Document.create(tmp_path / "cache.plandb", project)
    yield document
    document.close()


def test_a_duration_edit_moves_the_successors(document):
    document.apply(set_duration(document.project, 1, "3d"))
    assert document.schedule.dates(3).finish == datetime(2027, 1, 8, 17, 0)  # 3d + 1d + 1d from Monday
    assert _finishes(document) == _fresh_finishes(document)


def test_an_edit_the_disk_refused_leaves_the_scheduler_as_the_project(document, monkeypatch):
    def refuse(*_args):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(document.file, "write", refuse)
    with pytest.raises(FileProblem):
        document.apply(set_duration(document.project, 1, "3d"))
    monkeypatch.undo()
    assert document.project.tasks[1].duration == Duration(480)
    document.apply(set_duration(document.project, 2, "2d"))  # the next edit builds on the project as it is
    assert document.schedule.dates(3).finish == datetime(2027, 1, 7, 17, 0)
    assert _finishes(document) == _fresh_finishes(document)


def test_a_loop_is_refused_and_the_schedule_kept(document):
    before = document.schedule
    with pytest.raises(CycleError):
        document.apply(Edit("Link", (Put("links", None, Link(3, 3, 1)),)))
    assert document.schedule is before
    document.apply(set_duration(document.project, 1, "2d"))
    assert _finishes(document) == _fresh_finishes(document)


def test_a_file_that_opened_with_a_loop_schedules_afresh_once_the_link_is_gone(tmp_path):
    project = new_project("Loop", datetime(2027, 1, 4, 8, 0))
    project.tasks = {t: Task(t, f"T{t}", position=t, duration=Duration(480)) for t in (1, 2)}
    project.links = {1: Link(1, 1, 2), 2: Link(2, 2, 1)}
    with Document.create(tmp_path / "loop.plandb", project) as document:
        assert document.problems  # link 2 is left out
        document.apply(set_duration(document.project, 1, "2d"))
        assert document.schedule.dates(2).finish == datetime(2027, 1, 6, 17, 0)
        document.apply(unlink(document.project, [1, 2]))
        document.apply(set_duration(document.project, 2, "3d"))
        assert _finishes(document) == _fresh_finishes(document)
