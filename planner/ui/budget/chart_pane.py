"""A chart on screen: a matplotlib Figure from a plain function (planner.charts), redrawn when shown.

Drawing a figure costs tens of milliseconds, so after an edit a pane only notes that it
is out of date and draws again when it is on screen, a moment after the edits stop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

REDRAW_MS = 150


class ChartPane(QWidget):
    def __init__(self, build: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # here: the first paint need not wait

        self.build = build
        self._canvas_class = FigureCanvasQTAgg
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.canvas = self._new_canvas()
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.redraw)

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start(REDRAW_MS)

    def _new_canvas(self):
        canvas = self._canvas_class(self.build())
        canvas.setMinimumSize(200, 160)
        self.layout_.addWidget(canvas)
        return canvas

    def redraw(self) -> None:
        """Draw the chart anew from the data as it is now."""
        old = self.canvas
        self.canvas = self._new_canvas()
        self.layout_.removeWidget(old)
        old.deleteLater()
        self._stale = False

    @property
    def figure(self):
        return self.canvas.figure

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._timer.start(0)
