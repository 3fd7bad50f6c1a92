"""`planner` on a file changed outside Planner: one line on stderr, exit code 2, the file untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime

import pytest

from planner.cli import main
from planner.core.model.entities import Link, Task
from planner.core.model.factory import new_project
from planner.store.projectfile import ProjectFile

CASES = {
    "bad enum": ("UPDATE links SET type = 'fs'", "link 1: link type 'fs' is not one of FS, SS, FF, SF"),
    "dropped table": ("DROP TABLE links", "the table 'links' is missing; the file was changed outside Planner"),
    "dropped column": (
        "ALTER TABLE tasks DROP COLUMN deadline",
        "the column 'tasks.deadline' is missing; the file was changed outside Planner",
    ),
}


@pytest.mark.parametrize("job", ["schedule", "why", "repair"])
@pytest.mark.parametrize(("statement", "message"), CASES.values(), ids=CASES.keys())
def test_one_line_exit_2_file_untouched(tmp_path, capsys, job, statement, message):
    project = new_project("CLI", datetime(2027, 1, 4, 8, 0))
    project.tasks = {1: Task(1, "Design", position=1), 2: Task(2, "Build", position=2)}
    project.links = {1: Link(1, 1, 2)}
    path = tmp_path / "p.plandb"
    ProjectFile.create(path, project).close()
    connection = sqlite3.connect(path)
    connection.execute(statement)
    connection.commit()
    connection.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    argv = [job, str(path), "1"] if job == "why" else [job, str(path)]
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.err == f"planner: error: {path}: {message}\n" and captured.out == ""
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
