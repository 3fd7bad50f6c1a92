"""`planner resources`: each resource's work, cost, peak units and when it is over-allocated."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from planner.cli import main
from planner.store.projectfile import ProjectFile
from tests.core.resources.build import Plan


@pytest.fixture
def team_file(tmp_path):
    """Ana on Build (Mon-Fri) and Review (Thu-Tue): over-allocated Thu 7 and Fri 8 Jan. Bo at 50% on Test."""
    plan = Plan()
    ana = plan.person("Ana Lima", rate=80, cost_per_use=10)
    bo = plan.person("Bo Berg", rate=60)
    build, review = plan.task("Build API", "2027-01-04", days=5), plan.task("Review", "2027-01-07", days=4)
    test = plan.task("Test", "2027-01-11", days=4)
    plan.assign(build, ana)
    plan.assign(review, ana)
    plan.assign(test, bo, units=0.5, work_hours=16)
    path = tmp_path / "team.plandb"
    ProjectFile.create(path, plan.project).close()
    return path


def test_json_names_each_resource_s_work_cost_peak_and_overallocations(team_file, capsys) -> None:
    assert main(["resources", str(team_file), "--json"]) == 0
    ana, bo = json.loads(capsys.readouterr().out)["resources"]
    assert set(ana) >= {"id", "name", "work_hours", "cost", "peak_units", "overallocated", "overallocations"}
    assert (ana["id"], ana["name"], ana["work_hours"], ana["cost"]) == (1, "Ana Lima", 72.0, 72 * 80 + 2 * 10)
    assert ana["peak_units"] == 2.0 and ana["overallocated"] is True
    (over,) = ana["overallocations"]
    assert (over["start"], over["finish"], over["peak_units"]) == ("2027-01-07T08:00", "2027-01-08T17:00", 2.0)
    assert over["tasks"] == [1, 2]
    assert (bo["work_hours"], bo["cost"], bo["peak_units"], bo["overallocated"]) == (16.0, 960.0, 0.5, False)
    assert bo["overallocations"] == []


def test_by_month_the_same_overlap_is_within_capacity(team_file, capsys) -> None:
    assert main(["resources", str(team_file), "--json", "--by", "week"]) == 0
    assert json.loads(capsys.readouterr().out)["resources"][0]["overallocated"] is True  # 56h in week 1 of 40h
    assert main(["resources", str(team_file), "--json", "--by", "month"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["project"]["overallocation_by"] == "month"
    assert document["resources"][0]["overallocated"] is False  # 72h in January of 160h


def test_the_table_marks_the_overallocated_and_says_when(team_file, capsys) -> None:
    assert main(["resources", str(team_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    ana = next(line for line in lines if "Ana Lima" in line)
    bo = next(line for line in lines if "Bo Berg" in line)
    assert ana.startswith("!") and "Thu 2027-01-07 to Fri 2027-01-08 at 200%" in ana
    assert "72h" in ana and "5,780.00" in ana
    assert bo.startswith(" ") and bo.endswith("no")


def test_a_missing_file_is_one_line_on_stderr_and_exit_2(tmp_path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "planner", "resources", str(tmp_path / "nope.plandb")],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.count("\n") == 1 and "nope.plandb" in run.stderr and "Traceback" not in run.stderr


def test_an_unknown_granularity_is_refused_by_name(team_file) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "planner", "resources", str(team_file), "--by", "hour"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2 and "invalid choice: 'hour'" in run.stderr
