"""An expense ledger read from a bank or ERP export (.csv or .xlsx) into the project's ledger.

The columns are found by their headers as Excel, banks and ERPs name them (Date, Posting
Date, Amount, Net Amount, Supplier, Vendor, Description, ...); a column mapping given by
the user (the import window's preview) overrides the guess. Every row is checked as a
typed line is (an amount, a task that exists, a date within the project); one bad row
and nothing is written: the problems come back by spreadsheet row number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from planner.core.cost.amounts import parse_amount
from planner.core.cost.expense_edits import EXPENSE_FIELDS, check_amount, check_day
from planner.core.cost.lookups import find_task
from planner.core.edits.edit import Edit, Put
from planner.core.errors import InputError
from planner.core.model.costs import CostAccount, Expense
from planner.core.model.dates import parse_day
from planner.core.schedule.result import Schedule
from planner.exchange.sheet_cells import Cell, cell_text
from planner.exchange.sheet_read import Sheet, read_sheet

FIELD_TITLES = {
    "date": "Date",
    "amount": "Amount",
    "account": "Account",
    "task": "Task",
    "vendor": "Vendor",
    "invoice": "Invoice",
    "note": "Note",
}
REQUIRED = ("date", "amount")
HEADERS = {
    "date": (
        "date",
        "posting date",
        "booking date",
        "invoice date",
        "transaction date",
        "value date",
        "paid on",
        "payment date",
        "document date",
        "buchungsdatum",
        "datum",
        "belegdatum",
    ),
    "amount": (
        "amount",
        "net amount",
        "gross amount",
        "total",
        "value",
        "cost",
        "debit",
        "amount paid",
        "sum",
        "betrag",
        "nettobetrag",
        "importe",
        "montant",
    ),
    "account": (
        "account",
        "cost account",
        "cost type",
        "category",
        "expense type",
        "gl account",
        "expense category",
        "kostenart",
        "konto",
    ),
    "task": ("task", "task id", "task name", "wbs", "project task", "work package", "vorgang"),
    "vendor": (
        "vendor",
        "supplier",
        "payee",
        "merchant",
        "counterparty",
        "beneficiary",
        "creditor",
        "lieferant",
        "empfänger",
    ),
    "invoice": (
        "invoice",
        "invoice no",
        "invoice number",
        "invoice ref",
        "reference",
        "ref",
        "document no",
        "document number",
        "voucher",
        "rechnung",
        "rechnungsnummer",
        "belegnummer",
    ),
    "note": (
        "note",
        "notes",
        "description",
        "memo",
        "details",
        "text",
        "purpose",
        "comment",
        "verwendungszweck",
        "buchungstext",
        "beschreibung",
    ),
}

Mapping = dict[str, int | None]  # field -> column index in the sheet (None: not imported)


def _normal(header: str) -> str:
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", header.casefold())  # "Amount (EUR)"
    text = re.sub(r"[^\w\s]", " ", text).replace("_", " ")
    text = re.sub(r"\b(?:eur|usd|gbp|chf)\b", " ", text)
    return " ".join(text.split())


def guess_mapping(header: list[str]) -> Mapping:
    """Which column holds which field, from the header's words (the first column that fits wins)."""
    normal = [_normal(h) for h in header]
    mapping: Mapping = {}
    taken: set[int] = set()
    for name, words in HEADERS.items():
        mapping[name] = None
        for word in words:
            found = next((i for i, h in enumerate(normal) if h == word and i not in taken), None)
            if found is not None:
                mapping[name] = found
                taken.add(found)
                break
    return mapping


@dataclass
class LedgerImport:
    """What a ledger file holds, read and checked: the new lines and accounts, or the problems."""

    source: Path
    sheet: Sheet
    mapping: Mapping
    expenses: list[Expense] = field(default_factory=list)
    new_accounts: list[CostAccount] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def credits(self) -> int:
        return sum(1 for e in self.expenses if e.is_credit)

    def edit(self) -> Edit:
        """The one edit that adds every line (and each account named for the first time)."""
        if self.problems:
            raise InputError(f"{self.source.name}: {len(self.problems)} bad rows; nothing was imported")
        changes = [Put("cost_accounts", None, a) for a in self.new_accounts]
        changes += [Put("expenses", None, e) for e in self.expenses]
        count = len(self.expenses)
        return Edit(f"Import {count} expense{'s' * (count != 1)}", tuple(changes))


def read_ledger(path: Path | str, schedule: Schedule, mapping: Mapping | None = None) -> LedgerImport:
    """Read and check a ledger file against the project; InputError if it is no sheet at all or
    lacks a Date or Amount column. Bad rows are listed in `problems`, not raised."""
    path = Path(path)
    sheet = read_sheet(path)
    if not sheet.header:
        raise InputError(f"{path.name}: the file is empty")
    mapping = dict(mapping) if mapping is not None else guess_mapping(sheet.header)
    missing = [FIELD_TITLES[f] for f in REQUIRED if mapping.get(f) is None]
    if missing:
        raise InputError(
            f"{path.name}: no {' or '.join(missing)} column; the header reads {', '.join(sheet.header[:8])}. "
            "Name the columns Date and Amount, or choose them in the import window"
        )
    result = LedgerImport(path, sheet, mapping)
    _read_rows(result, schedule)
    return result


def _read_rows(result: LedgerImport, schedule: Schedule) -> None:
    project = schedule.project
    accounts = {a.name.casefold(): a.id for a in project.cost_accounts.values()}
    accounts |= {a.code.casefold(): a.id for a in project.cost_accounts.values() if a.code}
    next_account = project.next_id("cost_accounts")
    next_expense = project.next_id("expenses")
    for number, cells in result.sheet.rows:
        values = {f: _cell(cells, result.mapping.get(f)) for f in EXPENSE_FIELDS}
        try:
            day = check_day(schedule, _day(values["date"]))
            amount = check_amount(parse_amount(_raw(values["amount"])))
            task_id = find_task(project, schedule.outline, cell_text(values["task"]))
        except InputError as problem:
            result.problems.append(f"row {number}: {problem}")
            continue
        account_id = None
        name = " ".join(cell_text(values["account"]).split())
        if name:
            account_id = accounts.get(name.casefold())
            if account_id is None:
                account_id = accounts[name.casefold()] = next_account
                result.new_accounts.append(CostAccount(next_account, name))
                next_account += 1
        text = {f: " ".join(cell_text(values[f]).split()) for f in ("vendor", "invoice", "note")}
        result.expenses.append(Expense(next_expense, day, amount, account_id, task_id, **text))
        next_expense += 1
    if not result.sheet.rows:
        result.problems.append("there are no lines under the header")


def _cell(cells: list[Cell], column: int | None) -> Cell:
    if column is None or column >= len(cells):
        return Cell()
    return cells[column]


def _raw(cell: Cell) -> object:
    return cell.value if isinstance(cell.value, int | float) and not isinstance(cell.value, bool) else cell_text(cell)


def _day(cell: Cell) -> date:
    value = cell.value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(cell)
    if not text:
        raise InputError("the date is empty")
    return parse_day(text)
