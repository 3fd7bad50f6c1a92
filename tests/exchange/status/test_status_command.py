"""`planner status FILE [--json]`: the dashboard's ratings and lists for scripts, and a short summary."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from planner.cli import main
from planner.core.communication.registers import ACTIONS, MEETINGS
from planner.core.quality.entities import CheckResult, Severity
from planner.core.quality.registers import CHECKLIST_ITEMS, CHECKLISTS, DEFECTS
from planner.core.records.edits import add_record
from planner.exchange.demo import demo_file_project
from planner.store.document import Document
from planner.store.projectfile import ProjectFile

STATUS_KEYS = {
    "status_date", "overall", "schedule", "cost", "risk", "quality", "figures", "milestones", "top_risks",
    "overdue_actions", "overdue_communications", "recent_decisions", "gate_warnings",
}  # fmt: skip
FIGURE_KEYS = {
    "percent_complete", "start", "forecast_finish", "baseline_finish", "slip_days", "bac", "eac", "spi", "cpi",
    "open_risks", "risk_emv", "open_defects",
}  # fmt: skip


@pytest.fixture
def demo_file(tmp_path) -> Path:
    path = tmp_path / "demo.plandb"
    ProjectFile.create(path, demo_file_project()).close()
    return path


def status_json(path: Path, capsys) -> dict:
    capsys.readouterr()
    assert main(["status", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_demo_is_red_with_the_rule_and_the_figures_behind_it(demo_file, capsys) -> None:
    found = status_json(demo_file, capsys)
    assert set(found) >= STATUS_KEYS and set(found["figures"]) == FIGURE_KEYS
    assert [found[a]["rag"] for a in ("overall", "schedule", "cost", "risk")] == ["red"] * 4
    assert set(found["schedule"]) == {"rag", "rule", "measured", "reading"}
    assert found["schedule"]["measured"] == {"slip_days": 1.0, "spi": 0.62}
    assert found["status_date"] == "2027-02-15T17:00:00"
    figures = found["figures"]
    assert (figures["baseline_finish"], figures["forecast_finish"]) == ("2027-07-21T17:00:00", "2027-07-22T17:00:00")
    assert (figures["bac"], figures["spi"], figures["cpi"], figures["risk_emv"]) == (365711.0, 0.62, 0.9, 89600.0)
    assert found["milestones"][0] == {
        "id": 13, "name": "Requirements signed off", "forecast": "2027-02-22T17:00:00",
        "baseline": "2027-02-05T17:00:00", "slip_days": 11.0,
    }  # fmt: skip
    assert len(found["top_risks"]) == 5 and found["top_risks"][0]["score"] == 16


def test_a_critical_defect_and_a_failed_gate_item_show_in_quality(demo_file, capsys) -> None:
    before = status_json(demo_file, capsys)
    with Document.open(demo_file) as document:
        project = document.project
        document.apply(add_record(project, DEFECTS, title="Checkout crashes", severity=Severity.CRITICAL))
        gate = next(t.id for t in project.tasks.values() if t.name == "Design approved")
        document.apply(add_record(project, CHECKLISTS, title="Design gate", task_id=gate))
        checklist = max(project.checklists)
        document.apply(
            add_record(project, CHECKLIST_ITEMS, checklist_id=checklist, requirement="Threat model",
                       result=CheckResult.FAIL)
        )  # fmt: skip
        document.apply(add_record(project, MEETINGS, title="Steering committee", held=date(2027, 2, 1)))
        meeting = max(project.meetings)
        document.apply(add_record(project, ACTIONS, title="Send minutes", meeting_id=meeting, due=date(2027, 2, 3)))
    found = status_json(demo_file, capsys)
    assert found["quality"]["rag"] == "red"
    # the demo's security audit of the design already has a failed item; the Go-live gate is months away
    was = before["quality"]["measured"]
    assert found["quality"]["measured"] == {"open_critical": was["open_critical"] + 1, "open_major": was["open_major"],
                                            "gates_failed": 2, "gates_open": 0}  # fmt: skip
    assert found["figures"]["open_defects"] == before["figures"]["open_defects"] + 1
    assert {"checklist_id": checklist, "title": "Design gate", "task": 23, "gate": "Design approved", "failed": 1,
            "open": 0} in found["gate_warnings"]  # fmt: skip
    action = found["overdue_actions"][0]  # the longest overdue first
    assert (action["title"], action["due"], action["days_overdue"]) == ("Send minutes", "2027-02-03", 12)
    assert main(["status", str(demo_file)]) == 0
    text = capsys.readouterr().out
    assert f"  Quality   RED    {was['open_critical'] + 1} critical and {was['open_major']} major defects open" in text
    assert f"action {action['id']} due Wed 2027-02-03: Send minutes" in text


def test_the_text_summary_names_each_area_and_the_next_milestones(demo_file, capsys) -> None:
    assert main(["status", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Customer Portal Rollout: status at Mon 2027-02-15 17:00\n  Overall   RED    Red from")
    assert "  Schedule  RED    SPI 0.62; the forecast finish is 1 working day after the baseline finish" in out
    assert "(+1 working day)" in out and "13  Mon 2027-02-22    +11d  Requirements signed off" in out


def test_a_file_that_is_not_there_gets_one_line(tmp_path, capsys) -> None:
    assert main(["status", str(tmp_path / "missing.plandb")]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"planner: error: {tmp_path / 'missing.plandb'}: no such file"
