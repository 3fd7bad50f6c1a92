"""The register table: a QTableView typed in place with the task table's habits.

Typing replaces a cell, Enter commits and moves down, Tab moves right, a refused
value is explained in a note beside the cell (the task table's RefusalNote), the
header sorts (click again for descending, a third time for the register's order)
and its right-click menu shows and hides columns.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from planner.ui.gantt.table.delegate import TaskDelegate
from planner.ui.gantt.table.refusal_note import RefusalNote
from planner.ui.risks.columns import COLUMNS, column_index
from planner.ui.risks.risk_model import RiskIdRole
from planner.ui.risks.risk_proxy import RiskProxy
from planner.ui.typed_table import TypedTableView

TITLE = column_index("title")


class RiskTable(TypedTableView):
    message = Signal(str, bool)  # status bar text, and whether it is a refusal
    info_requested = Signal(int)  # risk id

    def __init__(self, proxy: RiskProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.setObjectName("riskTable")
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.delegate = TaskDelegate(self)
        self.delegate.entered.connect(self._move_down)
        self.setItemDelegate(self.delegate)
        self.refusal_note = RefusalNote(self.viewport())
        self.setModel(proxy)
        self._setup_header()
        self.context_actions: list[QAction | None] = []
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.doubleClicked.connect(self._double_clicked)
        proxy.risk_model.refused.connect(self._refused)

    def _setup_header(self) -> None:
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        unit = self.fontMetrics().horizontalAdvance("0")
        for index, column in enumerate(COLUMNS):
            header.resizeSection(index, column.width * unit + 14)
            header.setSectionHidden(index, not column.shown)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)

    # -- risks and selection ---------------------------------------------------------
    def current_risk_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(RiskIdRole) if index.isValid() else None

    def selected_risk_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.selectionModel().selectedIndexes()})
        if not rows:
            current = self.current_risk_id()
            return [] if current is None else [current]
        return [self.proxy.index(r, 0).data(RiskIdRole) for r in rows]

    def proxy_index(self, risk_id: int, column: int = TITLE) -> QModelIndex:
        return self.proxy.mapFromSource(self.proxy.risk_model.index_of(risk_id, column))

    def select_risk(self, risk_id: int, column: int = TITLE) -> bool:
        index = self.proxy_index(risk_id, column)
        if not index.isValid():
            return False
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)
        return True

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.proxy.rowCount() == 0:
            if self.proxy.risk_model.rowCount() == 0:
                text = "No risks yet.\nPress Insert to add one, or use Import Risk Register in the Edit menu."
            else:
                text = "No risk matches the filter."
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(12, 24, -12, 0), Qt.AlignmentFlag.AlignHCenter, text)
            painter.end()

    # -- keys and feedback -----------------------------------------------------------
    def _refused(self, risk_id: int, column: int, text: str) -> None:
        self.report(text, self.proxy_index(risk_id, column))

    def _header_menu(self, position: QPoint) -> None:
        header = self.horizontalHeader()
        menu = QMenu(self)
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            action = menu.addAction(COLUMNS[logical].title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(logical))
            action.setEnabled(COLUMNS[logical].key != "title")
            action.toggled.connect(lambda shown, i=logical: header.setSectionHidden(i, not shown))
        menu.exec(header.mapToGlobal(position))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and COLUMNS[index.column()].field is None:
            self.info_requested.emit(index.data(RiskIdRole))
