"""The cost tracker after any edits gives what pricing the project afresh gives (project_costs)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.cost import project_costs
from planner.core.cost.tracker import CostTracker
from planner.core.edits.edit import Edit, Put, apply_edit
from planner.core.model.costs import BudgetLine, Expense, TaskCost
from planner.core.schedule.scheduler import Scheduler
from tests.core.cost.example import BUILD, PHASE, SHIP, TRAVEL, costed_project

TASKS = (PHASE, BUILD, SHIP)


def edits():
    """One random edit of what costs depend on (the project is passed in when it is built)."""
    amount = st.floats(-500, 5000).map(lambda x: round(x, 2))
    task = st.sampled_from((*TASKS, None))
    return st.one_of(
        st.tuples(st.just("expense"), amount, task, st.sampled_from((None, TRAVEL))),
        st.tuples(st.just("move"), st.sampled_from((1, 2, 3)), task),
        st.tuples(st.just("drop"), st.sampled_from((1, 2, 3))),
        st.tuples(st.just("fixed"), st.sampled_from(TASKS), amount.map(abs)),
        st.tuples(st.just("work"), st.sampled_from((1,)), st.integers(0, 5000)),
        st.tuples(st.just("percent"), st.sampled_from((BUILD, SHIP)), st.floats(0, 100)),
        st.tuples(st.just("budget"), task, amount.map(abs)),
        st.tuples(st.just("rate"), st.floats(0, 200)),
    )


def build(project, step) -> Edit | None:
    kind = step[0]
    if kind == "expense":
        uid = project.next_id("expenses")
        return Edit("e", (Put("expenses", None, Expense(uid, date(2027, 1, 6), step[1], step[3], step[2])),))
    if kind in ("move", "drop"):
        found = project.expenses.get(step[1])
        if found is None:
            return None
        return Edit("e", (Put("expenses", found, None if kind == "drop" else replace(found, task_id=step[2])),))
    if kind == "fixed":
        row = next((t for t in project.task_costs.values() if t.task_id == step[1]), None)
        after = replace(row, fixed_cost=step[2]) if row else TaskCost(project.next_id("task_costs"), step[1], step[2])
        return Edit("e", (Put("task_costs", row, after),))
    if kind == "work":
        row = project.assignments[step[1]]
        return Edit("e", (Put("assignments", row, replace(row, work_minutes=step[2])),))
    if kind == "percent":
        row = project.tasks[step[1]]
        return Edit("e", (Put("tasks", row, replace(row, percent_complete=step[2])),))
    if kind == "budget":
        uid = project.next_id("budget_lines")
        return Edit("e", (Put("budget_lines", None, BudgetLine(uid, "b", step[2], task_id=step[1])),))
    row = project.resources[1]
    return Edit("e", (Put("resources", row, replace(row, standard_rate=step[1])),))


def same(mine, fresh) -> None:
    close = pytest.approx
    for task_id, figures in fresh.tasks.items():
        got = mine.tasks[task_id]
        assert (got.budget, got.planned, got.actual, got.remaining, got.fixed_cost) == close(
            (figures.budget, figures.planned, figures.actual, figures.remaining, figures.fixed_cost), abs=1e-6
        ), task_id
    for account, figures in fresh.accounts.items():
        got = mine.accounts.get(account)
        assert got is not None, account
        assert (got.budget, got.planned, got.actual, got.remaining) == close(
            (figures.budget, figures.planned, figures.actual, figures.remaining), abs=1e-6
        ), account
    assert mine.project_figures.cost == close(fresh.project_figures.cost, abs=1e-6)
    assert mine.project_figures.budget == close(fresh.project_figures.budget, abs=1e-6)
    assert mine.by_month() == close(fresh.by_month(), abs=1e-6)


@settings(max_examples=80)
@given(st.lists(edits(), min_size=1, max_size=8))
def test_the_tracker_follows_any_edits(steps):
    """Told what each edit touched, as the Budget tab's cost book tells it."""
    project = costed_project()
    scheduler = Scheduler(project)
    tracker = CostTracker()
    tracker.costs(project, scheduler.schedule)
    for step in steps:
        edit = build(project, step)
        if edit is None:
            continue
        changes = apply_edit(project, edit)
        schedule = scheduler.update(changes)
        same(tracker.costs(project, schedule, changes), project_costs(project, schedule))


@settings(max_examples=30)
@given(st.lists(edits(), min_size=1, max_size=6))
def test_the_tracker_follows_edits_it_is_not_told_about(steps):
    project = costed_project()
    scheduler = Scheduler(project)
    tracker = CostTracker()
    tracker.costs(project, scheduler.schedule)
    for step in steps:
        edit = build(project, step)
        if edit is not None:
            scheduler.update(apply_edit(project, edit))
    same(tracker.costs(project, scheduler.schedule), project_costs(project, scheduler.schedule))
