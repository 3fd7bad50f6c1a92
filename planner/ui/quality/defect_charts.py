"""The Defects page's chart pane: open vs closed over time, or the ageing of open defects, switched by a
combo box above the chart, redrawn when the log changes (the figures are charts.quality_charts')."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner.charts.quality_charts import ageing_figure, open_closed_figure
from planner.core.edits.changes import Changes
from planner.core.quality.metrics import ageing, status_day, weekly_counts
from planner.ui.session import Session

CHARTS = ("Open vs closed over time", "Ageing of open defects")


class DefectCharts(QWidget):
    """One chart at a time; the canvas is made when the pane is first shown (opening the window stays quick)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.canvas = None
        self.choice = QComboBox(self)
        self.choice.addItems(CHARTS)
        self.choice.currentIndexChanged.connect(lambda _i: self.refresh())
        label = QLabel("C&hart:", self)
        label.setBuddy(self.choice)
        bar = QHBoxLayout()
        bar.addWidget(label)
        bar.addWidget(self.choice, 1)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(6, 4, 6, 4)
        self.box.addLayout(bar)
        session.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.project or changes.of("defects"):  # an edit of the log, or a new status date
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self.canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

            self.canvas = FigureCanvasQTAgg(open_closed_figure([], size=(5, 3.2)))
            self.canvas.setMinimumSize(280, 220)
            self.box.addWidget(self.canvas, 1)
            self.refresh()
        super().showEvent(event)

    def show_chart(self, index: int) -> None:
        self.choice.setCurrentIndex(index)

    def refresh(self) -> None:
        """Draw the chosen chart from the log as it is now (as of the status date, or today)."""
        if self.canvas is None:
            return
        project = self.session.project
        day = status_day(project, date.today())
        if self.choice.currentIndex() == 0:
            status = project.status_date.date() if project.status_date else None
            open_closed_figure(weekly_counts(project, day), status, figure=self.canvas.figure)
        else:
            ageing_figure(ageing(project, day), figure=self.canvas.figure)
        self.canvas.draw_idle()
