"""The money tables (from schema 0007_costs): accounts, task and resource costs, budget lines, expenses."""

from __future__ import annotations

from typing import Any

from planner.core.model.costs import Accrual, BudgetKind, BudgetLine, CostAccount, Expense, ResourceCost, TaskCost
from planner.store.fields import MAX_MINUTES, BadField, day, enum, number, optional_id, text, whole

COSTS_SINCE = "0007_costs"
MAX_AMOUNT = 1e12  # more than any IT project's budget, in any currency

ASSIGNMENT_COLUMNS = (
    "id",
    "task_id",
    "resource_id",
    "units",
    "work_minutes",
    "overtime_work_minutes",
    "actual_work_minutes",
    "cost",
    "delay_minutes",  # 0012_rules
)
ASSIGNMENT_ADDED = {
    "overtime_work_minutes": COSTS_SINCE,
    "actual_work_minutes": COSTS_SINCE,
    "cost": COSTS_SINCE,
    "delay_minutes": "0012_rules",
}


def optional_whole(value: Any, field: str) -> int | None:
    return None if value is None else whole(value, field, 0, MAX_MINUTES)


def amount(value: Any, field: str, low: float = 0.0) -> float:
    return number(value, field, low, MAX_AMOUNT, default=0.0)


def _name(value: Any) -> str:
    name = text(value, "name")
    if not name.strip():
        raise BadField("name is empty")
    return name


def account_values(a: CostAccount) -> tuple:
    return (a.id, a.name, a.code)


def account_of(values: tuple) -> CostAccount:
    aid, name, code = values
    return CostAccount(id=aid, name=_name(name), code=text(code, "code"))


def task_cost_values(t: TaskCost) -> tuple:
    return (t.id, t.task_id, t.fixed_cost, t.fixed_cost_accrual.value, t.account_id)


def task_cost_of(values: tuple) -> TaskCost:
    tid, task_id, fixed, accrual, account = values
    return TaskCost(
        id=tid,
        task_id=whole(task_id, "task", 1, 2**62),
        fixed_cost=amount(fixed, "fixed cost"),
        fixed_cost_accrual=enum(Accrual, accrual, "fixed cost accrual"),
        account_id=optional_id(account, "cost account"),
    )


def resource_cost_values(r: ResourceCost) -> tuple:
    return (r.id, r.resource_id, r.account_id)


def resource_cost_of(values: tuple) -> ResourceCost:
    rid, resource_id, account = values
    return ResourceCost(
        id=rid, resource_id=whole(resource_id, "resource", 1, 2**62), account_id=optional_id(account, "cost account")
    )


def budget_line_values(b: BudgetLine) -> tuple:
    return (b.id, b.name, b.amount, b.kind.value, b.account_id, b.task_id)


def budget_line_of(values: tuple) -> BudgetLine:
    bid, name, value, kind, account, task = values
    return BudgetLine(
        id=bid,
        name=text(name, "name"),
        amount=amount(value, "amount"),
        kind=enum(BudgetKind, kind, "kind"),
        account_id=optional_id(account, "cost account"),
        task_id=optional_id(task, "task"),
    )


def expense_values(e: Expense) -> tuple:
    return (e.id, e.date.isoformat(), e.amount, e.account_id, e.task_id, e.vendor, e.invoice, e.note)


def expense_of(values: tuple) -> Expense:
    eid, when, value, account, task, vendor, invoice, note = values
    return Expense(
        id=eid,
        date=day(when, "date"),
        amount=amount(value, "amount", -MAX_AMOUNT),
        account_id=optional_id(account, "cost account"),
        task_id=optional_id(task, "task"),
        vendor=text(vendor, "vendor"),
        invoice=text(invoice, "invoice"),
        note=text(note, "note"),
    )
