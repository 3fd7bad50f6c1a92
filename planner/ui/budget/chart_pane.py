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
        self.build = build
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.canvas = None  # made when first shown: importing matplotlib must not delay the window's start
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.redraw)

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start(REDRAW_MS)

    def _new_canvas(self):
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        canvas = FigureCanvasQTAgg(self.build())
        canvas.setMinimumSize(200, 160)
        self.layout_.addWidget(canvas)
        return canvas

    def redraw(self) -> None:
        """Draw the chart anew from the data as it is now."""
        old = self.canvas
        self.canvas = self._new_canvas()
        if old is not None:
            self.layout_.removeWidget(old)
            old.deleteLater()
        self._stale = False

    @property
    def figure(self):
        """The figure on screen; drawn now if the pane has not been shown yet."""
        if self.canvas is None:
            self.redraw()
        return self.canvas.figure

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._timer.start(0)
