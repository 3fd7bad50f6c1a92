"""`planner team`: the team printed and changed headless, with the Resources tab's checks."""

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


def test_team_json_lists_each_resource_with_rates_calendar_and_skills(demo_file, capsys):
    assert main(["team", str(demo_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    laura = next(r for r in data["resources"] if r["initials"] == "LH")
    assert set(laura) == {
        "id", "name", "initials", "type", "group", "role", "email", "max_units", "standard_rate",
        "standard_rate_unit", "overtime_rate", "overtime_rate_unit", "cost_per_use", "accrue_at", "calendar",
        "hours_per_week", "exceptions", "skills",
    }  # fmt: skip
    assert (laura["hours_per_week"], laura["calendar"], laura["max_units"]) == (32.0, "Standard (DE)", 0.8)
    assert laura["skills"] == [{"name": "React", "level": 4}, {"name": "Testing", "level": 3}]
    deniz = next(r for r in data["resources"] if r["initials"] == "DY")
    assert deniz["exceptions"] == [{"name": "Vacation", "start": "2027-03-01", "finish": "2027-03-12"}]
    assert "Security" in data["skills"]


def test_team_changes_are_edits_and_a_refusal_takes_them_all_back(demo_file, capsys):
    assert main(["team", str(demo_file), "--add", "Cleo Park", "--set", "Cleo Park", "standard_rate=400/d"]) == 0
    assert "Cleo Park: standard_rate changed" in capsys.readouterr().out
    with ProjectFile.open(demo_file) as file:
        cleo = next(r for r in file.load().resources.values() if r.name == "Cleo Park")
    assert (cleo.standard_rate, cleo.standard_rate_unit) == (50.0, "d")
    args = ["team", str(demo_file), "--add", "Dora", "--set", "CR", "max_units=0"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "Dr. Claudia Richter: max units must be above 0%" in err and "Traceback" not in err
    with ProjectFile.open(demo_file) as file:
        assert "Dora" not in {r.name for r in file.load().resources.values()}


def test_an_unknown_field_or_name_is_one_line(demo_file, capsys):
    assert main(["team", str(demo_file), "--set", "AS", "salary=5"]) == 2
    assert "write FIELD=VALUE with a field among name, kind" in capsys.readouterr().err
    assert main(["team", str(demo_file), "--delete", "Nobody"]) == 2
    assert "there is no resource named 'Nobody'" in capsys.readouterr().err


def test_a_persons_week_and_vacation_are_changed_headless(demo_file, capsys):
    args = ["team", str(demo_file), "--week", "AS", "Fri=", "--vacation", "Markus Weber", "2027-04-05", "2027-04-09"]
    assert main(args) == 0
    assert main(["team", str(demo_file), "--json"]) == 0
    anna, markus = json.loads(capsys.readouterr().out.split("\n", 2)[2])["resources"][:2]
    assert anna["hours_per_week"] == 32.0 and anna["exceptions"] == []
    assert markus["exceptions"] == [{"name": "Vacation", "start": "2027-04-05", "finish": "2027-04-09"}]
    assert main(["team", str(demo_file), "--vacation", "AS", "2027-08-13", "2027-08-01"]) == 2
    assert "Anna Schmidt: exception 'Vacation' finishes (Sun 2027-08-01) before it starts" in capsys.readouterr().err
