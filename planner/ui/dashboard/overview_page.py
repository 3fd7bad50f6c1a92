"""The Overview: four red/amber/green tiles and the overall status, the key figures, and the lists
that need a PM's attention. Every item opens the tab and row it comes from (the window's reveal).

It follows edits cheaply: an edit only marks it stale, and it is worked out again (in core, by
planner.core.status.assess) a moment after the last edit while it is shown, or when it is shown.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from planner.core.edits.changes import Changes
from planner.core.status.assess import ProjectStatus, assess
from planner.ui.dashboard.colours import MUTED, WORDS, badge_style
from planner.ui.dashboard.figures_strip import FiguresStrip
from planner.ui.dashboard.item_list import ItemList
from planner.ui.dashboard.items import LISTS, list_items
from planner.ui.dashboard.page_base import DashboardPage
from planner.ui.dashboard.tile import RagTile
from planner.ui.session import Session
from planner.ui.tabs import TabHost

AREAS = ("Schedule", "Cost", "Risk", "Quality")
SETTLE_MS = 250  # after the last edit of a burst (a drag, a paste) before working it out again
COLUMNS = 3
SOURCES = {  # where an item's table lives, for the note when no tab shows it
    "tasks": "Gantt", "risks": "Risk", "checklists": "Quality", "action_items": "Stakeholders",
    "communications": "Stakeholders", "decisions": "Stakeholders",
}  # fmt: skip


class OverviewPage(DashboardPage):
    title = "&Overview"

    def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
        super().__init__(session, host, parent)
        self.status: ProjectStatus | None = None
        self.stale = True
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self._refresh_if_shown)
        body = QWidget()
        body.setObjectName("overviewBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(12)
        column.addLayout(self._header())
        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        self.tiles = {area: RagTile(area, body) for area in AREAS}
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)
        column.addLayout(tiles)
        self.figures = FiguresStrip(body)
        column.addWidget(self.figures)
        column.addLayout(self._lists(body), 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        session.changed.connect(self._changed)

    def _header(self) -> QHBoxLayout:
        self.project_name = QLabel(self)
        self.project_name.setStyleSheet("font-size: 15pt; font-weight: 700;")
        self.when = QLabel(self)
        self.when.setStyleSheet(f"color: {MUTED};")
        self.overall = QLabel(self)
        self.overall_words = QLabel(self)
        self.overall_words.setStyleSheet("font-weight: 600;")
        row = QHBoxLayout()
        row.addWidget(self.project_name)
        row.addSpacing(12)
        row.addWidget(self.when, 0, Qt.AlignmentFlag.AlignBottom)
        row.addStretch(1)
        row.addWidget(self.overall_words)
        row.addWidget(self.overall)
        return row

    def _lists(self, body: QWidget) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(12)
        self.lists: dict[str, ItemList] = {}
        for at, (title, (headers, stretch, empty)) in enumerate(LISTS.items()):
            card = ItemList(title, headers, stretch, empty, body)
            card.tree.chosen.connect(self.open_item)
            grid.addWidget(card, at // COLUMNS, at % COLUMNS)
            self.lists[title] = card
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        return grid

    # -- following the project ----------------------------------------------------------
    def _changed(self, _changes: Changes) -> None:
        self.stale = True
        self.timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Work the status out again and show it."""
        schedule = self.session.schedule
        project = schedule.project
        self.status = status = assess(schedule, date.today())
        self.stale = False
        self.project_name.setText(project.name)
        self.when.setText(
            f"Status at {status.status_date:%a %d %b %Y %H:%M}"
            + ("" if project.status_date else " (no status date set: today)")
        )
        self.overall.setText(status.overall.rag.label.upper())
        self.overall.setStyleSheet(badge_style(status.overall.rag))
        self.overall.setToolTip(f"Overall: {status.overall.rule}.")
        self.overall_words.setText(f"Overall: {WORDS[status.overall.rag]} · {status.overall.reading}")
        for rating in status.ratings:
            self.tiles[rating.area].show_rating(rating)
        self.figures.show_status(status, project.currency)
        rows = {uid: row for row, uid in enumerate(schedule.outline.rows(), start=1)}
        for title, items in list_items(status, project, rows).items():
            self.lists[title].show_items(items)

    # -- opening an item ------------------------------------------------------------------
    def open_item(self, table: str, record_id: int) -> None:
        reveal = getattr(self.host, "reveal", None)
        if reveal is None or not reveal(table, record_id):
            where = SOURCES.get(table, "its")
            self.host.status(f"The {where} tab cannot show this row here yet", error=True)
