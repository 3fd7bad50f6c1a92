"""The costs at a status date worked out from the whole ledger's costs (cost/as_of.py) are those
`project_costs` works out for that date from scratch: every task, summary, account and the project,
the expenses kept and the pieces phased from them (hypothesis, on ledgers of random expenses)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.cost import project_costs
from planner.core.cost.as_of import costs_as_of
from planner.core.cost.figures import Figures
from planner.core.model.costs import Expense
from planner.core.schedule.engine import schedule
from tests.core.cost.example import BUILD, LABOUR, LICENCES, PHASE, SHIP, TRAVEL, costed_project

FIRST = date(2027, 1, 1)


def same(found: Figures, expected: Figures) -> bool:
    fields = ("budget", "planned", "actual", "remaining", "fixed_cost")
    return all(getattr(found, f) == pytest.approx(getattr(expected, f), abs=1e-6) for f in fields)


expenses = st.lists(
    st.tuples(
        st.integers(0, 20),  # days after the 1st of January
        st.sampled_from([-300.0, 50.0, 200.0, 900.0, 2500.0]),
        st.sampled_from([None, LABOUR, LICENCES, TRAVEL]),
        st.sampled_from([None, PHASE, BUILD, SHIP, 99]),  # 99: a task no longer there
    ),
    max_size=12,
)


@settings(max_examples=80, deadline=None)
@given(expenses, st.integers(-1, 21))
def test_the_costs_as_of_a_date_are_those_worked_out_for_it(ledger, status_day):
    project = costed_project()
    project.expenses = {
        uid: Expense(uid, FIRST + timedelta(days=day), amount, account, task)
        for uid, (day, amount, account, task) in enumerate(ledger, start=1)
    }
    planned = schedule(project)
    status = FIRST + timedelta(days=status_day)
    found, expected = costs_as_of(project_costs(project, planned), status), project_costs(project, planned, status)
    assert same(found.project_figures, expected.project_figures)
    assert same(found.project_level, expected.project_level)
    assert all(same(found.tasks[t], expected.tasks[t]) for t in project.tasks)
    for account in set(found.accounts) | set(expected.accounts):
        assert same(found.accounts.get(account, Figures()), expected.accounts.get(account, Figures())), account
    assert {k: v for k, v in found.expenses.items() if v} == {k: v for k, v in expected.expenses.items() if v}
    assert found.by_day() == pytest.approx(expected.by_day())
    assert found.actual_by_day(PHASE) == pytest.approx(expected.actual_by_day(PHASE))


def test_the_whole_ledger_booked_by_then_is_the_same_costs():
    project = costed_project()
    costs = project_costs(project, schedule(project))
    assert costs_as_of(costs, date(2027, 1, 11)) is costs
    earlier = costs_as_of(costs, date(2027, 1, 10))  # Ship's 200 of travel is not spent yet
    assert (earlier.tasks[SHIP].actual, earlier.tasks[SHIP].remaining) == (0, 6800)
    assert costs.tasks[SHIP].actual == 200  # shared figures are not changed
