"""The resource graph of the selected person, under the usage view, over the periods in view.

Drawn by planner.charts.resource_graph (the same figure a report prints) on a
FigureCanvasQTAgg; redrawn a moment after the last scroll or selection, not on every
pixel of a scroll.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from planner.core.resources.periods import Granularity
from planner.core.resources.usage import Usage

REDRAW_MS = 120


class GraphPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.usage: Usage | None = None
        self.granularity = Granularity.WEEK
        self.resource_id: int | None = None
        self.canvas = None  # made on the first draw: importing matplotlib costs the window's start
        self.empty = QLabel("Select a person to see their load against their max units.")
        self.empty.setMargin(12)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.empty)
        self._range: Callable[[], tuple[date, date] | None] | None = None
        self._timer = QTimer(self, singleShot=True, interval=REDRAW_MS)
        self._timer.timeout.connect(self.draw)
        self.setMinimumHeight(150)

    def set_usage(self, usage: Usage, granularity: Granularity) -> None:
        self.usage, self.granularity = usage, granularity

    def show_resource(self, resource_id: int) -> None:
        self.resource_id = resource_id

    def later(self, period_range: Callable[[], tuple[date, date] | None]) -> None:
        """Redraw soon over the days `period_range()` gives then."""
        self._range = period_range
        self._timer.start()

    def draw(self) -> None:
        span = self._range() if self._range else None
        usage, rid = self.usage, self.resource_id
        if usage is None or rid is None or span is None or rid not in usage.project.resources:
            self.stack.setCurrentWidget(self.empty)
            return
        from planner.charts.resource_graph import resource_graph

        figure = resource_graph(usage, rid, span[0], span[1], self.granularity)
        self._fit(figure)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        old, self.canvas = self.canvas, FigureCanvasQTAgg(figure)  # a canvas per figure: it sizes itself
        self.stack.addWidget(self.canvas)
        self.stack.setCurrentWidget(self.canvas)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.canvas.draw_idle()

    def _fit(self, figure) -> None:
        """Size the figure to the panel (a new figure arrives at its own default size)."""
        dpi = figure.dpi
        width, height = max(self.width(), 200), max(self.height(), 120)
        figure.set_size_inches(width / dpi, height / dpi)
