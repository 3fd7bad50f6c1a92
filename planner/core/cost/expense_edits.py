"""The expense ledger's edits: add a line, change one field as typed, delete lines.

Typed values are checked as an accountant would: an amount is a number (a negative
one is a credit), the task exists, the date lies within the project. A new account
name adds the account in the same edit, so one undo takes both back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from planner.core.cost.amounts import parse_amount
from planner.core.cost.lookups import find_account, find_task
from planner.core.edits.edit import Edit, Put
from planner.core.errors import InputError
from planner.core.model.costs import Expense
from planner.core.model.dates import day_text, parse_day
from planner.core.model.entities import Project
from planner.core.schedule.result import Schedule

EXPENSE_FIELDS = ("date", "amount", "account", "task", "vendor", "invoice", "note")
MAX_AMOUNT = 1e12


def project_days(schedule: Schedule) -> tuple[date, date]:
    """The days an expense may be booked on: from the project's start to its finish."""
    return schedule.project.start.date(), schedule.project_finish.date()


def check_day(schedule: Schedule, day: date) -> date:
    first, last = project_days(schedule)
    if day < first:
        raise InputError(f"{day_text(day)} is before the project starts ({day_text(first)})")
    if day > last:
        raise InputError(f"{day_text(day)} is after the project finishes ({day_text(last)})")
    return day


def check_amount(amount: float) -> float:
    if abs(amount) > MAX_AMOUNT:
        raise InputError(f"{amount:,.2f} is more than Planner keeps in one line ({MAX_AMOUNT:,.0f})")
    return round(amount, 2)


def default_day(schedule: Schedule, today: date | None = None) -> date:
    """Where a new line is dated: the status date, else today, kept within the project."""
    project = schedule.project
    first, last = project_days(schedule)
    wanted = project.status_date.date() if project.status_date else (today or date.today())
    return min(max(wanted, first), last)


def add_expense(project: Project, day: date, amount: float = 0.0, **fields) -> Edit:
    uid = project.next_id("expenses")
    return Edit("Add expense", (Put("expenses", None, Expense(uid, day, amount, **fields)),))


def delete_expenses(project: Project, ids: list[int]) -> Edit | None:
    gone = [Put("expenses", project.expenses[i], None) for i in ids if i in project.expenses]
    if not gone:
        return None
    return Edit(f"Delete {len(gone)} expense{'s' * (len(gone) != 1)}", tuple(gone))


def set_expense_field(schedule: Schedule, expense_id: int, field: str, text: str) -> Edit | None:
    """The edit typing `text` into one field of an expense makes (None: nothing changes)."""
    project = schedule.project
    expense = project.expenses[expense_id]
    changes: list[Put] = []
    if field == "date":
        changed = replace(expense, date=check_day(schedule, parse_day(text)))
    elif field == "amount":
        changed = replace(expense, amount=check_amount(parse_amount(text)))
    elif field == "account":
        account_id, new = find_account(project, text)
        if new is not None:
            changes.append(Put("cost_accounts", None, new))
        changed = replace(expense, account_id=account_id)
    elif field == "task":
        changed = replace(expense, task_id=find_task(project, schedule.outline, text))
    elif field in ("vendor", "invoice", "note"):
        changed = replace(expense, **{field: " ".join(str(text or "").split())})
    else:
        raise ValueError(f"an expense has no field {field!r}")
    if changed == expense:
        return None
    return Edit(f"Change {field} of expense", (*changes, Put("expenses", expense, changed)))
