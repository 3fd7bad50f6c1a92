"""`planner lessons`: the lessons learned headless, the open improvement actions as the page's filter shows them."""

from __future__ import annotations

import json

import pytest

from planner.cli import main
from planner.exchange.demo import demo_project
from planner.store.projectfile import ProjectFile


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "demo.plandb"
    ProjectFile.create(path, demo_project()).close()
    return path


def test_lessons_json_lists_the_open_actions_and_the_themes(demo_file, capsys):
    assert main(["lessons", str(demo_file), "--open", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"lessons", "shown", "total", "open_actions", "categories"}
    assert (data["shown"], data["total"], data["open_actions"]) == (4, 6, 4)
    assert [lesson["label"] for lesson in data["lessons"]] == ["L1", "L3", "L4", "L6"]
    assert {lesson["status"] for lesson in data["lessons"]} == {"proposed", "agreed", "in progress"}
    assert data["categories"]["requirements"] == 2 and next(iter(data["categories"])) == "requirements"
    assert set(data["lessons"][0]) == {"id", "label", "observation", "category", "action", "owner", "status",
                                       "raised", "notes"}  # fmt: skip


def test_lessons_of_one_category_as_a_table(demo_file, capsys):
    assert main(["lessons", str(demo_file), "--category", "Vendor"]) == 0
    out = capsys.readouterr().out
    assert "L4  proposed  vendor" in out and "L1" not in out
    assert out.strip().endswith("1 of 6 lessons shown; 4 improvement action(s) open")


def test_a_missing_file_is_one_line_and_exit_2(tmp_path, capsys):
    assert main(["lessons", str(tmp_path / "none.plandb")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err
