"""Earned value over time for the worked example: the S-curve's points, the monthly cash flow, the burn rate."""

from __future__ import annotations

from datetime import date

import pytest

from planner.core.evm.curves import burn_rate, curves, monthly_cash_flow
from planner.core.evm.earned_value import EarnedValue
from planner.core.schedule.engine import schedule
from tests.core.evm.worked import STATUS, baselined_with_progress


@pytest.fixture
def value():
    project = baselined_with_progress()
    return EarnedValue(schedule(project), STATUS)


def test_s_curve_points(value):
    found = curves(value)
    points = dict(zip(found.days, zip(found.pv, found.ev, found.ac, strict=True), strict=True))
    assert points[date(2027, 1, 10)] == pytest.approx((5_000, 5_000, 5_000))  # Design half done, on plan
    assert points[date(2027, 1, 22)] == pytest.approx((14_000, 13_200, 13_200))  # the status date: the KPIs
    assert found.pv[-1] == pytest.approx(22_000) and found.ev[-1] is None and found.ac[-1] is None
    assert found.eac == pytest.approx(22_000) and found.forecast_finish.date() == date(2027, 2, 9)
    assert all(b >= a for a, b in zip(found.pv, found.pv[1:], strict=False))  # cumulative


def test_monthly_cash_flow(value):
    (january, planned, spent), (february, planned_later, spent_later) = monthly_cash_flow(value)
    assert (january, february, spent_later) == ("2027-01", "2027-02", None)  # after the status date: unknown
    assert (planned, spent, planned_later) == pytest.approx((18_000, 13_200, 4_000))


def test_burn_rate(value):
    found = burn_rate(value)
    assert found.weeks == [date(2027, 1, 4), date(2027, 1, 11), date(2027, 1, 18)]
    assert found.spent == pytest.approx([5_000, 5_000, 3_200])
    assert found.needed == pytest.approx((22_000 - 13_200) / ((value.baseline_span()[1] - STATUS).days / 7))


def test_an_expense_shows_on_its_date_and_the_work_done_over_the_work():
    from planner.core.model.costs import Expense

    project = baselined_with_progress()
    project.expenses = {1: Expense(1, date(2027, 1, 12), 2_000.0, task_id=1)}
    found = curves(EarnedValue(schedule(project), STATUS), step_days=1)
    ac = dict(zip(found.days, found.ac, strict=True))
    assert ac[date(2027, 1, 11)] == pytest.approx(6_000)  # six of Design's ten days of work
    assert ac[date(2027, 1, 12)] == pytest.approx(9_000)  # and the invoice
    assert ac[date(2027, 1, 22)] == pytest.approx(15_200)  # the KPI strip's AC
