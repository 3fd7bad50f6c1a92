"""Which risks the register shows and in what order: a filter by kind and status, a search, a heat-map cell."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from planner.core.risk.entities import RiskKind, RiskStatus
from planner.core.risk.register import DUE_SOON_DAYS, Cell, RiskLine, review_day
from planner.core.risk.scoring import HIGH_SCORE
from planner.ui.risks.risk_model import LineRole, RiskModel, SortRole


class RiskFilter(StrEnum):
    ALL = "All risks"
    OPEN = "Open risks"
    THREATS = "Open threats"
    OPPORTUNITIES = "Open opportunities"
    HIGH = "Red risks (score 15+)"
    REVIEW_DUE = "Reviews due or overdue"
    CLOSED = "Closed and occurred"


def shows(kind: RiskFilter, line: RiskLine, today: date) -> bool:
    risk = line.risk
    is_open = risk.status is RiskStatus.OPEN
    if kind is RiskFilter.ALL:
        return True
    if kind is RiskFilter.OPEN:
        return is_open
    if kind is RiskFilter.THREATS:
        return is_open and risk.kind is RiskKind.THREAT
    if kind is RiskFilter.OPPORTUNITIES:
        return is_open and risk.kind is RiskKind.OPPORTUNITY
    if kind is RiskFilter.HIGH:
        return is_open and line.score >= HIGH_SCORE
    if kind is RiskFilter.REVIEW_DUE:
        return is_open and risk.review is not None and (risk.review - today).days <= DUE_SOON_DAYS
    return not is_open


class RiskProxy(QSortFilterProxyModel):
    def __init__(self, model: RiskModel) -> None:
        super().__init__()
        self.risk_model = model
        self.kind = RiskFilter.ALL
        self.text = ""
        self.cell: Cell | None = None
        self.residual = False  # the cell is one of the residual map's
        self.setSourceModel(model)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)

    def set_filter(self, kind: RiskFilter | None = None, text: str | None = None) -> None:
        self.beginFilterChange()
        if kind is not None:
            self.kind = RiskFilter(kind)  # a combo box's item data comes back as plain text
        if text is not None:
            self.text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_cell(self, cell: Cell | None, residual: bool = False) -> None:
        self.beginFilterChange()
        self.cell, self.residual = cell, residual
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        line: RiskLine = self.risk_model.index(row, 0).data(LineRole)
        if line is None:
            return False
        today = review_day(self.risk_model.session.project, date.today())
        if not shows(self.kind, line, today):
            return False
        if self.cell is not None:
            if line.risk.status is not RiskStatus.OPEN:
                return False
            if (line.residual_cell if self.residual else line.cell) != self.cell:
                return False
        if self.text:
            found = " ".join((f"r{line.risk.id}", line.risk.title, line.owner, line.category)).lower()
            return self.text in found
        return True

    def lessThan(self, left, right) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)
