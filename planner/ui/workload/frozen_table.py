"""Two table views scrolling as one: frozen columns on the left, the timescale on the right.

The usage view's names stay put while its periods scroll sideways, as MS Project's usage
views do. The left view sees only the frozen columns (a proxy that hides the rest: a view
with a thousand hidden columns still walks them on every paint); the two share the
vertical scroll bar and the current row.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QIdentityProxyModel, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QWidget

ROWS = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class _FirstColumns(QIdentityProxyModel):
    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else min(self.count, self.sourceModel().columnCount())


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
        self.model = model
        self.left, self.right = _table(), _table()
        self.proxy = _FirstColumns(frozen)
        self.proxy.setSourceModel(model)
        self.left.setModel(self.proxy)
        self.right.setModel(model)
        self.left.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.left.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # rows stay level
        self.left.verticalScrollBar().valueChanged.connect(self.right.verticalScrollBar().setValue)
        self.right.verticalScrollBar().valueChanged.connect(self.left.verticalScrollBar().setValue)
        self.left.selectionModel().currentRowChanged.connect(lambda current, _old: self._follow(self.right, current))
        self.right.selectionModel().currentRowChanged.connect(lambda current, _old: self._follow(self.left, current))
        height = 2 * self.left.fontMetrics().height() + 10  # two lines of title, the same on both sides
        for view in (self.left, self.right):
            view.horizontalHeader().setFixedHeight(height)
        self.left.horizontalHeader().setStretchLastSection(False)
        self.addWidget(self.left)
        self.addWidget(self.right)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        model.modelReset.connect(self.split_columns)
        self.split_columns()

    def split_columns(self) -> None:
        """The right view shows the periods only."""
        for column in range(min(self.frozen, self.model.columnCount())):
            self.right.setColumnHidden(column, True)

    def _follow(self, view: QTableView, current: QModelIndex) -> None:
        """Make `current`'s row the other view's current row too."""
        if not current.isValid() or view.currentIndex().row() == current.row():
            return
        target = view.model().index(current.row(), max(view.currentIndex().column(), 0))
        view.selectionModel().setCurrentIndex(target, ROWS)

    def current_row(self) -> int:
        return self.left.currentIndex().row()

    def set_current_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        self.left.selectionModel().setCurrentIndex(index, ROWS)
        self.left.scrollTo(index)
