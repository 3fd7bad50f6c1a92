"""`planner cost` and the `cost` key of `planner schedule --json`, on the hand-worked example."""

from __future__ import annotations

import json

import pytest

from planner.cli import main
from planner.store.projectfile import ProjectFile
from tests.core.cost.example import costed_project


@pytest.fixture
def costed_file(tmp_path):
    path = tmp_path / "costs.plandb"
    ProjectFile.create(path, costed_project()).close()
    return str(path)


def test_cost_json_has_the_documented_keys_and_the_hand_worked_figures(costed_file, capsys):
    assert main(["cost", costed_file, "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["currency"] == "EUR"
    assert document["project"] == {
        "budget": 10000.0,
        "cost": 10400.0,
        "actual": 2675.0,
        "remaining": 7725.0,
        "by_month": {"2027-01": 10400.0},
    }
    phase, build, ship = document["tasks"]
    assert phase == {
        "id": 1,
        "name": "Phase 1",
        "budget": 10000.0,
        "cost": 10350.0,
        "actual": 2625.0,
        "remaining": 7725.0,
        "by_month": {"2027-01": 10350.0},
    }
    assert (build["id"], build["cost"], build["actual"]) == (2, 3550.0, 2425.0)
    assert (ship["name"], ship["remaining"], ship["budget"]) == ("Ship", 6600.0, 0.0)
    assert document["reserves"]["total_budget"] == 11000.0


def test_cost_with_a_status_date_counts_the_expenses_booked_by_then(costed_file, capsys):
    assert main(["cost", costed_file, "--json", "--status-date", "2027-01-04"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["project"]["actual"] == 2675.0 - 1200 - 200


def test_cost_table_reads_for_a_person(costed_file, capsys):
    assert main(["cost", costed_file]) == 0
    out = capsys.readouterr().out
    assert "costs in EUR (one currency, no exchange rates)" in out
    assert any(line.startswith("  Labour") and "1,225.00" in line for line in out.splitlines())
    assert any(line.startswith("2     Build") and "3,550.00" in line for line in out.splitlines())


def test_schedule_json_gives_each_task_its_cost(costed_file, capsys):
    assert main(["schedule", costed_file, "--json"]) == 0
    tasks = json.loads(capsys.readouterr().out)["tasks"]
    assert [t["cost"] for t in tasks] == [10350.0, 3550.0, 6800.0]


def test_cost_of_a_file_that_is_not_there_is_one_line(tmp_path, capsys):
    assert main(["cost", str(tmp_path / "none.plandb")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("planner: ") and len(err.strip().splitlines()) == 1
