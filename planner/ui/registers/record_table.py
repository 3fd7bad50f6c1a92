"""A register's table: a QTableView typed in place with the task table's habits.

Typing replaces a cell, Enter commits and moves down, Tab moves right, F2 edits; a
refused value is explained in a note beside the cell (the task table's RefusalNote).
The header sorts (click again for descending, a third time for the register's
order), its right-click menu shows and hides columns, and `save_state`/`restore_state`
keep widths, order and hidden columns. Double-click on a TASK cell asks to show the
task (`task_requested`); any other cell edits. An empty table says what to do.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from planner.core.records.spec import Kind
from planner.ui.gantt.table.refusal_note import RefusalNote
from planner.ui.registers.record_delegate import RecordDelegate
from planner.ui.registers.record_model import ID_COLUMN, RecordIdRole, RecordRole
from planner.ui.registers.record_proxy import RecordProxy
from planner.ui.typed_table import TypedTableView

ID_WIDTH = 5  # characters: "CI123"


class RecordTable(TypedTableView):
    message = Signal(str, bool)  # status bar text, and whether it is a refusal
    task_requested = Signal(int)  # a TASK cell was double-clicked: the task's Unique ID

    def __init__(self, proxy: RecordProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.model_ = proxy.record_model
        spec = self.model_.spec
        self.setObjectName(f"{spec.table}Table")
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.delegate = RecordDelegate(self.model_, self)
        self.delegate.entered.connect(self._move_down)
        self.setItemDelegate(self.delegate)
        self.refusal_note = RefusalNote(self.viewport())
        self.setModel(proxy)
        # a detail table says which parent to choose instead (RegisterPage.narrow_to)
        self.empty_hint = f"No {spec.plural} yet.\nPress Insert to add one, or import a CSV/XLSX file."
        self.filtered_hint = f"No {spec.singular} matches the filter or the find text."
        self._setup_header()
        self.context_actions: list[QAction | None] = []
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.doubleClicked.connect(self._double_clicked)
        self.model_.refused.connect(self._refused)

    def _setup_header(self) -> None:
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setStretchLastSection(True)
        self.setSortingEnabled(True)
        self.default_state = QByteArray()
        unit = self.fontMetrics().horizontalAdvance("0")
        header.resizeSection(ID_COLUMN, ID_WIDTH * unit + 14)
        for column in range(1, self.model_.columnCount()):
            field = self.model_.field_at(column)
            header.resizeSection(column, field.width * unit + 14)
            header.setSectionHidden(column, not field.shown)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)

    # -- layout kept between runs ---------------------------------------------------
    def save_state(self) -> QByteArray:
        return self.horizontalHeader().saveState()

    def restore_state(self, state: QByteArray | None) -> None:
        if state is not None:
            header = self.horizontalHeader()
            header.restoreState(state)
            header.setSectionHidden(self.model_.title_column, False)  # the title always shows

    def hidden_columns(self) -> list[str]:
        """The keys of the fields whose columns are hidden (what a test or a user checks)."""
        header = self.horizontalHeader()
        return [self.model_.field_at(c).key for c in range(1, self.model_.columnCount()) if header.isSectionHidden(c)]

    def set_column_shown(self, key: str, shown: bool) -> None:
        self.horizontalHeader().setSectionHidden(self.model_.column_of(key), not shown)

    # -- records and selection ---------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(RecordIdRole) if index.isValid() else None

    def current_record(self):
        index = self.currentIndex()
        return index.data(RecordRole) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        """The records of the selected rows, in the order shown; the current one when nothing is selected."""
        rows = sorted({i.row() for i in self.selectionModel().selectedIndexes()})
        if not rows:
            current = self.current_id()
            return [] if current is None else [current]
        return [self.proxy.index(r, 0).data(RecordIdRole) for r in rows]

    def proxy_index(self, record_id: int, column: int | None = None) -> QModelIndex:
        column = self.model_.title_column if column is None else column
        return self.proxy.mapFromSource(self.model_.index_of(record_id, column))

    def select_record(self, record_id: int, column: int | None = None) -> bool:
        index = self.proxy_index(record_id, column)
        if not index.isValid():
            return False
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)
        return True

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.proxy.rowCount() == 0:
            text = self.filtered_hint if self.proxy.total() else self.empty_hint
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(12, 24, -12, 0), Qt.AlignmentFlag.AlignHCenter, text)
            painter.end()

    # -- keys and feedback ---------------------------------------------------------------
    def _refused(self, record_id: int, column: int, text: str) -> None:
        self.report(text, self.proxy_index(record_id, column))

    def header_menu(self) -> QMenu:
        """The columns, checked when shown; the title column cannot be hidden."""
        header = self.horizontalHeader()
        menu = QMenu(self)
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            title = self.model_.headerData(logical, Qt.Orientation.Horizontal)
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(logical))
            action.setEnabled(logical != self.model_.title_column)
            action.toggled.connect(lambda shown, i=logical: header.setSectionHidden(i, not shown))
        return menu

    def _header_menu(self, position: QPoint) -> None:
        self.header_menu().exec(self.horizontalHeader().mapToGlobal(position))

    def _double_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        field = self.model_.field_at(self.proxy.mapToSource(index).column())
        record = index.data(RecordRole)
        if field is not None and field.kind is Kind.TASK and getattr(record, field.key) is not None:
            self.task_requested.emit(getattr(record, field.key))
        elif field is not None:
            self.edit(index)
