"""Document.apply: reschedules only for tables the scheduler reads; a stale edit changes nothing."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import datetime

import pytest

from planner.core.edits.edit import Edit, Put
from planner.core.edits.task_edits import rename
from planner.core.errors import StaleEdit
from planner.core.model.entities import Assignment, Resource, Task
from planner.core.model.factory import new_project
from planner.store.document import Document


@pytest.fixture
def document(tmp_path):
    project = new_project("Apply", datetime(2027, 1, 4, 8, 0))
    project.tasks = {1: Task(1, "Design", position=1)}
    project.resources = {1: Resource(1, "Ana")}
    document = Document.create(tmp_path / "apply.plandb", project)
    yield document
    document.close()


def test_an_assignment_edit_keeps_the_schedule(document):
    before = document.schedule
    document.apply(Edit("Assign", (Put("assignments", None, Assignment(1, 1, 1)),)))
    assert document.schedule is before
    document.apply(rename(document.project, 1, "Solution design"))
    assert document.schedule is not before


def test_a_resource_edit_is_saved_without_rescheduling(document):
    before = document.schedule
    ana = document.project.resources[1]
    document.apply(Edit("Rename resource", (Put("resources", ana, replace(ana, name="Ana B")),)))
    assert document.schedule is before
    conn = document.file.db.conn
    assert conn.execute("SELECT name FROM resources").fetchone() == ("Ana B",)


def test_a_stale_edit_is_refused_with_file_and_project_unchanged(document):
    edit = rename(document.project, 1, "Solution design")
    document.apply(edit)
    digest = hashlib.sha256(document.path.read_bytes()).hexdigest()
    heard = []
    document.subscribe(heard.append)
    with pytest.raises(StaleEdit, match="'Rename task' no longer fits the project: task 1 has changed since"):
        document.apply(edit)
    assert document.project.tasks[1].name == "Solution design"
    assert hashlib.sha256(document.path.read_bytes()).hexdigest() == digest and heard == []
