"""A project's status gathered from its schedule: the demo's ratings and figures, and the
registers' lists (defects, gates, actions, communications, decisions) at the status date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.core.communication.entities import ActionItem, ActionStatus, Communication, Decision, Meeting
from planner.core.quality.entities import Checklist, ChecklistItem, CheckResult, Defect, DefectStatus, Severity
from planner.core.schedule.engine import schedule
from planner.core.status.assess import assess, percent_complete
from planner.core.status.rating import Rag
from planner.exchange.demo import demo_project
from tests.core.evm.worked import baselined_with_progress, planned_project

TODAY = date(2026, 12, 1)  # the demo's status date (15 Feb 2027) is ahead of the calendar


@pytest.fixture(scope="module")
def demo():
    return assess(schedule(demo_project()), TODAY)


def test_the_demo_is_red_on_schedule_cost_and_risk(demo) -> None:
    assert [r.rag for r in demo.ratings[:3]] == [Rag.RED, Rag.RED, Rag.RED]
    assert demo.overall.rag is Rag.RED
    assert demo.schedule.reading.startswith("SPI 0.62;")
    assert demo.cost.reading == "CPI 0.90; forecast 11% over budget"
    assert "EMV 89,600 exceeds the contingency reserve of 30,000" in demo.risk.reading
    assert demo.status_date == datetime(2027, 2, 15, 17) and demo.day == date(2027, 2, 15)


def test_the_demo_figures_and_next_milestones(demo) -> None:
    f = demo.figures
    assert (f.baseline_finish, f.forecast_finish) == (datetime(2027, 7, 21, 17), datetime(2027, 7, 22, 17))
    assert f.slip_days == 1.0 and 0 < f.percent_complete < 20
    assert (round(f.spi, 2), round(f.cpi, 2), f.bac) == (0.62, 0.90, 365_711.0)
    assert (f.open_risks, f.risk_emv) == (14, 89_600.0)
    first = demo.milestones[0]
    assert (first.id, first.name, first.slip_days) == (13, "Requirements signed off", 11.0)
    assert len(demo.milestones) == 5
    assert demo.top_risks[0].risk.title == "CRM partner delivers the order-sync API late"


def test_a_plan_without_a_baseline_rates_schedule_and_cost_not_applicable() -> None:
    found = assess(schedule(planned_project()), TODAY)
    assert (found.schedule.rag, found.cost.rag, found.overall.rag) == (Rag.NA, Rag.NA, Rag.NA)
    assert found.figures.bac is None and found.figures.slip_days is None


def test_percent_complete_weighs_work_by_duration() -> None:
    plan = schedule(baselined_with_progress())
    leaves = [t for t in plan.project.tasks.values() if not plan.outline.is_summary(t.id)]
    weights = sum(t.duration.minutes for t in leaves)
    expected = sum(t.duration.minutes * plan.percent_complete(t.id) for t in leaves) / weights
    assert percent_complete(plan) == round(expected, 1)


def registers_project():
    project = baselined_with_progress()  # status date Fri 22 Jan 2027
    gate = next(t.id for t in project.tasks.values())
    project.defects = {
        1: Defect(1, "Login fails", severity=Severity.CRITICAL, status=DefectStatus.CLOSED),
        2: Defect(2, "Slow search", severity=Severity.MAJOR, status=DefectStatus.IN_PROGRESS),
        3: Defect(3, "Typo", severity=Severity.TRIVIAL),
    }
    project.checklists = {1: Checklist(1, "Design gate", task_id=gate), 2: Checklist(2, "No gate")}
    project.checklist_items = {
        1: ChecklistItem(1, 1, "Architecture reviewed", result=CheckResult.PASS),
        2: ChecklistItem(2, 1, "Threat model", result=CheckResult.OPEN),
        3: ChecklistItem(3, 2, "Orphan", result=CheckResult.FAIL),
    }
    project.meetings = {1: Meeting(1, "Steering committee", held=date(2027, 1, 11))}
    project.decisions = {
        1: Decision(1, "Go with vendor A", meeting_id=1),
        2: Decision(2, "Freeze scope", made=date(2027, 1, 20)),
    }
    project.action_items = {
        1: ActionItem(1, "Send minutes", due=date(2027, 1, 12)),
        2: ActionItem(2, "Book rooms", due=date(2027, 1, 8), status=ActionStatus.DONE),
        3: ActionItem(3, "Hire tester", due=date(2027, 1, 29)),
    }
    project.communications = {
        1: Communication(1, "Status report", next_due=date(2027, 1, 15)),
        2: Communication(2, "Demo", next_due=date(2027, 1, 22)),
    }
    return project


def test_the_registers_lists_at_the_status_date() -> None:
    found = assess(schedule(registers_project()), TODAY)
    assert found.open_defects[Severity.MAJOR] == 1 and found.figures.open_defects == 2
    assert [(w.title, w.failed, w.open) for w in found.gate_warnings] == [("Design gate", 0, 1)]
    assert found.quality.rag is Rag.AMBER  # a major defect open, a gate with an open item
    assert [a.title for a in found.overdue_actions] == ["Send minutes"]
    assert [c.what for c in found.overdue_communications] == ["Status report"]  # due on the day is not late
    assert [d.decision for d in found.recent_decisions] == ["Freeze scope", "Go with vendor A"]


def test_a_critical_defect_or_a_failed_gate_item_turns_quality_red() -> None:
    project = registers_project()
    project.defects[2].severity = Severity.CRITICAL
    assert assess(schedule(project), TODAY).quality.rag is Rag.RED
    project.defects[2].severity = Severity.MINOR
    project.checklist_items[2].result = CheckResult.FAIL
    found = assess(schedule(project), TODAY)
    assert found.quality.rag is Rag.RED and found.gate_warnings[0].failed == 1


def test_the_demo_quality_is_red_from_the_failed_security_audit_item_not_from_gates_months_ahead(demo) -> None:
    assert demo.quality.rag is Rag.RED
    assert demo.quality.measured["gates_failed"] == 1
    assert demo.quality.measured["gates_open"] == 0  # Go-live readiness is all open, and months away
    assert {w.gate for w in demo.gate_warnings} >= {"Design approved", "Go-live: customer portal live"}
    assert demo.gate_warnings[0].failed == 1  # failed ones first
