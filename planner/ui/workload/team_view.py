"""The Team view for delegating: per person, what they work on this week and next, what is late,
and their load week by week, so a PM sees at a glance who has room.

Loads are work over capacity (max units x working time): red above 100%, green under
50%. The weeks start from the status date's week (else this week); the arrows move them.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.resources.periods import Granularity, period_start
from planner.core.resources.team import as_of_day, team_rows
from planner.core.resources.usage import Usage
from planner.ui.session import Session
from planner.ui.workload.team_model import FIRST_WEEK, LATE, NEXT_WEEK, PERSON, THIS_WEEK, ResourceIdRole, TeamModel

WEEKS = 8


class TeamView(QWidget):
    title = "Team"  # its tab in the Resources tab
    selected_resource = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.today = today
        self.offset_weeks = 0
        self.model = TeamModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.title = QLabel()
        self.title.setWordWrap(True)  # a long line must not set the window's minimum width
        self.earlier, self.later = QPushButton("◀ Earlier"), QPushButton("Later ▶")
        self.earlier.clicked.connect(lambda: self.move_weeks(-1))
        self.later.clicked.connect(lambda: self.move_weeks(1))
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.earlier)
        bar.addWidget(self.later)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: current.isValid() and self.selected_resource.emit(current.data(ResourceIdRole))
        )
        self._stale = QTimer(self, singleShot=True, interval=0)
        self._stale.timeout.connect(self._refresh_if_shown)
        self._dirty = True  # worked out when first shown: opening a file costs nothing here
        session.changed.connect(lambda _changes: self._stale.start())

    def move_weeks(self, step: int) -> None:
        self.offset_weeks += step
        self.refresh()

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
        usage = Usage(self.session.schedule)
        as_of = as_of_day(usage, self.today) + timedelta(weeks=self.offset_weeks)
        monday = period_start(as_of, Granularity.WEEK)
        self.model.set_rows(usage, team_rows(usage, as_of, WEEKS), monday)
        basis = "status date" if usage.project.status_date and not self.offset_weeks else "week shown"
        self.title.setText(
            f"Week of {monday:%a %d %b %Y} ({basis}). Load = work / capacity: "
            "red above 100%, green under 50% (room for more); away: no working time that week."
        )
        self._size_columns()

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(PERSON, 160)
        for column in (THIS_WEEK, NEXT_WEEK, LATE):  # the task lists share what the window has left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in range(FIRST_WEEK, self.model.columnCount()):
            self.table.setColumnWidth(column, 62)
        header.setFixedHeight(2 * self.fontMetrics().height() + 10)
