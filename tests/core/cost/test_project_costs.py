"""Task, summary, account and project costs of the hand-worked example (example.py)."""

from __future__ import annotations

from datetime import date

import pytest

from planner.core.cost import NO_ACCOUNT, project_costs
from planner.core.model.costs import BudgetKind, Expense
from planner.core.schedule.engine import schedule
from tests.core.cost.example import BUILD, LABOUR, LICENCES, PHASE, SHIP, TRAVEL, costed_project


@pytest.fixture
def costs():
    project = costed_project()
    return project_costs(project, schedule(project))


def test_labour_is_regular_and_overtime_work_at_their_rates_plus_cost_per_use(costs):
    """Ana: 30h x 50 + 10h x 75 + 100 = 2,350; half done (50%): 15h x 50 + 5h x 75 + 100 = 1,225."""
    labour = costs.accounts[LABOUR]
    assert (labour.planned, labour.actual, labour.remaining) == (2350, 1225, 1125)


def test_fixed_cost_is_spent_by_expenses_and_an_overspend_stays_spent(costs):
    """Build: fixed 1,000, 1,200 booked: actual 1,225 + 1,200, nothing of the fixed cost remains."""
    build = costs.tasks[BUILD]
    assert (build.planned, build.actual, build.remaining, build.cost) == (3350, 2425, 1125, 3550)
    assert build.fixed_cost == 1000


def test_material_and_cost_resources(costs):
    """Ship: servers 3 x 2,000 + travel 500 + fixed 300 = 6,800 planned; 200 of the travel spent."""
    ship = costs.tasks[SHIP]
    assert (ship.planned, ship.actual, ship.remaining, ship.cost) == (6800, 200, 6600, 6800)


def test_a_summary_adds_its_subtasks_and_has_the_budget_of_its_lines(costs):
    phase = costs.tasks[PHASE]
    assert (phase.budget, phase.actual, phase.remaining) == (10000, 2625, 7725)
    assert phase.variance == 10000 - (2625 + 7725)


def test_the_project_adds_the_expenses_on_no_task_and_keeps_the_reserves_apart(costs):
    whole = costs.project_figures
    assert (whole.budget, whole.actual, whole.remaining) == (10000, 2675, 7725)
    assert costs.project_level.actual == 50
    assert costs.reserves == {BudgetKind.CONTINGENCY: 1000, BudgetKind.RESERVE: 0}
    assert costs.total_budget == 11000


def test_costs_go_to_the_resources_or_else_the_tasks_account(costs):
    accounts = costs.accounts
    assert (accounts[LICENCES].planned, accounts[LICENCES].actual, accounts[LICENCES].remaining) == (1000, 1200, 0)
    assert (accounts[TRAVEL].planned, accounts[TRAVEL].actual, accounts[TRAVEL].remaining) == (500, 250, 300)
    assert accounts[NO_ACCOUNT].planned == 6300 and accounts[NO_ACCOUNT].remaining == 6300
    assert sum(a.cost for a in accounts.values()) == pytest.approx(costs.project_figures.cost)


def test_cost_by_day_follows_progress_and_accrual(costs):
    """Build's labour done (1,225) is spread over Mon-Wed noon (20h), what remains (1,125) over
    the 20h after; Ship's material and unspent travel evenly over Mon 11 and Tue 12, its fixed
    cost (end) on Tue 12; the expenses on their dates."""
    daily = costs.by_day()
    assert daily[date(2027, 1, 4)] == pytest.approx(490 + 50)
    assert daily[date(2027, 1, 5)] == pytest.approx(490 + 1200)
    assert daily[date(2027, 1, 6)] == pytest.approx(245 + 225)
    assert daily[date(2027, 1, 7)] == daily[date(2027, 1, 8)] == pytest.approx(450)
    assert daily[date(2027, 1, 11)] == pytest.approx(3000 + 150 + 200)
    assert daily[date(2027, 1, 12)] == pytest.approx(3000 + 150 + 300)
    assert set(daily) == {date(2027, 1, d) for d in (4, 5, 6, 7, 8, 11, 12)}  # no weekend
    assert costs.by_month() == {"2027-01": pytest.approx(10400)}


def test_planned_by_day_ignores_progress_and_actuals(costs):
    """Build planned: (2,350 + 1,000) / 5 days; Ship: 3,250 a day and the fixed 300 on Tue."""
    planned = costs.planned_by_day(BUILD)
    assert all(planned[date(2027, 1, d)] == pytest.approx(670) for d in range(4, 9))
    ship = costs.planned_by_day(SHIP)
    assert ship == {date(2027, 1, 11): pytest.approx(3250), date(2027, 1, 12): pytest.approx(3550)}
    assert sum(costs.planned_by_day().values()) == pytest.approx(costs.project_figures.planned)


def test_actual_by_day_is_the_work_done_and_the_expenses(costs):
    actual = costs.actual_by_day(PHASE)
    assert actual == {
        date(2027, 1, 4): pytest.approx(490),
        date(2027, 1, 5): pytest.approx(1690),
        date(2027, 1, 6): pytest.approx(245),
        date(2027, 1, 11): pytest.approx(200),
    }


def test_a_status_date_counts_only_the_expenses_booked_by_then():
    project = costed_project()
    costs = project_costs(project, schedule(project), status_date=date(2027, 1, 10))
    assert costs.tasks[SHIP].actual == 0 and costs.tasks[SHIP].remaining == 6800


def test_a_credit_reduces_what_was_spent():
    project = costed_project()
    project.expenses[4] = Expense(4, date(2027, 1, 6), -400, task_id=BUILD, note="credit note")
    costs = project_costs(project, schedule(project))
    assert costs.tasks[BUILD].actual == 2025 and costs.tasks[BUILD].remaining == 1125 + 200


def test_recorded_actual_work_wins_over_percent_complete():
    project = costed_project()
    project.assignments[1].actual_work_minutes = 2400  # all of it, the task still shows 50%
    costs = project_costs(project, schedule(project))
    assert costs.accounts[LABOUR].actual == 2350 and costs.accounts[LABOUR].remaining == 0
