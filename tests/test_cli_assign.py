"""`planner assign FILE ID NAMES [--create] [--json]`: Resource Names headless, as one edit."""

from __future__ import annotations

import json

import pytest

from planner.cli import main
from planner.core.model.entities import Resource
from planner.store.projectfile import ProjectFile
from tests.ui.helpers import small_project


@pytest.fixture
def plan(tmp_path):
    project = small_project()
    project.resources = {1: Resource(1, "Anna Schmidt", initials="AS"), 2: Resource(2, "Stefan Braun", initials="SB")}
    path = tmp_path / "plan.plandb"
    ProjectFile.create(path, project).close()
    return path


def held(path) -> dict[str, tuple[float, int]]:
    with ProjectFile.open(path, writable=False) as file:
        project = file.load()
    return {
        project.resources[a.resource_id].name: (a.units, a.work_minutes // 60) for a in project.assignments.values()
    }


def test_assign_writes_the_assignments_and_prints_them_as_json(plan, capsys) -> None:
    assert main(["assign", str(plan), "4", "as[50%];Stefan Braun", "--json"]) == 0  # Build, 3 days
    out = json.loads(capsys.readouterr().out)
    assert out["resources"] == [
        {"name": "Anna Schmidt", "units": 0.5, "work_hours": 12.0},
        {"name": "Stefan Braun", "units": 1.0, "work_hours": 24.0},
    ]
    assert (out["id"], out["work_hours"], out["duration_hours"]) == (4, 36.0, 24.0)
    assert held(plan) == {"Anna Schmidt": (0.5, 12), "Stefan Braun": (1.0, 24)}
    assert main(["assign", str(plan), "4", ""]) == 0
    assert "unchanged" not in capsys.readouterr().out and held(plan) == {}


def test_unknown_names_need_create(plan, capsys) -> None:
    assert main(["assign", str(plan), "4", "Zoe Novak"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no resource is called 'Zoe Novak'; add --create" in err
    assert main(["assign", str(plan), "4", "Zoe Novak", "--create"]) == 0
    assert held(plan) == {"Zoe Novak": (1.0, 24)}


@pytest.mark.parametrize(
    ("task", "names", "message"),
    [
        ("4", "AS[abc%]", "AS: units 'abc%' are not a number"),
        ("4", "AS[-5%]", "units cannot be negative"),
        ("1", "AS", "a summary task takes its work from its subtasks"),
        ("9", "AS", "there is no task 9"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(plan, capsys, task, names, message) -> None:
    assert main(["assign", str(plan), task, names]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert held(plan) == {}
