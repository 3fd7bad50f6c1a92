"""A file whose links form a loop (edited outside Planner) opens, with the closing link left out and named."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from planner.cli import main
from planner.core.edits.link_edits import add_link, unlink
from planner.core.edits.task_edits import rename
from planner.core.errors import CycleError
from planner.core.model.entities import Link, Task
from planner.core.model.factory import new_project
from planner.store.document import Document
from planner.store.projectfile import ProjectFile


def looped_file(path: Path) -> Path:
    """Design -> Build -> Test, and a link 4 from Test back to Design written by another tool.

    Their Unique IDs are 11, 12, 13 (as after deletes), their IDs (rows) 1, 2, 3.
    """
    project = new_project("Loop", datetime(2027, 1, 4, 8, 0))
    project.tasks = {10 + i: Task(10 + i, name, position=i) for i, name in enumerate(("Design", "Build", "Test"), 1)}
    project.links = {1: Link(1, 11, 12), 2: Link(2, 12, 13)}
    ProjectFile.create(path, project).close()
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO links (id, predecessor_id, successor_id, type, lag_amount, lag_unit) "
        "VALUES (4, 13, 11, 'FS', 0, 'm')"
    )
    connection.commit()
    connection.close()
    return path


def test_the_document_opens_without_the_link_closing_the_loop(tmp_path):
    with Document.open(looped_file(tmp_path / "loop.plandb")) as document:
        assert len(document.problems) == 1
        problem = document.problems[0]
        assert "these links form a loop" in problem and "'Design'" in problem and "'Test'" in problem
        assert problem == (
            "these links form a loop: 1 'Design' -> 2 'Build' -> 3 'Test' -> 1 'Design'; "
            "the link from task 3 to task 1 is left out of the schedule until it is removed"
        )
        assert 4 in document.project.links  # kept in the file and in memory
        assert document.schedule.span(11)[0] == datetime(2027, 1, 4, 8, 0)
        document.apply(rename(document.project, 12, "Build it"))  # other edits go on as usual
        document.apply(unlink(document.project, [13, 11]))  # removing the closing link ends the problem
        assert document.problems == [problem]  # said once, at opening
        with pytest.raises(CycleError):  # and putting it back is refused like any loop
            document.apply(add_link(document.project, 13, 11))


def test_planner_schedule_warns_on_stderr_and_prints_the_schedule(tmp_path, capsys):
    path = looped_file(tmp_path / "loop.plandb")
    assert main(["schedule", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "Design" in out and "Test" in out
    assert err.startswith(f"planner: warning: {path}: these links form a loop") and err.count("\n") == 1


def test_planner_repair_drops_what_refers_to_nothing(tmp_path, capsys):
    path = looped_file(tmp_path / "loop.plandb")
    connection = sqlite3.connect(path)
    connection.execute("UPDATE links SET successor_id = 99 WHERE id = 2")
    connection.commit()
    connection.close()
    assert main(["schedule", str(path)]) == 2
    err = capsys.readouterr().err
    problem = f"link 2: successor task 99 does not exist; `planner repair {path}` drops what refers to nothing"
    assert err == f"planner: error: {path}: {problem}\n"
    assert main(["repair", str(path)]) == 0
    assert capsys.readouterr().out == f"dropped link 2: successor task 99 does not exist\n{path}: 1 row dropped\n"
    assert main(["repair", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}: nothing to repair\n"
    assert main(["schedule", str(path)]) == 0
