"""The project's costs as they stood at a status date, from its costs with the whole ledger.

Earned value counts the expenses booked up to the status date, the Budget tab every one; after
each edit the tab works out the latter, and earned value needs the former. Only the tasks with
an expense after the status date differ (their actual cost, and the unspent part of their fixed
cost and cost resources), so those tasks' own figures are worked out again, and the change is
added to them, the summaries above them and their accounts; everything else is shared with the
whole ledger's costs. The result equals `project_costs(project, schedule, status_date)`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date

from planner.core.cost.figures import Figures
from planner.core.cost.pieces import Piece, prices, task_pieces
from planner.core.cost.project_costs import ProjectCosts
from planner.core.model.costs import Expense


def costs_as_of(costs: ProjectCosts, status_date: date) -> ProjectCosts:
    """`costs` (every expense booked) with only the expenses dated on or before `status_date`."""
    later = {key: [e for e in found if e.date > status_date] for key, found in costs.expenses.items()}
    later = {key: found for key, found in later.items() if found}
    if not later:
        return costs
    booked = {key: [e for e in found if e.date <= status_date] for key, found in costs.expenses.items()}
    expenses: dict[int | None, list[Expense]] = defaultdict(list, {k: v for k, v in booked.items() if v})
    pieces = dict(costs.pieces)
    tasks = dict(costs.tasks)
    accounts = dict(costs.accounts)
    project_level = costs.project_level
    changes: dict[int | None, Figures] = defaultdict(Figures)  # per account
    for task_id, pieces_now in _pieces_by(costs, later, expenses).items():
        if pieces_now:
            pieces[task_id] = pieces_now
        else:
            pieces.pop(task_id, None)
        change = _task_change(costs, task_id, pieces_now, later[task_id], changes)
        _add_up(costs, tasks, task_id, change)
    loose = later.get(None)  # expenses booked to no task
    if loose:
        spent = sum(e.amount for e in loose)
        project_level = replace(project_level, actual=project_level.actual - spent)
        for expense in loose:
            changes[expense.account_id].actual -= expense.amount
    for account_id, change in changes.items():
        accounts[account_id] = _plus(accounts.get(account_id, Figures()), change)
    whole = _plus(costs.project_figures, _sum(changes.values()))
    return ProjectCosts(
        whole, tasks, accounts, project_level, costs.reserves, costs.schedule, costs.outline, pieces,
        expenses, costs.task_accounts,
    )  # fmt: skip


def _pieces_by(
    costs: ProjectCosts, later: dict[int | None, list[Expense]], booked: dict[int | None, list[Expense]]
) -> dict[int, list[Piece]]:
    """The cost pieces of every task with a later expense, with only its booked expenses spent."""
    project = costs.schedule.project
    changed = {task_id for task_id in later if task_id is not None}
    assignments = defaultdict(list)
    for assignment in project.assignments.values():
        if assignment.task_id in changed:
            assignments[assignment.task_id].append(assignment)
    task_costs = {t.task_id: t for t in project.task_costs.values() if t.task_id in changed}
    priced = prices(project) if changed else {}
    percent = costs.schedule.percent_complete
    found = {}
    for task_id in changed:
        task_cost, own = task_costs.get(task_id), assignments.get(task_id, ())
        spent = booked.get(task_id, ())
        found[task_id] = task_pieces(task_cost, own, spent, percent(task_id), priced) if task_cost or own else []
    return found


def _task_change(
    costs: ProjectCosts,
    task_id: int,
    pieces_now: list[Piece],
    later: list[Expense],
    accounts: dict[int | None, Figures],
) -> Figures:
    """How a task's own figures change without its later expenses; its accounts' change is added
    to `accounts`."""
    own_account = costs.task_accounts.get(task_id)
    change = Figures()
    for piece, sign in [*((p, -1) for p in costs.pieces.get(task_id, ())), *((p, 1) for p in pieces_now)]:
        change.actual += sign * piece.actual
        change.remaining += sign * piece.remaining
        account = accounts[piece.account_id]
        account.actual += sign * piece.actual
        account.remaining += sign * piece.remaining
    for expense in later:
        change.actual -= expense.amount
        accounts[expense.account_id or own_account].actual -= expense.amount
    return change


def _add_up(costs: ProjectCosts, tasks: dict[int, Figures], task_id: int, change: Figures) -> None:
    """Add a task's change to it and to every summary above it (new figures: the old are shared)."""
    parent = costs.outline.parent
    holder: int | None = task_id
    while holder is not None:
        tasks[holder] = _plus(tasks[holder], change)
        holder = parent[holder]


def _plus(figures: Figures, change: Figures) -> Figures:
    total = replace(figures)
    total.add(change)
    return total


def _sum(changes) -> Figures:
    total = Figures()
    for change in changes:
        total.add(change)
    return total
