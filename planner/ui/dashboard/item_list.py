"""A titled list of dashboard items; a click or Enter on one asks for the tab and row it comes from."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.ui.dashboard.colours import LATE, MUTED, card_style

TableRole = Qt.ItemDataRole.UserRole
RecordRole = Qt.ItemDataRole.UserRole + 1
ROWS_SHOWN = 5


@dataclass(frozen=True)
class Item:
    table: str  # where it comes from: "tasks", "risks", "action_items", ...
    record_id: int  # its Unique ID there
    texts: tuple[str, ...]
    late: bool = False  # `late_column` in red (the date or slip that is late)
    late_column: int = 0
    tip: str = ""


class ItemTree(QTreeWidget):
    chosen = Signal(str, int)

    def __init__(self, headers: tuple[str, ...], stretch: tuple[int, ...], empty: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.empty = empty
        self.setHeaderLabels(list(headers))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.header()
        header.setStretchLastSection(False)
        for column in range(len(headers)):
            mode = QHeaderView.ResizeMode.Stretch if column in stretch else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        self.itemClicked.connect(self._choose)
        self.itemActivated.connect(self._choose)
        rows = self.fontMetrics().height() + 4
        self.setMinimumHeight(header.sizeHint().height() + ROWS_SHOWN * rows + 4)

    def sizeHint(self) -> QSize:
        """As tall as its minimum: the page's scroll area gives the lists what room is left."""
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def _choose(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.chosen.emit(item.data(0, TableRole), item.data(0, RecordRole))

    def show_items(self, items: list[Item]) -> None:
        self.clear()
        for found in items:
            item = QTreeWidgetItem(self, list(found.texts))
            item.setData(0, TableRole, found.table)
            item.setData(0, RecordRole, found.record_id)
            if found.late:
                item.setForeground(found.late_column, QBrush(QColor(LATE)))
            for column in range(len(found.texts)):
                item.setToolTip(column, found.tip or found.texts[column])

    def texts(self) -> list[list[str]]:
        return [
            [self.topLevelItem(r).text(c) for c in range(self.columnCount())] for r in range(self.topLevelItemCount())
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.topLevelItemCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, 0), Qt.AlignmentFlag.AlignHCenter, self.empty)
            painter.end()


class ItemList(QFrame):
    """A card: a title with a count, and the items under it."""

    def __init__(self, title: str, headers: tuple[str, ...], stretch: tuple[int, ...], empty: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.title = title
        self.setObjectName("list" + "".join(w.capitalize() for w in title.split()))
        self.setStyleSheet(card_style(self.objectName()))
        self.heading = QLabel(title, self)
        self.heading.setStyleSheet("font-weight: 700; font-size: 10.5pt;")
        self.tree = ItemTree(headers, stretch, empty, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)

    def show_items(self, items: list[Item], total: int | None = None) -> None:
        count = len(items) if total is None else total
        colour = MUTED
        self.heading.setText(f"{self.title}  <span style='color:{colour}; font-weight:400'>{count}</span>")
        self.tree.show_items(items)
