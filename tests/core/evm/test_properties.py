"""Earned value properties on random plans: EV <= BAC, the project is the sum of its tasks,
PV at the baseline finish is BAC, and no figure is ever inf or NaN."""

from __future__ import annotations

import math
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.edits.baseline_edits import save_baseline
from planner.core.edits.edit import apply_edit
from planner.core.evm.earned_value import EarnedValue
from planner.core.model.duration import Duration
from planner.core.model.entities import Task
from planner.core.model.factory import new_project
from planner.core.schedule.engine import schedule
from tests.core.evm.worked import KICK_OFF

plans = st.lists(
    st.tuples(
        st.integers(0, 20 * 480),  # duration
        st.floats(0, 50_000, allow_nan=False),  # baseline cost
        st.floats(0, 100, allow_nan=False),  # % complete
        st.floats(0, 60_000, allow_nan=False),  # actual cost
        st.booleans(),  # in a phase
    ),
    min_size=1,
    max_size=8,
)


def _project(plan):
    project = new_project("Random", KICK_OFF)
    project.tasks[100] = Task(100, "Phase", position=0)
    for uid, (minutes, _, _, _, phased) in enumerate(plan, start=1):
        project.tasks[uid] = Task(
            uid, f"T{uid}", parent_id=100 if phased else None, position=uid, duration=Duration(minutes)
        )
    if not any(p[4] for p in plan):
        del project.tasks[100]
    costs = {uid: p[1] for uid, p in enumerate(plan, start=1)}
    apply_edit(project, save_baseline(schedule(project), 0, KICK_OFF, costs=costs))
    for uid, (_, _, percent, _, _) in enumerate(plan, start=1):
        project.tasks[uid].percent_complete = percent
    return project


@settings(max_examples=60, deadline=None)
@given(plan=plans, days=st.integers(-3, 40))
def test_earned_value_properties(plan, days):
    project = _project(plan)
    status = KICK_OFF + timedelta(days=days)
    actuals = {uid: p[3] for uid, p in enumerate(plan, start=1)}
    value = EarnedValue(schedule(project), status, actuals=actuals)
    total = value.total()
    leaves = [value.task(uid) for uid in range(1, len(plan) + 1)]
    assert total.ev <= total.bac + 1e-6
    assert all(f.ev <= f.bac + 1e-6 and f.pv <= f.bac + 1e-6 for f in leaves)
    assert math.isclose(total.bac, sum(f.bac for f in leaves), abs_tol=0.05)
    assert math.isclose(total.pv, sum(f.pv for f in leaves), abs_tol=1e-6)
    assert math.isclose(total.ac, sum(f.ac for f in leaves), abs_tol=1e-6)
    if 100 in project.tasks:
        phase = value.task(100)
        children = [value.task(uid) for uid, p in enumerate(plan, start=1) if p[4]]
        assert math.isclose(phase.ev, sum(f.ev for f in children), abs_tol=1e-6)
    finish = value.baseline_span()[1]
    assert math.isclose(value.planned_at(finish), total.bac, abs_tol=1e-6)
    for key in ("spi", "cpi", "eac", "etc", "vac", "tcpi", "eac_cpi_spi"):
        figure = getattr(total, key)
        assert figure is None or math.isfinite(figure)
        if figure is None:
            assert total.why_none(key)
