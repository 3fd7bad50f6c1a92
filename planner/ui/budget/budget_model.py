"""The budget table's item model: budget, actual, remaining, forecast and variance per row.

Rows come from BudgetRows (by phase or by account); the model only maps them to Qt.
After an edit the costs are replaced and the view repaints: row contents are read when
painted, so an edit costs nothing per row. Only a change of the rows themselves (tasks
or accounts added, removed or moved) resets the model, and the table re-expands what
was expanded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from planner.core.cost import ProjectCosts
from planner.ui.budget.budget_rows import BudgetRows, Key
from planner.ui.budget.money import NO_EXCHANGE, money

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
HEADERS = ("", "Budget", "Actual", "Remaining", "Forecast", "Variance")
TIPS = (
    "",
    "What the budget lines give: a phase's lines and its subtasks', an account's lines",
    "Spent: expenses booked plus the work done at the resources' rates",
    "Still to spend: the work left at the rates, and fixed costs not yet spent",
    "Actual + remaining: what it will have cost at the end (MS Project's Cost)",
    "Budget - forecast: negative (red) is an overrun",
)
OVERRUN = QColor("#b71c1c")
KeyRole = Qt.ItemDataRole.UserRole + 40


class BudgetModel(QAbstractItemModel):
    def __init__(self, view: str, parent=None) -> None:
        super().__init__(parent)
        self.rows = BudgetRows(view)
        self.currency = "EUR"
        self._ids: dict[Key, int] = {}
        self._keys: list[Key] = []
        self._parents: dict[Key, Key | None] = {}
        self._children: dict[Key | None, list[Key]] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- following the costs ----------------------------------------------------------
    def set_costs(self, costs: ProjectCosts) -> bool:
        """Show `costs`; True when the rows changed and the model was reset."""
        old = self.rows.costs
        self.rows.costs = costs
        self.currency = costs.schedule.project.currency
        same = old is not None and all(self.rows.children(k) == kids for k, kids in self._children.items())
        if same:
            return False
        self.beginResetModel()
        self._children.clear()
        self._parents.clear()
        self.endResetModel()
        return True

    def _kids(self, key: Key | None) -> list[Key]:
        found = self._children.get(key)
        if found is None:
            found = self._children[key] = self.rows.children(key)
            for child in found:
                self._parents[child] = key
        return found

    def _id(self, key: Key) -> int:
        found = self._ids.get(key)
        if found is None:
            found = self._ids[key] = len(self._keys)
            self._keys.append(key)
        return found

    def key_of(self, index: Index) -> Key | None:
        return self._keys[index.internalId()] if index.isValid() else None

    def index_of(self, key: Key) -> QModelIndex:
        parent = self._parents.get(key)
        if key not in self._parents:
            return QModelIndex()
        row = self._kids(parent).index(key)
        return self.createIndex(row, 0, self._id(key))

    # -- the model ---------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        kids = self._kids(self.key_of(parent))
        if not 0 <= row < len(kids) or not 0 <= column < len(HEADERS):
            return QModelIndex()
        return self.createIndex(row, column, self._id(kids[row]))

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        owner = self._parents.get(self._keys[index.internalId()])
        if owner is None:
            return QModelIndex()
        grand = self._parents.get(owner)
        return self.createIndex(self._kids(grand).index(owner), 0, self._id(owner))

    def rowCount(self, parent: Index = ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._kids(self.key_of(parent)))

    def columnCount(self, parent: Index = ROOT) -> int:
        return len(HEADERS)

    def hasChildren(self, parent: Index = ROOT) -> bool:
        if not parent.isValid():
            return True
        return parent.column() == 0 and self.rows.has_children(self._keys[parent.internalId()])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.rows.costs is None:
            return None
        key = self._keys[index.internalId()]
        if role == KeyRole:
            return key
        row = self.rows.row(key)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.label
            if row.only_budget and column > 1:
                return ""
            figures = row.figures
            if column in (1, 5) and not figures.budget and key[0] in ("task", "in", "level"):
                return ""  # a task with no budget line of its own or below has no variance either
            amount = (figures.budget, figures.actual, figures.remaining, figures.forecast, figures.variance)[column - 1]
            return money(amount, self.currency)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.strong:
            return self._bold
        overrun = not row.only_budget and round(row.figures.variance) < 0 and bool(row.figures.budget)
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and overrun:
            return QBrush(OVERRUN)
        if role == Qt.ItemDataRole.ToolTipRole and column > 0:
            return f"{TIPS[column]}. {NO_EXCHANGE.format(currency=self.currency)}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section] or ("Phase" if self.rows.view == "phase" else "Cost account")
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            return f"{TIPS[section]}. {NO_EXCHANGE.format(currency=self.currency)}"
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
