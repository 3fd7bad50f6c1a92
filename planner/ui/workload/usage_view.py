"""The Resource Usage view: each person with their assignments beneath, work per period against
capacity, over-allocated periods in red, and the resource graph of the selected person below.

The timescale zooms between days, weeks and months (the combo box, or Ctrl+plus and
Ctrl+minus while the view has the focus). Double-click a person, or press Enter on
them, to fold or unfold their assignments.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from planner.core.resources.periods import Granularity
from planner.core.resources.usage import Usage
from planner.ui.session import Session
from planner.ui.workload.frozen_table import FrozenTable
from planner.ui.workload.graph_panel import GraphPanel
from planner.ui.workload.period_delegate import PeriodDelegate
from planner.ui.workload.usage_model import FIRST_PERIOD, KindRole, ResourceIdRole, UsageModel
from planner.ui.workload.usage_rows import RESOURCE, UsageRows

ZOOMS = (Granularity.DAY, Granularity.WEEK, Granularity.MONTH)
COLUMN_WIDTH = {Granularity.DAY: 56, Granularity.WEEK: 60, Granularity.MONTH: 70}
ZOOM_NAMES = {Granularity.DAY: "Days", Granularity.WEEK: "Weeks", Granularity.MONTH: "Months"}
MARGIN_DAYS = 14  # periods shown before the first and after the last assignment


class UsageView(QWidget):
    title = "Usage"  # its tab in the Resources tab
    selected_resource = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.granularity = Granularity.WEEK
        self.collapsed: set[int] = set()
        self.usage: Usage | None = None
        self.model = UsageModel()
        self.zoom = QComboBox()
        self.zoom.addItems([ZOOM_NAMES[g] for g in ZOOMS])
        self.zoom.setCurrentIndex(ZOOMS.index(self.granularity))
        self.zoom.currentIndexChanged.connect(lambda i: self.set_granularity(ZOOMS[i]))
        self.table = FrozenTable(self.model, FIRST_PERIOD)
        self.cells = PeriodDelegate(self.model)
        self.table.right.setItemDelegate(self.cells)
        self.graph = GraphPanel()
        self._build_layout()
        self._wire()
        self._stale = QTimer(self, singleShot=True, interval=0)
        self._stale.timeout.connect(self._refresh_if_shown)
        self._dirty = True  # worked out when first shown: opening a file costs nothing here
        session.changed.connect(lambda _changes: self._stale.start())

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Timescale:"))
        bar.addWidget(self.zoom)
        bar.addStretch(1)
        self.legend = QLabel("Red: more work than the person's max units allow in the period")
        self.legend.setWordWrap(True)  # a long line must not set the window's minimum width
        bar.addWidget(self.legend)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.graph)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.table.setSizes([312, 900])

    def _wire(self) -> None:
        left, right = self.table.left, self.table.right
        for view in (left, right):
            view.activated.connect(self._toggle)  # a double-click, or Enter
        left.selectionModel().currentRowChanged.connect(self._row_changed)
        right.horizontalScrollBar().valueChanged.connect(lambda _v: self.graph.later(self._graph_range))
        for keys, step in ((QKeySequence.StandardKey.ZoomIn, -1), (QKeySequence.StandardKey.ZoomOut, 1)):
            shortcut = QShortcut(keys, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step_zoom(step))

    # -- what the user does ------------------------------------------------------
    def set_granularity(self, granularity: Granularity) -> None:
        if granularity is self.granularity:
            return
        day = self._first_visible_day()
        self.granularity = granularity
        self.zoom.setCurrentIndex(ZOOMS.index(granularity))
        self.refresh()
        if day is not None:
            self.scroll_to(day)

    def step_zoom(self, step: int) -> None:
        """Zoom in (-1: towards days) or out (+1: towards months)."""
        index = max(0, min(len(ZOOMS) - 1, ZOOMS.index(self.granularity) + step))
        self.set_granularity(ZOOMS[index])

    def _toggle(self, index: QModelIndex) -> None:
        if index.data(KindRole) != RESOURCE:
            return
        rid = index.data(ResourceIdRole)
        self.collapsed ^= {rid}
        self.refresh()
        self.select_resource(rid)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            rid = current.data(ResourceIdRole)
            self.graph.show_resource(rid)
            self.graph.later(self._graph_range)
            self.selected_resource.emit(rid)

    # -- what the view shows -----------------------------------------------------
    def _refresh_if_shown(self) -> None:
        """After an edit: refresh now if the view is on screen, else when it is next shown (an edit
        made in the Gantt tab costs nothing here)."""
        self._dirty = not self.isVisible()
        if not self._dirty:
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self._dirty = False
            self.refresh()

    def refresh(self) -> None:
        """Rebuild from the session's current schedule (after an edit, a zoom or a fold)."""
        selected = self.current_resource()
        self.usage = Usage(self.session.schedule)
        first, last = self._span()
        self.model.set_rows(UsageRows(self.usage, self.granularity, first, last, self.collapsed))
        header = self.table.right.horizontalHeader()
        header.setDefaultSectionSize(COLUMN_WIDTH[self.granularity])
        self.table.left.setColumnWidth(0, 230)
        self.table.left.setColumnWidth(1, 64)
        self.graph.set_usage(self.usage, self.granularity)
        if selected is not None and selected in self.session.project.resources:
            self.select_resource(selected)
        elif self.model.rowCount():
            self.table.set_current_row(0)
        self.graph.later(self._graph_range)

    def _span(self) -> tuple[date, date]:
        """The days shown: the assignments' span with a margin, else the project's."""
        span = self.usage.span if self.usage else None
        if span is None:
            start = self.session.project.start.date()
            span = (start, self.session.schedule.project_finish.date())
        return span[0] - timedelta(days=MARGIN_DAYS), span[1] + timedelta(days=MARGIN_DAYS)

    def current_resource(self) -> int | None:
        index = self.table.left.currentIndex()
        return index.data(ResourceIdRole) if index.isValid() else None

    def select_resource(self, resource_id: int) -> None:
        rows = self.model.source
        if rows is None:
            return
        for row, item in enumerate(rows.rows):
            if item.kind == RESOURCE and item.id == resource_id:
                self.table.set_current_row(row)
                return

    def scroll_to(self, day: date) -> None:
        """Bring the period holding `day` to the left edge of the timescale."""
        rows = self.model.source
        if rows is None or not rows.periods:
            return
        column = FIRST_PERIOD + rows.period_of(day)
        right = self.table.right
        right.horizontalScrollBar().setValue(right.columnViewportPosition(column) + right.horizontalOffset())

    def _first_visible_day(self) -> date | None:
        rows = self.model.source
        if rows is None:
            return None
        column = self.table.right.columnAt(0)
        return rows.period_start(column - FIRST_PERIOD) if column >= FIRST_PERIOD else None

    def _graph_range(self) -> tuple[date, date] | None:
        """The first and last day of the periods in view on the timescale (the graph follows them)."""
        rows = self.model.source
        if rows is None or not rows.periods:
            return None
        right = self.table.right
        first, last = right.columnAt(0), right.columnAt(right.viewport().width() - 1)
        first = max(first - FIRST_PERIOD, 0)
        last = last - FIRST_PERIOD if last >= FIRST_PERIOD else rows.periods - 1
        last = max(first, last)
        return rows.period_start(first), rows.period_start(last + 1) - timedelta(
            days=1
        ) if last + 1 < rows.periods else rows.period_start(last)
