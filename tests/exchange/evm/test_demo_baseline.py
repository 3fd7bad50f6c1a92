"""The demo opens with its kick-off baseline, and its earned value is what a steering committee asks about."""

from __future__ import annotations

import pytest

from planner.core.evm.baselines import measured_baseline, task_rows
from planner.core.evm.earned_schedule import earned_schedule
from planner.core.evm.earned_value import EarnedValue
from planner.core.schedule.engine import schedule
from planner.exchange.demo import demo_project


@pytest.fixture(scope="module")
def value():
    project = demo_project()
    return EarnedValue(schedule(project), project.status_date)


def test_the_demo_has_baseline_0_saved_at_kick_off_for_every_task(value):
    project = value.project
    baseline = measured_baseline(project)
    assert (baseline.number, baseline.name, baseline.saved) == (0, "Kick-off", project.start)
    rows = task_rows(project, baseline)
    assert set(rows) == set(project.tasks)
    first = min(rows.values(), key=lambda row: row.start)
    assert first.start == project.start
    # Saved before any progress: the baseline is the plan, the schedule moved since
    assert max(row.finish for row in rows.values()) <= schedule(project).project_finish


def test_the_demo_is_behind_its_kick_off_plan_at_its_status_date(value):
    """The demo's requirements slipped (its notes say why): less value earned than planned."""
    total = value.total()
    assert total.bac > 100_000 and 0 < total.ev < total.pv < total.bac
    assert 0.4 < total.spi < 1.0
    found = earned_schedule(value)
    assert 0.4 < found.spi_t < 1.0 and found.forecast_finish > value.baseline_span()[1]
