"""`planner simulate`: the issue's JSON keys, the results kept in the file, bad input in one line."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from planner.cli import main
from planner.core.model.estimates import TaskEstimate
from planner.core.risk.entities import Risk, RiskTask
from planner.store.projectfile import ProjectFile
from tests.ui.helpers import small_project


@pytest.fixture
def estimated_file(tmp_path):
    project = small_project()  # Spec 2d, Review 1d, Build 3d, Launch: a chain finishing Mon 2027-01-11
    project.task_estimates = {1: TaskEstimate(1, 4, 2 * 480, 3 * 480, 6 * 480)}
    project.risks = {1: Risk(1, "Vendor API late", probability=0.5, schedule_impact_minutes=960, cost_impact=8000.0)}
    project.risk_tasks = {1: RiskTask(1, 1, 4)}
    project.tasks[5].deadline = datetime(2027, 1, 13, 17, 0)
    path = tmp_path / "sim.plandb"
    ProjectFile.create(path, project).close()
    return str(path)


def test_simulate_json_has_the_issue_keys_and_is_kept_in_the_file(estimated_file, capsys) -> None:
    assert main(["simulate", estimated_file, "--runs", "2000", "--seed", "4", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert {"runs", "finish", "cost", "tasks", "milestones"} <= set(document)
    assert document["runs"] == 2000 and document["seed"] == 4
    for key in ("mean", "p10", "p50", "p80", "p90"):
        assert datetime.fromisoformat(document["finish"][key]) >= datetime(2027, 1, 8, 17, 0)
        assert document["cost"][key] >= 0
    finish = document["finish"]
    assert finish["p10"] <= finish["p50"] <= finish["p80"] <= finish["p90"]
    # on time: Build within its most likely 3d (a quarter of a 2-3-6d triangle) and no risk (half)
    assert finish["p_on_time"] == pytest.approx(0.25 * 0.5, abs=0.03)
    assert document["cost"]["p80"] == 8000.0  # the risk's cost, in more than 20% of runs
    tasks = {t["id"]: t for t in document["tasks"]}
    assert set(tasks) == {2, 3, 4, 5} and tasks[4]["criticality"] == 1.0
    assert tasks[4]["sensitivity"] > 0.3 and tasks[2]["sensitivity"] == 0.0
    ((milestone),) = document["milestones"]
    assert milestone["id"] == 5 and 0 < milestone["p_on_time"] < 1
    with ProjectFile.open(estimated_file, writable=False) as file:
        (stored,) = file.load().simulations.values()
    assert stored.runs == 2000 and stored.seed == 4 and len(stored.finishes) == 2000


def test_the_same_seed_gives_the_same_figures_and_a_rerun_replaces_the_result(estimated_file, capsys) -> None:
    main(["simulate", estimated_file, "--runs", "300", "--seed", "9", "--json"])
    first = json.loads(capsys.readouterr().out)
    main(["simulate", estimated_file, "--runs", "300", "--seed", "9", "--json"])
    second = json.loads(capsys.readouterr().out)
    assert first["finish"] == second["finish"] and first["cost"] == second["cost"]
    with ProjectFile.open(estimated_file, writable=False) as file:
        assert len(file.load().simulations) == 1


def test_the_table_names_p80_and_the_help_says_the_file_is_written(estimated_file, capsys) -> None:
    assert main(["simulate", estimated_file, "--runs", "200"]) == 0
    out = capsys.readouterr().out
    assert "P80" in out and "Build" in out and "milestone Launch" in out
    with pytest.raises(SystemExit):
        main(["simulate", "--help"])
    assert "stores the results in the file" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize(
    ("args", "says"),
    [(["--runs", "0"], "runs must be between 1 and 1,000,000, not 0"), (["--seed", "x"], "'x' is not a whole number")],
)
def test_bad_runs_or_seed_get_one_line_and_exit_2(estimated_file, capsys, args, says) -> None:
    with pytest.raises(SystemExit) as exit_code:
        main(["simulate", estimated_file, *args])
    assert exit_code.value.code == 2
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err
    with ProjectFile.open(estimated_file, writable=False) as file:
        assert file.load().simulations == {}
