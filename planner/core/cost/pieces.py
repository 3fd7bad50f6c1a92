"""A task's own costs as pieces: one per assignment and one for its fixed cost, each with its account.

A piece knows its planned amount, how much of it is actual and how much remains,
and when it accrues. Labour and material become actual with the work done; fixed
cost and cost resources become actual through the expenses booked against the task
and account (what is not yet spent of them remains, an overspend stays as spent).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from planner.core.cost.rates import Amounts, accrual_of, labour, material
from planner.core.model.costs import Accrual, Expense, TaskCost
from planner.core.model.entities import Assignment, Project


@dataclass(frozen=True)
class Piece:
    account_id: int | None
    accrual: Accrual
    planned: float
    actual: float
    remaining: float


def resource_accounts(project: Project) -> dict[int, int | None]:
    return {r.resource_id: r.account_id for r in project.resource_costs.values()}


def task_pieces(
    project: Project,
    task_cost: TaskCost | None,
    assignments: Iterable[Assignment],
    expenses: Iterable[Expense],
    percent_complete: float,
    accounts: dict[int, int | None],
) -> list[Piece]:
    """Every cost piece of one task (its expenses are not pieces: they are dated actuals)."""
    own_account = task_cost.account_id if task_cost else None
    pieces: list[Piece] = []
    spendable: list[tuple[int | None, Accrual, float]] = []  # spent through expenses
    if task_cost and task_cost.fixed_cost:
        spendable.append((own_account, task_cost.fixed_cost_accrual, task_cost.fixed_cost))
    for assignment in assignments:
        resource = project.resources.get(assignment.resource_id)
        if resource is None:
            continue
        account = accounts.get(resource.id) or own_account
        accrual = accrual_of(resource)
        if resource.kind == "cost":
            if assignment.cost:
                spendable.append((account, accrual, assignment.cost))
            continue
        amounts: Amounts = (material if resource.kind == "material" else labour)(assignment, resource, percent_complete)
        pieces.append(Piece(account, accrual, amounts.planned, amounts.actual, amounts.remaining))
    if spendable:
        pieces += _unspent(spendable, expenses, own_account)
    return pieces


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
