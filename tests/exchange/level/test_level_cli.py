"""`planner level` and `planner why` as a PM uses them: what moves, why, written as one edit."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from planner.cli import main
from planner.core.model.duration import Duration
from planner.core.model.entities import Assignment, Link, Resource, Task
from planner.core.model.factory import new_project
from planner.store.projectfile import ProjectFile

DAY = 480


@pytest.fixture
def team_file(tmp_path):
    """Ana on Design (3d) and Build API (2d) at once; Test (2d) after Build API; Bo on Docs (4d)."""
    project = new_project("Team", datetime(2027, 1, 4, 8, 0))
    project.tasks[1] = Task(1, "Design", position=1, duration=Duration(3 * DAY))
    project.tasks[2] = Task(2, "Build API", position=2, duration=Duration(2 * DAY))
    project.tasks[3] = Task(3, "Test", position=3, duration=Duration(2 * DAY))
    project.tasks[4] = Task(4, "Docs", position=4, duration=Duration(4 * DAY))
    project.links[1] = Link(1, 2, 3)
    project.resources = {1: Resource(1, "Ana"), 2: Resource(2, "Bo")}
    project.assignments = {1: Assignment(1, 1, 1), 2: Assignment(2, 2, 1), 3: Assignment(3, 4, 2)}
    path = tmp_path / "team.plandb"
    ProjectFile.create(path, project).close()
    return path


def _delays(path) -> dict[int, int]:
    with ProjectFile.open(path, writable=False) as file:
        return {d.task_id: d.delay_minutes for d in file.load().levelling_delays.values()}


def test_a_dry_run_says_what_moves_and_why_and_writes_nothing(team_file, capsys):
    assert main(["level", str(team_file), "--dry-run", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["moved"] == [
        {
            "id": 1,
            "uid": 1,
            "name": "Design",
            "delay_hours": 16.0,
            "start_before": "2027-01-04T08:00",
            "start": "2027-01-06T08:00",
            "finish": "2027-01-08T17:00",
            "reason": "waits 2d for Ana, busy on #2 Build API",
        }
    ]
    assert document["finish_before"] == "2027-01-07T17:00" and document["finish_after"] == "2027-01-08T17:00"
    assert document["written"] is False and document["unresolved"] == []
    assert _delays(team_file) == {}


def test_levelling_is_written_and_the_schedule_and_why_show_it(team_file, capsys):
    assert main(["level", str(team_file)]) == 0
    out = capsys.readouterr().out
    assert "#1 Design: +2d, starts Wed 2027-01-06 08:00; waits 2d for Ana, busy on #2 Build API" in out
    assert "written as one edit" in out
    assert _delays(team_file) == {1: 2 * DAY}
    assert main(["level", str(team_file)]) == 0
    assert capsys.readouterr().out.endswith("nothing to change: the file holds this levelling already\n")
    assert main(["schedule", str(team_file), "--json"]) == 0
    tasks = json.loads(capsys.readouterr().out)["tasks"]
    assert [t["levelling_delay_hours"] for t in tasks] == [16.0, 0.0, 0.0, 0.0]
    assert tasks[0]["start"] == "2027-01-06T08:00"
    assert main(["why", str(team_file), "1"]) == 0
    assert "Levelling: it waits 2d for Ana, busy on #2 Build API." in capsys.readouterr().out
    assert main(["level", str(team_file), "--clear"]) == 0
    assert "1 levelling delay cleared" in capsys.readouterr().out
    assert _delays(team_file) == {}


def test_within_slack_moves_nothing_that_would_delay_the_finish(team_file, capsys):
    assert main(["level", str(team_file), "--within-slack", "--dry-run", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["moved"] == []
    assert document["unresolved"] == [
        {"id": 1, "uid": 1, "name": "Design", "why": "levelling it would go beyond its slack"}
    ]


def test_an_unknown_resource_is_one_clear_line(team_file, capsys):
    assert main(["level", str(team_file), "--resource", "Carla"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"planner: error: {team_file}: there is no resource 'Carla' (the resources: Ana, Bo)"
    assert _delays(team_file) == {}
