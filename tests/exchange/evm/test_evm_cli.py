"""`planner evm` and `planner baseline` as a PM (or a script) uses them."""

from __future__ import annotations

import json

import pytest

from planner.cli import main
from planner.store.projectfile import ProjectFile
from tests.core.evm.worked import baselined_with_progress, planned_project

TOP_KEYS = ["status_date", "bac", "pv", "ev", "ac", "sv", "cv", "spi", "cpi", "eac", "etc", "vac", "tcpi"]


@pytest.fixture
def worked_file(tmp_path):
    path = tmp_path / "worked.plandb"
    ProjectFile.create(path, baselined_with_progress()).close()
    return path


def test_evm_json_has_the_issues_keys_and_the_hand_figures(worked_file, capsys):
    assert main(["evm", str(worked_file), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert list(report)[: len(TOP_KEYS)] == TOP_KEYS and "tasks" in report
    assert report["status_date"] == "2027-01-22T17:00"
    assert (report["bac"], report["pv"], report["ev"]) == (22000.0, 14000.0, 13200.0)
    assert report["spi"] == pytest.approx(0.9429, abs=1e-4)
    assert report["earned_schedule"]["es_days"] == 14.0
    build = next(t for t in report["tasks"] if t["name"] == "Build")
    assert set(TOP_KEYS) | {"id", "name"} <= set(build)
    assert (build["id"], build["pv"], build["ev"]) == (2, 4000.0, 3200.0)
    test = next(t for t in report["tasks"] if t["name"] == "Test")
    assert test["spi"] is None and test["cpi"] is None


def test_evm_at_another_status_date_and_baseline(worked_file, capsys):
    assert main(["evm", str(worked_file), "--status-date", "2027-01-15", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["status_date"] == "2027-01-15T17:00" and report["pv"] == 10000.0
    assert main(["evm", str(worked_file), "--baseline", "4"]) == 2
    assert capsys.readouterr().err.strip().endswith("Baseline 4 has not been saved")


def test_evm_without_a_baseline_says_so_and_never_divides_by_zero(tmp_path, capsys):
    path = tmp_path / "plain.plandb"
    ProjectFile.create(path, planned_project()).close()
    assert main(["evm", str(path), "--status-date", "2027-01-22", "--json"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["bac"] == 0 and report["spi"] is None and "save a baseline" in report["notes"]["spi"]
    assert "has no baseline" in captured.err


def test_baseline_set_list_use_and_clear(tmp_path, capsys):
    path = tmp_path / "plain.plandb"
    ProjectFile.create(path, planned_project()).close()
    assert main(["baseline", str(path)]) == 0
    assert "no baseline saved" in capsys.readouterr().out
    assert main(["baseline", str(path), "--set", "0", "--name", "Kick-off"]) == 0
    assert main(["baseline", str(path), "--set", "2"]) == 0
    assert "Baseline 2 saved for 3 tasks" in capsys.readouterr().out
    assert main(["baseline", str(path), "--use", "2"]) == 0
    capsys.readouterr()
    assert main(["baseline", str(path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["baselines"]
    assert [(b["number"], b["name"], b["tasks"], b["measured"]) for b in listed] == [
        (0, "Kick-off", 3, False),
        (2, "", 3, True),
    ]
    assert main(["baseline", str(path), "--clear", "2"]) == 0
    assert main(["baseline", str(path), "--clear", "2"]) == 2
    assert "Baseline 2 has not been saved" in capsys.readouterr().err


def test_a_bad_baseline_number_is_one_line(tmp_path, capsys):
    path = tmp_path / "plain.plandb"
    ProjectFile.create(path, planned_project()).close()
    with pytest.raises(SystemExit) as stop:
        main(["baseline", str(path), "--set", "12"])
    assert stop.value.code == 2
    assert "baselines are numbered 0 to 10" in capsys.readouterr().err


def test_listing_the_baselines_of_an_older_file_leaves_it_as_it_was(tmp_path, capsys):
    import shutil
    from pathlib import Path

    path = tmp_path / "old.plandb"
    shutil.copy(Path(__file__).parents[2] / "store" / "samples" / "schema-3.plandb", path)
    before = path.read_bytes()
    assert main(["baseline", str(path)]) == 0
    assert "no baseline saved" in capsys.readouterr().out
    assert path.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["old.plandb"]
