"""A task's own costs as pieces: one per assignment and one for its fixed cost, each with its account.

A piece knows its planned amount, how much of it is actual and how much remains,
and when it accrues. Labour and material become actual with the work done; fixed
cost and cost resources become actual through the expenses booked against the task
and account (what is not yet spent of them remains, an overspend stays as spent).

This runs for every assignment after every edit, so each resource's prices are worked
out once per run (`prices`) and an assignment is priced with plain arithmetic; the
result is the same as planner.core.cost.rates' `labour` and `material` (a test compares).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from planner.core.cost.rates import accrual_of, hourly
from planner.core.model.costs import Accrual, Expense, TaskCost
from planner.core.model.entities import Assignment, Project


class Piece(NamedTuple):
    account_id: int | None
    accrual: Accrual
    planned: float
    actual: float
    remaining: float


class Price(NamedTuple):
    """A resource's prices as an assignment needs them: per minute of work, or per unit."""

    kind: str
    standard: float  # per minute of work; a material's price per unit
    overtime: float  # per minute of overtime work
    per_use: float
    accrual: Accrual
    account_id: int | None


def prices(project: Project) -> dict[int, Price]:
    accounts = {r.resource_id: r.account_id for r in project.resource_costs.values()}
    found = {}
    for resource in project.resources.values():
        material = resource.kind == "material"
        standard = resource.standard_rate if material else hourly(resource, resource.standard_rate) / 60
        found[resource.id] = Price(
            resource.kind,
            standard,
            hourly(resource, resource.overtime_rate) / 60,
            resource.cost_per_use,
            accrual_of(resource),
            accounts.get(resource.id),
        )
    return found


def task_pieces(
    task_cost: TaskCost | None,
    assignments: Iterable[Assignment],
    expenses: Iterable[Expense],
    percent_complete: float,
    priced: dict[int, Price],
) -> list[Piece]:
    """Every cost piece of one task (its expenses are not pieces: they are dated actuals)."""
    own_account = task_cost.account_id if task_cost else None
    pieces: list[Piece] = []
    spendable: list[tuple[int | None, Accrual, float]] = []  # spent through expenses
    if task_cost and task_cost.fixed_cost:
        spendable.append((own_account, task_cost.fixed_cost_accrual, task_cost.fixed_cost))
    for assignment in assignments:
        price = priced.get(assignment.resource_id)
        if price is None:
            continue
        account = price.account_id or own_account
        if price.kind == "cost":
            if assignment.cost:
                spendable.append((account, price.accrual, assignment.cost))
        elif price.kind == "material":
            planned = assignment.units * price.standard + price.per_use
            actual = planned * min(percent_complete, 100) / 100
            pieces.append(Piece(account, price.accrual, planned, actual, planned - actual))
        else:
            pieces.append(_labour(assignment, price, account, percent_complete))
    if spendable:
        pieces += _unspent(spendable, expenses, own_account)
    return pieces


def _labour(assignment: Assignment, price: Price, account: int | None, percent_complete: float) -> Piece:
    """Regular work at the standard rate, overtime at the overtime rate, cost per use once work starts
    (as planner.core.cost.rates.labour)."""
    work = assignment.work_minutes
    overtime = min(assignment.overtime_work_minutes, work)
    done = assignment.actual_work_minutes
    if done is None:
        done = round(work * percent_complete / 100)
    done_overtime = min(overtime, round(done * overtime / work)) if work and overtime else 0
    left = max(0, work - done)
    left_overtime = min(left, max(0, overtime - done_overtime))
    standard, extra, per_use = price.standard, price.overtime, price.per_use
    started = done > 0 or percent_complete > 0
    return Piece(
        account,
        price.accrual,
        (work - overtime) * standard + overtime * extra + per_use,
        (done - done_overtime) * standard + done_overtime * extra + (per_use if started else 0.0),
        (left - left_overtime) * standard + left_overtime * extra + (0.0 if started else per_use),
    )


def _unspent(
    spendable: list[tuple[int | None, Accrual, float]], expenses: Iterable[Expense], own_account: int | None
) -> list[Piece]:
    """The spendable amounts with what is still unspent of them, account by account."""
    spent: dict[int | None, float] = {}
    for expense in expenses:
        account = expense.account_id or own_account
        spent[account] = spent.get(account, 0.0) + expense.amount
    planned: dict[int | None, float] = {}
    for account, _, amount in spendable:
        planned[account] = planned.get(account, 0.0) + amount
    pieces = []
    for account, accrual, amount in spendable:
        left = max(0.0, planned[account] - spent.get(account, 0.0))
        share = amount / planned[account] if planned[account] else 0.0
        pieces.append(Piece(account, accrual, amount, 0.0, left * share))
    return pieces
