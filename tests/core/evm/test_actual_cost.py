"""Actual cost as earned value reads it from the cost part: work done at its rates plus the
expenses booked up to the status date; the baseline keeps the planned cost."""

from __future__ import annotations

from datetime import date

import pytest

from planner.core.evm.earned_value import EarnedValue
from planner.core.model.costs import Expense
from planner.core.schedule.engine import schedule
from tests.core.evm.worked import BUILD, DESIGN, STATUS, TEST, baselined_with_progress


def test_actual_cost_is_work_done_plus_expenses_to_the_status_date():
    project = baselined_with_progress()
    project.expenses = {
        1: Expense(1, date(2027, 1, 12), 2_000.0, task_id=DESIGN, vendor="Contractor"),
        2: Expense(2, date(2027, 1, 20), 500.0, vendor="Travel"),  # on no task: the project's only
        3: Expense(3, date(2027, 2, 1), 900.0, task_id=BUILD),  # after the status date
    }
    value = EarnedValue(schedule(project), STATUS)
    # Design: its 10,000 of labour done plus the 2,000 invoice; Build: 40% of 8,000
    assert value.task(DESIGN).ac == pytest.approx(12_000)
    assert value.task(BUILD).ac == pytest.approx(3_200)
    assert value.task(TEST).ac == 0
    total = value.total()
    assert total.ac == pytest.approx(15_700) and total.ev == pytest.approx(13_200)
    assert total.cpi == pytest.approx(13_200 / 15_700)
    # bottom-up: what each task will cost (actual + remaining), plus the loose expense
    assert total.bottom_up == pytest.approx(12_000 + 8_000 + 4_000 + 500)


def test_the_baseline_keeps_the_planned_cost_not_what_was_spent():
    project = baselined_with_progress()
    rows = {row.task_id: row for row in project.task_baselines.values()}
    assert (rows[DESIGN].cost, rows[BUILD].cost, rows[TEST].cost) == (10_000, 8_000, 4_000)
