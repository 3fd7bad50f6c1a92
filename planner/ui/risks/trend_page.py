"""The Trend and Reviews page: the register's exposure over time, and the reviews due and overdue."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from planner.charts.risk_charts import trend_figure
from planner.core.edits.changes import Changes
from planner.core.risk.register import register_lines, review_day, reviews_due, score_trend
from planner.ui.risks.page_base import RiskPage
from planner.ui.risks.side_lists import ReviewsDue
from planner.ui.session import Session
from planner.ui.tabs import TabHost

TREND_TABLES = ("risks", "risk_history")


class TrendPage(RiskPage):
    title = "&Trend and Reviews"
    chosen = Signal(int)  # a risk picked in the reviews list: the tab shows it in the register

    def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
        super().__init__(session, host, parent)
        self.canvas = None  # a matplotlib canvas, made when the page is first shown (not to open the window)
        self.reviews = ReviewsDue(self)
        self.reviews.chosen.connect(self.chosen.emit)
        self.reviews_title = QLabel(self)
        self.reviews_title.setWordWrap(True)
        chart_box = QWidget(self)
        self.chart_layout = chart_layout = QVBoxLayout(chart_box)
        heading = QLabel("<b>Exposure over time</b>: the sum of the open risks' scores at each review", self)
        heading.setWordWrap(True)
        chart_layout.addWidget(heading)
        review_box = QWidget(self)
        review_layout = QVBoxLayout(review_box)
        review_layout.addWidget(self.reviews_title)
        review_layout.addWidget(self.reviews, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(chart_box)
        splitter.addWidget(review_box)
        splitter.setSizes([800, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        session.changed.connect(self._changed)
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.project or any(changes.of(t) for t in TREND_TABLES) or changes.resources:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self.canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

            self.canvas = FigureCanvasQTAgg(trend_figure([]))
            self.canvas.setMinimumSize(300, 200)
            self.chart_layout.addWidget(self.canvas, 1)
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        project = self.session.project
        today = review_day(project, date.today())
        if self.canvas is not None:
            trend_figure(score_trend(project, today), figure=self.canvas.figure)
            self.canvas.draw_idle()
        due = reviews_due(register_lines(project), today)
        overdue = sum(1 for r in due if r.overdue)
        self.reviews_title.setText(
            f"<b>Reviews due</b> as of {today.isoformat()}: {overdue} overdue, {len(due) - overdue} in the next week"
        )
        self.reviews.show_reviews(due)
