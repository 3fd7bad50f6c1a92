"""The per-run pricing of assignments (pieces.py) agrees with the rates other parts call (rates.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planner.core.cost.pieces import prices, task_pieces
from planner.core.cost.rates import labour, material
from planner.core.model.entities import Assignment, Project, Resource


@given(
    work=st.integers(0, 20_000),
    overtime=st.integers(0, 5_000),
    done=st.one_of(st.none(), st.integers(0, 25_000)),
    percent=st.floats(0, 100),
    rates=st.tuples(st.floats(0, 500), st.floats(0, 800), st.floats(0, 2000)),
    units=st.floats(0, 50),
)
def test_pieces_price_as_the_rates_do(work, overtime, done, percent, rates, units):
    standard, extra, per_use = rates
    person = Resource(1, "Ana", standard_rate=standard, overtime_rate=extra, cost_per_use=per_use)
    stuff = Resource(2, "Cable", kind="material", standard_rate=standard, cost_per_use=per_use)
    project = Project(resources={1: person, 2: stuff})
    worked = Assignment(1, 1, 1, work_minutes=work, overtime_work_minutes=overtime, actual_work_minutes=done)
    used = Assignment(2, 1, 2, units=units)
    first, second = task_pieces(None, [worked, used], [], percent, prices(project))
    for piece, amounts in ((first, labour(worked, person, percent)), (second, material(used, stuff, percent))):
        for mine, theirs in zip(piece[2:], (amounts.planned, amounts.actual, amounts.remaining), strict=True):
            assert abs(mine - theirs) <= 1e-6 * max(1.0, abs(theirs))
