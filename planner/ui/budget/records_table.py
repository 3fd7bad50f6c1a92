"""A table of lines typed in place with the task table's habits: the ledger, the budget lines.

Typing replaces a cell, Enter commits and moves down, Tab moves right, a refusal shows in
a note beside the cell; a click on a header sorts (the lines themselves keep their order).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from planner.ui.budget.ledger_model import RecordsModel, RowIdRole, SortRole
from planner.ui.gantt.table.delegate import TaskDelegate
from planner.ui.gantt.table.refusal_note import RefusalNote


class RecordsTable(QTableView):
    def __init__(self, model: RecordsModel, widths: tuple[int, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setDynamicSortFilter(True)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.verticalHeader().hide()
        self.delegate = TaskDelegate(self)
        self.delegate.entered.connect(self._move_down)
        self.setItemDelegate(self.delegate)
        header = self.horizontalHeader()
        unit = self.fontMetrics().horizontalAdvance("0")
        for column, width in enumerate(widths):
            header.resizeSection(column, width * unit + 12)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.refusal_note = RefusalNote(self.viewport())
        model.refused.connect(self._refused)

    def _move_down(self) -> None:
        current = self.currentIndex()
        below = current.sibling(current.row() + 1, current.column())
        if below.isValid():
            self.setCurrentIndex(below)

    def _refused(self, row: int, column: int, why: str) -> None:
        index = self.proxy.mapFromSource(self.records.index(row, column))
        self.refusal_note.show_beside(self.visualRect(index), why)

    def selected_ids(self) -> list[int]:
        """The lines of the selected cells, top to bottom, or the current line."""
        rows = {i.row() for i in self.selectionModel().selectedIndexes()}
        if not rows and self.currentIndex().isValid():
            rows = {self.currentIndex().row()}
        return [self.proxy.index(r, 0).data(RowIdRole) for r in sorted(rows)]

    def select_id(self, record_id: int, column: int = 0) -> None:
        source = self.records.index(self.records.row_of(record_id), column)
        index = self.proxy.mapFromSource(source)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def index_of(self, record_id: int, column: int) -> QModelIndex:
        return self.proxy.mapFromSource(self.records.index(self.records.row_of(record_id), column))
