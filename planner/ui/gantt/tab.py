"""The Gantt tab's page: the filter strip over a splitter, task table on the left, chart on the right.

The chart (planner.ui.gantt.chart.view.GanttView) mirrors the table's rows and scrolling.
What the tab brings to the window (menus, status bar, settings) is in planner.ui.gantt.plugin.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from planner.ui.gantt.chart.view import GanttView
from planner.ui.gantt.roles import TaskIdRole
from planner.ui.gantt.table.columns import LAYOUT_KEY
from planner.ui.gantt.table.filter_bar import FilterBar
from planner.ui.gantt.table.task_commands import TaskCommands
from planner.ui.gantt.table.task_model import TaskModel
from planner.ui.gantt.table.task_proxy import TaskProxy
from planner.ui.gantt.table.task_table import TaskTable
from planner.ui.session import Session
from planner.ui.shell.settings import Settings

TABLE_SHARE = 0.6  # at most this much of the width goes to the table when nothing is remembered


class GanttTab(QWidget):
    message = Signal(str, bool)  # for the status bar: text, and whether it is a refusal
    info_requested = Signal(int)

    def __init__(self, session: Session, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.model = TaskModel(session, self)
        self.proxy = TaskProxy(self.model, self)
        self.table = TaskTable(self.proxy, self)
        self.commands = TaskCommands(self.table, session)
        self.filter_bar = FilterBar(self.proxy, self._go_to_first_match, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("ganttSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.chart = GanttView(self.table, session, self.splitter)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.table)  # the window focuses a tab's page when it opens
        self.table.message.connect(self.message)
        self.table.info_requested.connect(self.info_requested)
        self.chart.message.connect(self._chart_message)
        self.chart.taskActivated.connect(self.info_requested)
        self.restore_layout()

    def _chart_message(self, text: str) -> None:
        self.message.emit(text, False)

    def _go_to_first_match(self) -> None:
        """Enter in the search field: to the first task found, past the summaries kept for context."""
        index = self.proxy.index(0, 0)
        while index.isValid() and self.proxy.hasChildren(index):
            index = self.table.indexBelow(index)
        if index.isValid():
            self.table.select_task(index.data(TaskIdRole))
        self.table.setFocus()

    # -- layout persistence --------------------------------------------------------
    def restore_layout(self) -> None:
        header_state = self.settings.bytes(LAYOUT_KEY)
        if header_state is not None:
            self.table.header().restoreState(header_state)
            self.table.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        splitter_state = self.settings.bytes("gantt/splitter")
        self._split_pending = splitter_state is None or not self.splitter.restoreState(splitter_state)
        self.splitter.splitterMoved.connect(self._user_split)
        zoom = self.settings.zoom()
        if zoom is not None:
            self.chart.zoom = zoom

    def resizeEvent(self, event) -> None:
        """Until the user moves the splitter (or a split is remembered), the table gets its columns'
        width but never more than 60%: the chart needs room too."""
        super().resizeEvent(event)
        if self._split_pending and self.splitter.width() > 100:
            total = self.splitter.width() - self.splitter.handleWidth()
            header = self.table.header()
            shown = sum(header.sectionSize(i) for i in range(header.count()) if not header.isSectionHidden(i))
            table = min(shown + self.table.verticalScrollBar().sizeHint().width() + 4, round(total * TABLE_SHARE))
            self.splitter.setSizes([table, total - table])
            self.table.horizontalScrollBar().setValue(0)

    def _user_split(self, _position: int, _index: int) -> None:
        self._split_pending = False

    def save_layout(self) -> None:
        self.settings.set_bytes(LAYOUT_KEY, self.table.header().saveState())
        self.settings.set_bytes("gantt/splitter", self.splitter.saveState())
        self.settings.set_zoom(self.chart.zoom)
