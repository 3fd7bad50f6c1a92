"""The expense ledger as `planner expenses` prints it: a table, or JSON."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from planner.core.cost.lookups import account_name
from planner.core.model.entities import Project


def _rows(project: Project) -> list[Any]:
    return sorted(project.expenses.values(), key=lambda e: (e.date, e.id))


def ledger_dict(project: Project) -> dict[str, Any]:
    """`planner expenses --json`: the currency and each line by date; a credit is a negative amount."""
    tasks = project.tasks
    return {
        "currency": project.currency,
        "expenses": [
            {
                "date": e.date.isoformat(),
                "amount": e.amount,
                "account": account_name(project, e.account_id),
                "task": tasks[e.task_id].name if e.task_id in tasks else "",
                "vendor": e.vendor,
                "invoice": e.invoice,
                "note": e.note,
            }
            for e in _rows(project)
        ],
    }


def ledger_lines(project: Project) -> Iterator[str]:
    rows = _rows(project)
    yield f"{project.name}: {len(rows)} expenses in {project.currency} (no exchange rates)"
    header = f"{'Date':<10}  {'Amount':>14}  {'Account':<14} {'Task':<28} {'Vendor':<18} {'Invoice':<12}"
    yield header
    yield "-" * len(header)
    tasks = project.tasks
    for e in rows:
        amount = f"{-e.amount:,.2f} CR" if e.is_credit else f"{e.amount:,.2f}"
        task = tasks[e.task_id].name if e.task_id in tasks else ""
        account = account_name(project, e.account_id)
        where = f"{account[:14]:<14} {task[:28]:<28} {e.vendor[:18]:<18}"
        yield f"{e.date.isoformat():<10}  {amount:>14}  {where} {e.invoice}"
    total = sum(e.amount for e in rows)
    yield f"{'Total':<10}  {total:>14,.2f}"
