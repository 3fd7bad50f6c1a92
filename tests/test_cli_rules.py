"""`planner mode` and `planner scheduling`: Task Mode and the scheduling options headless, each one edit."""

from __future__ import annotations

import json
from datetime import datetime, time

import pytest

from planner.cli import main
from planner.core.model.entities import ConstraintType
from planner.store.projectfile import ProjectFile
from tests.ui.helpers import small_project


@pytest.fixture
def plan(tmp_path):
    project = small_project()  # Spec 2d, Review 1d (Wed), Build 3d (Thu-Mon), Launch
    project.tasks[4].constraint_type, project.tasks[4].constraint_date = ConstraintType.MSO, datetime(2027, 1, 5, 8)
    path = tmp_path / "plan.plandb"
    ProjectFile.create(path, project).close()
    return path


def load(path):
    with ProjectFile.open(path, writable=False) as file:
        return file.load()


def test_mode_makes_tasks_manual_where_they_are_and_auto_again(plan, capsys) -> None:
    assert main(["mode", str(plan), "3", "--manual", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    (review,) = out["tasks"]
    assert (review["id"], review["name"], review["mode"]) == (3, "Review", "Manually Scheduled")
    assert (review["start"], review["finish"]) == ("2027-01-06T08:00", "2027-01-06T17:00")
    task = load(plan).tasks[3]
    assert task.manual and task.manual_start == datetime(2027, 1, 6, 8, 0)
    assert main(["mode", str(plan), "3", "--auto"]) == 0
    assert "Auto Scheduled" in capsys.readouterr().out
    assert not load(plan).tasks[3].manual


def test_scheduling_lets_links_win_over_constraints(plan, capsys) -> None:
    assert main(["scheduling", str(plan), "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    assert before["honour_constraints"] is True and before["default_start_time"] == "08:00"
    assert main(["scheduling", str(plan), "--honour-constraints", "no", "--day-start", "09:00", "--json"]) == 0
    after = json.loads(capsys.readouterr().out)
    assert after["finish"] > before["finish"]  # Build waits for Review instead of starting on Tuesday
    project = load(plan)
    assert project.honour_constraints is False and project.default_start_time == time(9, 0)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["mode", "{plan}", "99", "--manual"], "there is no task 99"),
        (["mode", "{plan}", "1", "--manual"], "a summary task is scheduled from its subtasks"),
        (["scheduling", "{plan}", "--day-start", "18:00"], "must come before the end time 17:00"),
        (["scheduling", "{plan}", "--day-start", "8 o'clock"], "not a time of day"),
    ],
)
def test_bad_input_gets_one_line_and_nothing_changes(plan, capsys, args, message) -> None:
    before = load(plan)
    try:
        code = main([a.format(plan=plan) for a in args])
    except SystemExit as refused:  # argparse refuses a bad option value itself
        code = refused.code
    assert code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert load(plan) == before
