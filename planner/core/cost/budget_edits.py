"""Edits of the budget: budget lines (a budget, a contingency or management reserve), a task's fixed
cost and its accrual and account, a resource's account."""

from __future__ import annotations

from dataclasses import replace

from planner.core.cost.amounts import parse_amount
from planner.core.cost.lookups import find_account, find_task
from planner.core.edits.edit import Change, Edit, Put
from planner.core.errors import InputError
from planner.core.model.costs import Accrual, BudgetKind, BudgetLine, ResourceCost, TaskCost
from planner.core.model.entities import Project
from planner.core.schedule.result import Schedule

BUDGET_FIELDS = ("name", "kind", "account", "phase", "amount")


def positive(text: object, what: str) -> float:
    value = parse_amount(text, what)
    if value < 0:
        raise InputError(f"a {what} cannot be negative; a credit belongs in the expense ledger")
    return round(value, 2)


def add_budget_line(project: Project, name: str = "Budget", kind: BudgetKind = BudgetKind.BUDGET, **fields) -> Edit:
    uid = project.next_id("budget_lines")
    return Edit(
        f"Add {kind.label.lower()} line", (Put("budget_lines", None, BudgetLine(uid, name, kind=kind, **fields)),)
    )


def delete_budget_lines(project: Project, ids: list[int]) -> Edit | None:
    gone = [Put("budget_lines", project.budget_lines[i], None) for i in ids if i in project.budget_lines]
    if not gone:
        return None
    return Edit(f"Delete {len(gone)} budget line{'s' * (len(gone) != 1)}", tuple(gone))


def parse_kind(text: str) -> BudgetKind:
    wanted = " ".join(str(text or "").split()).casefold()
    for kind in BudgetKind:
        if wanted in (kind.value, kind.label.casefold(), kind.label.split()[0].casefold()):
            return kind
    if wanted in ("management", "management reserve", "mr"):
        return BudgetKind.RESERVE
    labels = ", ".join(k.label for k in BudgetKind)
    raise InputError(f"{text!r} is not a kind of budget line: type one of {labels}")


def set_budget_field(schedule: Schedule, line_id: int, field: str, text: str) -> Edit | None:
    project = schedule.project
    line = project.budget_lines[line_id]
    changes: list[Change] = []
    if field == "name":
        name = " ".join(str(text or "").split())
        if not name:
            raise InputError("a budget line needs a name")
        changed = replace(line, name=name)
    elif field == "kind":
        changed = replace(line, kind=parse_kind(text))
    elif field == "amount":
        changed = replace(line, amount=positive(text, "budget"))
    elif field == "account":
        account_id, new = find_account(project, text)
        changes += [Put("cost_accounts", None, new)] if new else []
        changed = replace(line, account_id=account_id)
    elif field == "phase":
        changed = replace(line, task_id=find_task(project, schedule.outline, text))
    else:
        raise ValueError(f"a budget line has no field {field!r}")
    if changed == line:
        return None
    return Edit(f"Change {field} of budget line", (*changes, Put("budget_lines", line, changed)))


def task_cost_row(project: Project, task_id: int) -> TaskCost | None:
    return next((t for t in project.task_costs.values() if t.task_id == task_id), None)


def set_task_cost(project: Project, task_id: int, label: str, **fields) -> Edit | None:
    """Change a task's fixed cost, accrual or account; the row is made the first time one is set."""
    if task_id not in project.tasks:
        raise InputError(f"task {task_id} is no longer there")
    row = task_cost_row(project, task_id)
    changed = replace(row, **fields) if row else TaskCost(project.next_id("task_costs"), task_id, **fields)
    if changed == row or (row is None and changed == TaskCost(changed.id, task_id)):
        return None
    return Edit(label, (Put("task_costs", row, changed),))


def set_fixed_cost(project: Project, task_id: int, text: object) -> Edit | None:
    return set_task_cost(project, task_id, "Change fixed cost", fixed_cost=positive(text, "fixed cost"))


def parse_accrual(text: str) -> Accrual:
    wanted = " ".join(str(text or "").split()).casefold()
    for accrual in Accrual:
        if wanted and accrual.value.startswith(wanted):
            return accrual
    raise InputError(f"{text!r} is not an accrual: type Start, Prorated or End")


def set_fixed_cost_accrual(project: Project, task_id: int, text: str) -> Edit | None:
    return set_task_cost(project, task_id, "Change fixed cost accrual", fixed_cost_accrual=parse_accrual(text))


def set_task_account(project: Project, task_id: int, text: str) -> Edit | None:
    account_id, new = find_account(project, text)
    edit = set_task_cost(project, task_id, "Change cost account", account_id=account_id)
    if edit is None or new is None:
        return edit
    return Edit(edit.label, (Put("cost_accounts", None, new), *edit.changes))


def set_resource_account(project: Project, resource_id: int, text: str) -> Edit | None:
    account_id, new = find_account(project, text)
    row = next((r for r in project.resource_costs.values() if r.resource_id == resource_id), None)
    if row is not None and row.account_id == account_id:
        return None
    changed = (
        replace(row, account_id=account_id)
        if row
        else ResourceCost(project.next_id("resource_costs"), resource_id, account_id)
    )
    return Edit(
        "Change cost account",
        (*([Put("cost_accounts", None, new)] if new else []), Put("resource_costs", row, changed)),
    )


def risk_contingency(project: Project) -> float | None:
    """What the risk register offers the contingency line: its open risks' EMV (None: no register)."""
    if not getattr(project, "risks", None):
        return None
    from planner.core.risk.scoring import contingency_reserve  # the register part's rule

    return round(max(0.0, contingency_reserve(project)), 2)


def contingency_from_risks(project: Project) -> Edit | None:
    """Set the contingency reserve to the register's EMV: the first contingency line takes it (one is
    added if there is none)."""
    amount = risk_contingency(project)
    if amount is None:
        raise InputError("the risk register has no risks to take a contingency reserve from")
    lines = [b for b in project.budget_lines.values() if b.kind is BudgetKind.CONTINGENCY]
    if not lines:
        uid = project.next_id("budget_lines")
        line = BudgetLine(uid, "Contingency from the risk register", amount, BudgetKind.CONTINGENCY)
        return Edit("Contingency from risks", (Put("budget_lines", None, line),))
    first = min(lines, key=lambda b: b.id)
    if first.amount == amount:
        return None
    return Edit("Contingency from risks", (Put("budget_lines", first, replace(first, amount=amount)),))
