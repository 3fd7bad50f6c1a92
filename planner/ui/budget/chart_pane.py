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
        self.canvas = None  # made when first shown: opening a project never waits for matplotlib
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._draw_if_shown)

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible() and self.canvas is not None:
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
        """The figure on screen (drawn now if it was not yet)."""
        if self.canvas is None or self._stale:
            self.redraw()
        return self.canvas.figure

    def showEvent(self, event) -> None:
        """Draw once the pane is really on screen: a tab shown for a moment (while a project closes,
        say) never pays for matplotlib."""
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self._draw_if_shown)

    def _draw_if_shown(self) -> None:
        if self.isVisible() and self._stale:
            self.redraw()
