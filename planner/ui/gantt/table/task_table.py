"""The task table: a QTreeView edited in place with MS Project's habits.

Typing replaces a cell, Enter commits and moves down, Tab moves right, the tree
lines sit in the Name column. The table shows the proxy (sort and filter) over the
one TaskModel; the Gantt chart beside it reads the same rows through this view.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QMenu, QTreeView, QWidget

from planner.core.communication.registers import ACTIONS
from planner.core.edits.assignment_edits import assign_creating
from planner.core.resources.names import UnknownResources
from planner.ui.gantt.roles import TaskIdRole
from planner.ui.gantt.table import meeting_columns, questions
from planner.ui.gantt.table.columns import COLUMNS, column_index
from planner.ui.gantt.table.delegate import IndicatorDelegate, TaskDelegate
from planner.ui.gantt.table.gate_indicator import gate_warnings_of
from planner.ui.gantt.table.refusal_note import RefusalNote
from planner.ui.gantt.table.task_model import TaskModel
from planner.ui.gantt.table.task_proxy import TaskProxy
from planner.ui.meetings.reveal import reveal_in_window

NAME = column_index("name")
INDICATORS = column_index("indicators")
INFO_COLUMNS = (column_index("id"), INDICATORS)
ACTION_COLUMN = column_index(meeting_columns.KEY)


class TaskTable(QTreeView):
    message = Signal(str, bool)  # text for the status bar, and whether it is a refusal
    info_requested = Signal(int)  # task id: open Task information
    checklist_requested = Signal(int)  # checklist id: a gate warning was double-clicked or entered

    def __init__(self, proxy: TaskProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.setObjectName("taskTable")
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setAllColumnsShowFocus(False)
        self.setTreePosition(NAME)
        self.setIndentation(14)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Always there, like the chart's: both viewports then end at the same height, row for row.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.delegate = TaskDelegate(self)
        self.indicator_delegate = IndicatorDelegate(self)
        for delegate in (self.delegate, self.indicator_delegate):
            delegate.entered.connect(self._move_down)
        self.setItemDelegate(self.delegate)
        self.setItemDelegateForColumn(column_index("indicators"), self.indicator_delegate)
        self.refusal_note = RefusalNote(self.viewport())
        self.setModel(proxy)  # after the settings above: each would otherwise lay the rows out again
        self._setup_header()
        self.doubleClicked.connect(self._double_clicked)
        self.context_actions: list[QAction | None] = []  # set by the window: its Edit menu's task actions
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.header().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header().customContextMenuRequested.connect(self._header_menu)
        self.task_model.refused.connect(self._refused)
        # Queued: the question comes once the cell's editor has closed.
        self.task_model.unknownResources.connect(self._unknown_resources, Qt.ConnectionType.QueuedConnection)
        self.task_model.notice.connect(lambda text: self.message.emit(text, False))
        self.task_model.scheduleChanged.connect(self.viewport().update)
        proxy.rowsInserted.connect(self._expand_new)
        proxy.rowsMoved.connect(lambda _p, _f, _l, parent, _r: self.expand(parent))
        self.expandAll()

    @property
    def task_model(self) -> TaskModel:
        return self.proxy.task_model

    def _setup_header(self) -> None:
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setFirstSectionMovable(False)
        header.setHighlightSections(False)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        unit = self.fontMetrics().horizontalAdvance("0")
        for index, column in enumerate(COLUMNS):
            header.resizeSection(index, column.width * unit + 12)
            header.setSectionHidden(index, not column.shown)
        header.setSectionResizeMode(column_index("indicators"), QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column_index("indicators"), 3 * 15 + 6)
        header.setMinimumSectionSize(24)

    # -- tasks and selection -------------------------------------------------------
    def current_task_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(TaskIdRole) if index.isValid() else None

    def selected_task_ids(self) -> list[int]:
        """The tasks of the selected cells in table order, or the current task if none is selected."""
        rows = {i.siblingAtColumn(0) for i in self.selectionModel().selectedIndexes()}
        if not rows:
            current = self.current_task_id()
            return [] if current is None else [current]
        found = [i.data(TaskIdRole) for i in self.in_table_order(rows)]
        return [t for t in found if t is not None]  # not the entry row

    def in_table_order(self, rows: set[QModelIndex]) -> list[QModelIndex]:
        """Walk the visible rows from the top; fall back to a walk of the proxy for collapsed rows."""
        found: list[QModelIndex] = []
        index = self.proxy.index(0, 0)
        while index.isValid() and len(found) < len(rows):
            if index in rows:
                found.append(index)
            index = self.indexBelow(index)
        return found + [i for i in rows if i not in found]

    def proxy_index(self, task_id: int, column: int = NAME) -> QModelIndex:
        return self.proxy.mapFromSource(self.task_model.index_of(task_id, column))

    def select_task(self, task_id: int, column: int = NAME) -> None:
        """Make the task's cell current and selected, opening its summaries and scrolling to its row.

        The table keeps its sideways position: jumping to a task should not hide the ID column.
        """
        index = self.proxy_index(task_id, column)
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        sideways = self.horizontalScrollBar().value()
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)
        self.horizontalScrollBar().setValue(sideways)

    def paintEvent(self, event: QPaintEvent) -> None:
        """An empty table says how to fill it, rather than showing nothing."""
        super().paintEvent(event)
        if self.proxy.rowCount() <= 1:  # the entry row alone
            if self.task_model.rowCount() <= 1:
                text = "No tasks yet.\nType a name in the first row, press Insert, or use File > Import Tasks."
            else:
                text = "No task matches the filter."
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            below = self.visualRect(self.proxy.index(0, 0)).bottom() + 24
            painter.drawText(self.viewport().rect().adjusted(12, below, -12, 0), Qt.AlignmentFlag.AlignHCenter, text)
            painter.end()

    # -- keys and feedback ---------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            if not self._open_gate(self.currentIndex()):
                self._move_down()
            return
        super().keyPressEvent(event)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Tab and Shift+Tab move along the row (QTreeView would move down), stopping at its ends."""
        Action = QAbstractItemView.CursorAction
        if action not in (Action.MoveNext, Action.MovePrevious):
            return super().moveCursor(action, modifiers)
        current = self.currentIndex()
        header = self.header()
        step = 1 if action == Action.MoveNext else -1
        visual = header.visualIndex(current.column()) + step
        while 0 <= visual < header.count() and header.isSectionHidden(header.logicalIndex(visual)):
            visual += step
        if not current.isValid() or not 0 <= visual < header.count():
            return current
        return current.siblingAtColumn(header.logicalIndex(visual))

    def commit_open_editor(self) -> None:
        """Take what is typed in an open cell editor, as leaving the cell would (before closing the project)."""
        editor = self.indexWidget(self.currentIndex()) if self.state() == self.State.EditingState else None
        if editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _move_down(self) -> None:
        current = self.currentIndex()
        below = self.indexBelow(current)
        if below.isValid():
            target = below.siblingAtColumn(current.column())
            self.selectionModel().setCurrentIndex(target, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _context_menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        if index.isValid() and not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        menu = QMenu(self)
        for action in self.context_actions:
            menu.addSeparator() if action is None else menu.addAction(action)
        if not menu.isEmpty():
            menu.exec(self.viewport().mapToGlobal(position))

    def _header_menu(self, position: QPoint) -> None:
        """Right-click on the header: tick the columns to show (MS Project's Insert Column, simplified)."""
        header = self.header()
        menu = QMenu(self)
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            column = COLUMNS[logical]
            action = menu.addAction(column.title or "Indicators")
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(logical))
            action.setEnabled(column.key != "name")
            action.toggled.connect(lambda shown, i=logical: header.setSectionHidden(i, not shown))
        menu.exec(header.mapToGlobal(position))

    def _open_gate(self, index: QModelIndex) -> bool:
        """A gate warning's cell opens the gate's (first) checklist; False for any other cell."""
        task_id = index.data(TaskIdRole) if index.isValid() and index.column() == INDICATORS else None
        warnings = gate_warnings_of(self.task_model.facts, task_id) if task_id is not None else []
        if warnings:
            self.checklist_requested.emit(warnings[0].checklist_id)
        return bool(warnings)

    def _double_clicked(self, index: QModelIndex) -> None:
        if self._open_gate(index):
            return
        task_id = index.data(TaskIdRole)
        if index.column() in INFO_COLUMNS and task_id is not None:
            self.info_requested.emit(task_id)
        elif index.column() == ACTION_COLUMN and task_id is not None:
            self._open_action(task_id)

    def _open_action(self, task_id: int) -> None:
        """Double-click on the Action cell: the action on the Meetings page, as its Task cell leads back here."""
        action_id = meeting_columns.first_action(self.task_model.facts, task_id)
        if action_id is None:
            return
        if not reveal_in_window(self.window(), "action_items", action_id):
            self.message.emit(f"{ACTIONS.label(action_id)} is on the Stakeholders tab's Meetings page", False)

    def _refused(self, task_id: int, column: int, text: str) -> None:
        self.report(text, self.proxy_index(task_id, column))

    def _unknown_resources(self, task_id: int, column: int, text: str, names: list[str]) -> None:
        """Resource Names named people who are not resources: ask, then create and assign in one step."""
        index = self.proxy_index(task_id, column)
        if not questions.ask_create_resources(self, names):
            self.report(str(UnknownResources(names)), index)
            return
        session = self.task_model.session
        session.attempt(lambda p: assign_creating(p, task_id, text, names), lambda why: self.report(why, index))

    def report(self, text: str, index: QModelIndex | None = None) -> None:
        """A refusal shown where the user looks (beside the cell) and kept in the status bar."""
        index = self.currentIndex() if index is None else index
        self.message.emit(text, True)
        rect = self.visualRect(index) if index.isValid() else self.viewport().rect().adjusted(0, 0, 0, -40)
        self.refusal_note.show_beside(rect, text)

    def _expand_new(self, parent: QModelIndex, first: int, last: int) -> None:
        """New rows and their summary show open, as in MS Project."""
        self.expand(parent)
        for row in range(first, last + 1):
            self.expand(self.proxy.index(row, 0, parent))
