"""The Trends page of the Dashboard tab: the five trend charts of the status snapshots, one large at
a time (picked from the row of buttons above it), and the snapshots table with Record Status and Delete.

The chart is matplotlib (planner.charts.trend_charts), made when the page is first shown so that
opening the window does not pay for it. Every chart and the table follow each edit of the
snapshots: recording, deleting, undo and redo.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.charts.trend_charts import CHARTS, TITLES, trend_figure
from planner.core.edits.changes import Changes
from planner.core.trends.edits import delete_snapshots
from planner.core.trends.series import trend_series
from planner.ui.dashboard.page_base import DashboardPage
from planner.ui.session import Session
from planner.ui.tabs import TabHost
from planner.ui.trends.record import record_status_in_window
from planner.ui.trends.snapshot_model import SnapshotIdRole, SnapshotModel

TREND_TABLES = ("snapshots", "snapshot_milestones")
BUTTON_TEXT = {
    "indices": "SPI && CPI",
    "milestones": "Milestones (MTA)",
    "burnup": "Burn-up",
    "defects": "Defects",
    "risks": "Risks",
}
HINT = (
    "Record status at each status date (Project > Record Status): each snapshot keeps % complete, "
    "SPI and CPI, each milestone's forecast, work done, open risks and defects."
)


class TrendsPage(DashboardPage):
    title = "&Trends"

    def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
        super().__init__(session, host, parent)
        self.chart = CHARTS[0]
        self.canvas = None  # made when first shown
        self.model = SnapshotModel(session, self)
        self.picker = QButtonGroup(self)
        self.picker.setExclusive(True)
        buttons = QHBoxLayout()
        for number, name in enumerate(CHARTS):
            button = QPushButton(BUTTON_TEXT[name], self)
            button.setCheckable(True)
            button.setChecked(name == self.chart)
            button.setToolTip(TITLES[name])
            button.setObjectName(f"trend-{name}")
            self.picker.addButton(button, number)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.picker.idClicked.connect(lambda number: self.show_chart(CHARTS[number]))
        self.record_button = QPushButton("Record &Status", self)  # Alt+R is the Resource menu's
        self.record_button.setToolTip("Keep a snapshot of the project's figures at its status date")
        self.record_button.clicked.connect(lambda: record_status_in_window(self.host))
        buttons.addWidget(self.record_button)
        self.chart_box = QWidget(self)
        self.chart_layout = QVBoxLayout(self.chart_box)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.table = self._table()
        self.delete_action = QAction("&Delete Snapshot", self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)
        self.delete_button = QPushButton("Delete", self)  # no mnemonic: Alt+D is the Dashboard tab's; Del deletes
        self.delete_button.setToolTip("Delete the selected snapshots (Del); Ctrl+Z brings them back")
        self.delete_button.clicked.connect(self.delete_selected)
        self.count = QLabel(self)
        self.hint = QLabel(HINT, self)
        self.hint.setWordWrap(True)
        self.setLayout(self._layout(buttons))
        session.changed.connect(self._changed)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.refresh()

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(80)
        header.setStretchLastSection(False)
        return table

    def _layout(self, buttons: QHBoxLayout) -> QVBoxLayout:
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel("<b>Status snapshots</b>", self))
        row.addWidget(self.count, 1)
        row.addWidget(self.delete_button)
        lower_layout.addLayout(row)
        lower_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.chart_box)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 200])
        layout = QVBoxLayout()
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        return layout

    # -- following the project ------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        if changes.project or any(changes.of(t) for t in TREND_TABLES):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self.canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

            self.canvas = FigureCanvasQTAgg(trend_figure(self.chart, trend_series(self.session.project)))
            self.canvas.setMinimumSize(400, 260)
            self.chart_layout.addWidget(self.canvas, 1)
        super().showEvent(event)

    def refresh(self) -> None:
        self.model.refresh()
        shots = len(self.model.rows)
        self.count.setText(f"{shots} recorded" if shots else "none yet")
        self.hint.setVisible(shots < 2)
        self._draw()
        self._enable()

    def show_chart(self, name: str) -> None:
        self.chart = name
        self.picker.button(CHARTS.index(name)).setChecked(True)
        self._draw()

    def _draw(self) -> None:
        if self.canvas is None:
            return
        trend_figure(self.chart, trend_series(self.session.project), figure=self.canvas.figure)
        self.canvas.draw_idle()

    def _enable(self, *_args) -> None:
        chosen = bool(self.selected_ids())
        self.delete_button.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    # -- deleting -----------------------------------------------------------------------
    def selected_ids(self) -> set[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedIndexes()}
        return {self.model.rows[row].id for row in rows if row < len(self.model.rows)}

    def select_snapshot(self, snapshot_id: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(SnapshotIdRole) == snapshot_id:
                self.table.selectRow(row)
                return True
        return False

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        refusals: list[str] = []
        edit = self.session.attempt(lambda project: delete_snapshots(project, ids), refusals.append)
        if edit is not None:
            self.host.status(f"{edit.label.removeprefix('Delete ')} deleted (Ctrl+Z brings it back)")
        elif refusals:
            self.host.status(refusals[0], error=True)

    def close_page(self) -> None:
        """The project is closing: nothing typed to keep, no settings of its own."""
