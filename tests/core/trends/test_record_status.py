"""Record Status: the figures a snapshot keeps, one per status date, as edits that undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from planner.core.edits.edit import apply_edit
from planner.core.errors import InputError
from planner.core.quality.entities import Defect, DefectStatus, Severity
from planner.core.risk.entities import Risk, RiskKind, RiskStatus
from planner.core.trends.edits import delete_snapshots, milestones_of, record_status, snapshot_at
from planner.core.trends.measure import measure

from .plans import BASELINE_FINISH, STATUS, build_plan, scheduled

NOW = datetime(2027, 1, 8, 18, 30)


def test_a_snapshot_keeps_the_figures_at_the_status_date() -> None:
    shot = measure(scheduled(build_plan(percent=25.0)), NOW)
    s = shot.snapshot
    assert (s.status_date, s.recorded) == (STATUS, NOW)
    assert s.percent_complete == 25.0  # 20 h done of 80 h
    assert (s.work_done_hours, s.work_total_hours) == (20.0, 80.0)
    assert (s.bac, s.pv, s.ev) == (4000.0, 2000.0, 1000.0)  # half planned by Friday, a quarter earned
    assert s.spi == 0.5
    assert s.ac == 1000.0 and s.cpi == 1.0 and s.eac == 4000.0  # 20 h at 50/h
    assert s.baseline_finish == BASELINE_FINISH
    assert s.forecast_finish == datetime(2027, 1, 20, 12, 0)  # 7.5 days left after the status date
    assert [(m.task_id, m.name, m.forecast, m.done) for m in shot.milestones] == [
        (2, "Go-live", datetime(2027, 1, 20, 12, 0), False)
    ]


def test_without_baseline_risks_or_defects_those_figures_are_empty() -> None:
    s = measure(scheduled(build_plan(baseline=False)), NOW).snapshot
    assert (s.spi, s.cpi, s.eac, s.bac, s.pv, s.ev, s.baseline_finish) == (None,) * 7
    assert s.ac == 1000.0  # money spent is known without a baseline
    assert (s.risk_score, s.risk_emv) == (None, None)
    assert s.open_defects == {"critical": 0, "major": 0, "minor": 0, "trivial": 0}


def test_without_assigned_work_percent_complete_is_weighted_by_duration() -> None:
    project = build_plan(percent=40.0)
    project.assignments = {}
    s = measure(scheduled(project), NOW).snapshot
    assert (s.percent_complete, s.work_total_minutes) == (40.0, 0)


def test_open_risks_and_defects_are_counted_closed_ones_are_not() -> None:
    project = build_plan()
    project.risks = {
        1: Risk(1, "Vendor late", probability=0.5, impact_schedule=4, cost_impact=10000.0),  # score 3 x 4
        2: Risk(2, "Reuse the old API", kind=RiskKind.OPPORTUNITY, probability=0.3, impact_cost=2, cost_impact=2000.0),
        3: Risk(3, "Gone", probability=0.9, impact_cost=5, cost_impact=9e5, status=RiskStatus.CLOSED),
    }
    project.defects = {
        1: Defect(1, "Login fails", severity=Severity.CRITICAL, found=date(2027, 1, 6)),
        2: Defect(2, "Typo", severity=Severity.TRIVIAL, status=DefectStatus.IN_PROGRESS),
        3: Defect(3, "Fixed one", severity=Severity.CRITICAL, status=DefectStatus.CLOSED),
    }
    s = measure(scheduled(project), NOW).snapshot
    assert s.risk_emv == 5000.0 - 600.0  # threats less opportunities
    assert s.risk_score == 12 + 2 * 2
    assert s.open_defects == {"critical": 1, "major": 0, "minor": 0, "trivial": 1}


def test_recording_needs_a_status_date() -> None:
    with pytest.raises(InputError, match="no status date"):
        record_status(scheduled(build_plan(status=None)), NOW)


def test_recording_again_at_the_same_date_replaces_that_snapshot_and_undo_brings_it_back() -> None:
    project = build_plan(percent=25.0)
    first = record_status(scheduled(project), NOW)
    apply_edit(project, first)
    assert first.label == "Record Status for 8 Jan 2027"
    kept = snapshot_at(project, STATUS)
    assert kept is not None and kept.percent_complete == 25.0
    project.tasks[1] = replace(project.tasks[1], percent_complete=50.0)
    again = record_status(scheduled(project), NOW)
    apply_edit(project, again)
    assert len(project.snapshots) == 1 and len(project.snapshot_milestones) == 1
    assert project.snapshots[kept.id].percent_complete == 50.0
    apply_edit(project, again.inverse())
    assert project.snapshots[kept.id] == kept
    assert [m.name for m in milestones_of(project, kept.id)] == ["Go-live"]


def test_a_later_status_date_adds_a_snapshot() -> None:
    project = build_plan()
    apply_edit(project, record_status(scheduled(project), NOW))
    project.status_date = datetime(2027, 1, 15, 17, 0)
    apply_edit(project, record_status(scheduled(project), NOW))
    assert sorted(s.status_date.day for s in project.snapshots.values()) == [8, 15]
    assert len({m.snapshot_id for m in project.snapshot_milestones.values()}) == 2


def test_deleting_a_snapshot_takes_its_milestones_and_undoes() -> None:
    project = build_plan()
    apply_edit(project, record_status(scheduled(project), NOW))
    before = (dict(project.snapshots), dict(project.snapshot_milestones))
    edit = delete_snapshots(project, set(project.snapshots))
    assert edit.label == "Delete Status of 8 Jan 2027"
    apply_edit(project, edit)
    assert not project.snapshots and not project.snapshot_milestones
    apply_edit(project, edit.inverse())
    assert (project.snapshots, project.snapshot_milestones) == before
    with pytest.raises(InputError, match="no snapshot"):
        delete_snapshots(project, {99})


def test_a_deleted_milestone_keeps_its_history() -> None:
    project = build_plan()
    apply_edit(project, record_status(scheduled(project), NOW))
    del project.tasks[2]
    del project.links[1]
    assert [m.name for m in project.snapshot_milestones.values()] == ["Go-live"]
