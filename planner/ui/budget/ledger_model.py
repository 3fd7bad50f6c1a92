"""The expense ledger and the budget lines as item models: one row per line, typed into like the
task table.

A typed value becomes a core edit through `Session.attempt` (so it is on the undo stack
and in the file at once); a value that cannot be taken is refused with a message for the
note beside the cell, and the line keeps what it had.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from planner.core.cost.budget_edits import BUDGET_FIELDS, set_budget_field
from planner.core.cost.expense_edits import EXPENSE_FIELDS, set_expense_field
from planner.core.cost.lookups import account_name
from planner.core.edits.changes import Changes
from planner.core.model.costs import BudgetLine, Expense
from planner.core.model.dates import day_text
from planner.ui.budget.money import NO_EXCHANGE, credit_money, plain_amount
from planner.ui.session import Session

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
HEADERS = ("Date", "Amount", "Account", "Task", "Vendor", "Invoice", "Note")
TIPS = (
    "The day it was paid or invoiced, within the project",
    "What was paid; a credit (a refund, a credit note) as -120 or 120 CR",
    "The cost account; empty: the task's. A new name adds the account",
    "The task it was spent on, by ID or name; empty: the project as a whole",
    "",
    "The invoice or reference number",
    "",
)
CREDIT = QColor("#1b5e20")
RowIdRole = Qt.ItemDataRole.UserRole + 41
SortRole = Qt.ItemDataRole.UserRole + 42


class RecordsModel(QAbstractTableModel):
    """The rows of one table of the project (`table`), a column per field."""

    refused = Signal(int, int, str)  # row, column, why
    table = ""
    fields: tuple[str, ...] = ()
    headers: tuple[str, ...] = ()
    tips: tuple[str, ...] = ()

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._ids: list[int] = list(session.project.table(self.table))
        self._row = {uid: row for row, uid in enumerate(self._ids)}
        session.changed.connect(self._on_changed)

    @property
    def currency(self) -> str:
        return self.session.project.currency

    def record_at(self, row: int) -> Any:
        return self.session.project.table(self.table)[self._ids[row]]

    def row_of(self, record_id: int) -> int:
        return self._row[record_id]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.record_at(index.row())
        field = self.fields[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, field)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(record, field)
        if role == RowIdRole:
            return record.id
        if role == SortRole:
            return self._sort_key(record, field)
        if role == Qt.ItemDataRole.TextAlignmentRole and field == "amount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self._extra(record, field, role)

    def _extra(self, record: Any, field: str, role: int) -> Any:
        return None

    def _text(self, record: Any, field: str) -> str:
        raise NotImplementedError

    def _edit_text(self, record: Any, field: str) -> str:
        return self._text(record, field)

    def _sort_key(self, record: Any, field: str) -> Any:
        return self._text(record, field).casefold()

    def _edit(self, record_id: int, field: str, text: str):
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and self.tips[section]:
            return self.tips[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column = index.row(), index.column()
        record_id = self._ids[row]
        field = self.fields[column]
        edit = self.session.attempt(
            lambda _project: self._edit(record_id, field, str(value)),
            lambda why: self.refused.emit(row, column, why),
        )
        return edit is not None

    # -- following the document ---------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        ids = list(self.session.project.table(self.table))
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self._row = {uid: row for row, uid in enumerate(ids)}
            self.endResetModel()
        elif self._ids and (changes.tasks or changes.cost_accounts or changes.project):  # names shown in rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.headers) - 1))
        else:
            last = len(self.headers) - 1
            for uid in changes.of(self.table):  # only the lines edited: the sort looks at them alone
                row = self._row.get(uid)
                if row is not None:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, last))


class LedgerModel(RecordsModel):
    table = "expenses"
    fields = EXPENSE_FIELDS
    headers = HEADERS
    tips = TIPS

    def _extra(self, expense: Expense, field: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and field == "amount" and expense.is_credit:
            return QBrush(CREDIT)
        if role == Qt.ItemDataRole.ToolTipRole and field == "amount":
            kind = "A credit: it takes money back" if expense.is_credit else "Money paid"
            return f"{kind}. {NO_EXCHANGE.format(currency=self.currency)}"
        return None

    def _edit(self, expense_id: int, field: str, text: str):
        return set_expense_field(self.session.schedule, expense_id, field, text)

    def _text(self, expense: Expense, field: str) -> str:
        if field == "date":
            return day_text(expense.date)
        if field == "amount":
            return credit_money(expense.amount, self.currency)
        if field == "account":
            return account_name(self.session.project, expense.account_id)
        if field == "task":
            task = self.session.project.tasks.get(expense.task_id) if expense.task_id else None
            return task.name if task else ""
        return getattr(expense, field)

    def _edit_text(self, expense: Expense, field: str) -> str:
        if field == "date":
            return expense.date.isoformat()
        if field == "amount":
            return plain_amount(expense.amount)
        if field == "task" and expense.task_id in self.session.project.tasks:
            return str(self.session.schedule.outline.ids.id_of(expense.task_id))
        return self._text(expense, field)

    def _sort_key(self, expense: Expense, field: str) -> Any:
        if field == "date":
            return expense.date.toordinal() * 1_000_000 + expense.id  # one number: Qt sorts it
        if field == "amount":
            return expense.amount
        return self._text(expense, field).casefold()


BUDGET_HEADERS = ("Budget line", "Kind", "Account", "Phase", "Amount")
BUDGET_TIPS = (
    "What the money is for",
    "Budget, Contingency reserve (for known risks) or Management reserve (for the unknown)",
    "The cost account it budgets; empty: any. A new name adds the account",
    "The phase (or any task) it budgets, by ID or name; empty: the project",
    "The amount budgeted",
)


class BudgetLinesModel(RecordsModel):
    table = "budget_lines"
    fields = BUDGET_FIELDS
    headers = BUDGET_HEADERS
    tips = BUDGET_TIPS

    def _text(self, line: BudgetLine, field: str) -> str:
        project = self.session.project
        if field == "name":
            return line.name
        if field == "kind":
            return line.kind.label
        if field == "account":
            return account_name(project, line.account_id)
        if field == "phase":
            task = project.tasks.get(line.task_id) if line.task_id else None
            return task.name if task else ""
        return credit_money(line.amount, self.currency)

    def _edit_text(self, line: BudgetLine, field: str) -> str:
        if field == "amount":
            return plain_amount(line.amount)
        if field == "phase" and line.task_id in self.session.project.tasks:
            return str(self.session.schedule.outline.ids.id_of(line.task_id))
        return self._text(line, field)

    def _sort_key(self, line: BudgetLine, field: str) -> Any:
        return line.amount if field == "amount" else self._text(line, field).casefold()

    def _edit(self, line_id: int, field: str, text: str):
        return set_budget_field(self.session.schedule, line_id, field, text)
