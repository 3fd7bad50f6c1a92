"""`planner record-status` and `planner trends` as a script uses them: stable JSON keys, one-line errors."""

from __future__ import annotations

import json
from datetime import datetime

from planner.cli import main
from planner.core.model.factory import new_project
from planner.store.projectfile import ProjectFile
from tests.core.trends.plans import build_plan

RECORDED_KEYS = {"status_date", "percent_complete", "forecast_finish", "spi", "cpi", "eac", "replaced"}


def plan_file(tmp_path, project=None):
    path = tmp_path / "plan.plandb"
    ProjectFile.create(path, project or build_plan()).close()
    return path


def test_record_status_reports_what_it_kept_and_replaces_on_the_same_date(tmp_path, capsys):
    path = plan_file(tmp_path)
    assert main(["record-status", str(path), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert set(first) == RECORDED_KEYS
    assert (first["status_date"], first["spi"], first["percent_complete"]) == ("2027-01-08T17:00", 0.5, 25.0)
    assert first["replaced"] is False
    assert main(["record-status", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Status recorded for 8 Jan 2027 (SPI 0.50, CPI 1.00), replacing the one recorded earlier" in out
    with ProjectFile.open(path, writable=False) as file:
        assert len(file.load().snapshots) == 1


def test_trends_lists_every_snapshot_with_its_milestones(tmp_path, capsys):
    path = plan_file(tmp_path)
    assert main(["record-status", str(path)]) == 0
    assert main(["set", str(path), "--status-date", "2027-01-15"]) == 0
    assert main(["record-status", str(path)]) == 0
    capsys.readouterr()
    assert main(["trends", str(path), "--json"]) == 0
    shots = json.loads(capsys.readouterr().out)["snapshots"]
    assert [s["status_date"][:10] for s in shots] == ["2027-01-08", "2027-01-15"]
    first = shots[0]
    assert RECORDED_KEYS - {"replaced"} <= set(first)
    assert (first["work_done_hours"], first["work_total_hours"]) == (20.0, 80.0)
    assert first["milestones"] == [{"task": 2, "name": "Go-live", "forecast": "2027-01-20T12:00", "done": False}]
    assert first["open_defects"] == {"critical": 0, "major": 0, "minor": 0, "trivial": 0}
    assert (first["risk_score"], first["risk_emv"]) == (None, None)
    assert main(["trends", str(path)]) == 0
    assert "2 status snapshots" in capsys.readouterr().out


def test_a_file_without_status_date_gets_one_line_and_exit_2(tmp_path, capsys):
    path = plan_file(tmp_path, new_project("Blank", datetime(2027, 1, 4, 8, 0)))
    assert main(["record-status", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no status date" in err and "Traceback" not in err
