"""One earned-value chart on screen: drawn from a plain function (planner.charts.evm_charts) when
shown, and again only when shown after the data changed (a figure costs tens of milliseconds)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyChart(QWidget):
    def __init__(self, build: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.build = build
        self.canvas = None
        self.stale = True
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def mark_stale(self) -> None:
        self.stale = True
        if self.isVisible():
            self.redraw()

    def redraw(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        layout = self.layout()
        if self.canvas is not None:
            layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.canvas = FigureCanvasQTAgg(self.build())
        self.canvas.setMinimumSize(200, 160)
        layout.addWidget(self.canvas)
        self.stale = False

    @property
    def figure(self):
        return None if self.canvas is None else self.canvas.figure

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.redraw()
