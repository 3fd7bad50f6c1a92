"""Short lists beside the register: the top risks, and the reviews due or overdue. A click shows the risk."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from planner.core.risk.register import Review, RiskLine
from planner.core.risk.scoring import severity
from planner.ui.risks.risk_model import SEVERITY_BRUSH

OVERDUE = QColor("#c62828")


class RiskList(QTreeWidget):
    """A read-only list of risks; `chosen` carries the risk a click picked."""

    chosen = Signal(int)

    def __init__(self, headers: list[str], stretch: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(headers)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(False)
        for column in range(len(headers)):
            mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        self.itemClicked.connect(lambda item, _c: self.chosen.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        self.itemActivated.connect(lambda item, _c: self.chosen.emit(item.data(0, Qt.ItemDataRole.UserRole)))

    def _add(self, risk_id: int, texts: list[str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, texts)
        item.setData(0, Qt.ItemDataRole.UserRole, risk_id)
        return item

    def texts(self) -> list[list[str]]:
        return [
            [self.topLevelItem(r).text(c) for c in range(self.columnCount())] for r in range(self.topLevelItemCount())
        ]


class TopRisks(RiskList):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(["Score", "Top risks", "Owner"], 1, parent)

    def show_lines(self, lines: list[RiskLine]) -> None:
        self.clear()
        for line in lines:
            item = self._add(line.risk.id, [str(line.score), f"R{line.risk.id} {line.risk.title}", line.owner])
            item.setBackground(0, QBrush(SEVERITY_BRUSH[severity(line.score)]))
            item.setForeground(0, QBrush(QColor("#1a1a1a")))
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignCenter)
            item.setToolTip(1, line.risk.title)


class ReviewsDue(RiskList):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(["Due", "Review", "Risk", "Owner"], 2, parent)

    def show_reviews(self, reviews: list[Review]) -> None:
        self.clear()
        for review in reviews:
            line = review.line
            when = _when(review.days)
            item = self._add(line.risk.id, [when, line.risk.review.isoformat(), f"R{line.risk.id} {line.risk.title}",
                                            line.owner])  # fmt: skip
            if review.overdue:
                for column in range(2):
                    item.setForeground(column, QBrush(OVERDUE))


def _when(days: int) -> str:
    if days < 0:
        return f"overdue {-days} d"
    return "today" if days == 0 else f"in {days} d"
