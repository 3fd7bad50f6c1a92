"""Two table views over one model, scrolling as one: frozen columns on the left, the timescale right.

The usage view's names stay put while its periods scroll sideways, as MS Project's
usage views do; both share the model, the selection and the vertical scroll bar.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QWidget


def _table() -> QTableView:
    view = QTableView()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    return view


class FrozenTable(QSplitter):
    def __init__(self, model: QAbstractItemModel, frozen: int, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.frozen = frozen
        self.left, self.right = _table(), _table()
        for view in (self.left, self.right):
            view.setModel(model)
        self.right.setSelectionModel(self.left.selectionModel())
        self.left.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.left.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # rows stay level
        self.left.verticalScrollBar().valueChanged.connect(self.right.verticalScrollBar().setValue)
        self.right.verticalScrollBar().valueChanged.connect(self.left.verticalScrollBar().setValue)
        self.addWidget(self.left)
        self.addWidget(self.right)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        height = 2 * self.left.fontMetrics().height() + 10  # two lines of title, the same on both sides
        for view in (self.left, self.right):
            view.horizontalHeader().setFixedHeight(height)
        self.left.horizontalHeader().setStretchLastSection(False)
        model.modelReset.connect(self.split_columns)
        self.split_columns()

    def split_columns(self) -> None:
        """The left view shows the frozen columns, the right one the rest."""
        count = self.left.model().columnCount()
        for column in range(count):
            self.left.setColumnHidden(column, column >= self.frozen)
            self.right.setColumnHidden(column, column < self.frozen)
