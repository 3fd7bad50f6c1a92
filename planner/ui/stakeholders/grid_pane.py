"""The power/interest grid beside the stakeholder register: click a quadrant to show only its stakeholders.

The figure is charts.stakeholder_grid's, drawn on a canvas made when the pane is
first shown (matplotlib is not loaded to open the window). A click in a quadrant
emits `quadrant_clicked`; the page turns it into its Show filter, and tells the
pane which quadrant is chosen and which stakeholder is current, to outline and ring.
Those calls are gathered: the grid is redrawn once they stop for a moment, not for
every row an arrow key passes.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner.charts.stakeholder_grid import quadrant_at, stakeholder_grid_figure
from planner.core.communication.entities import Stakeholder
from planner.core.communication.grid import Quadrant

REDRAW_DELAY_MS = 40
HINT = "Click a quadrant to show only its stakeholders; click it again to show all."


class GridPane(QWidget):
    quadrant_clicked = Signal(object)  # the Quadrant under the click

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stakeholderGrid")
        self.canvas = None
        self.people: list[Stakeholder] = []
        self.chosen: Quadrant | None = None
        self.highlight: int | None = None
        self.hint = QLabel(HINT, self)
        self.hint.setWordWrap(True)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(6, 4, 6, 4)
        self.box.addWidget(self.hint)
        self.setMinimumWidth(320)
        self.pending = QTimer(self)  # arrow keys through the table redraw the grid once they rest
        self.pending.setSingleShot(True)
        self.pending.setInterval(REDRAW_DELAY_MS)
        self.pending.timeout.connect(self._draw)

    def show_grid(self, people: list[Stakeholder], chosen: Quadrant | None, highlight: int | None) -> None:
        self.people, self.chosen, self.highlight = people, chosen, highlight
        self.pending.start()

    def showEvent(self, event: QShowEvent) -> None:
        if self.canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

            self.canvas = FigureCanvasQTAgg(stakeholder_grid_figure(self.people, size=(5, 5)))
            self.canvas.setMinimumSize(300, 300)
            self.canvas.mpl_connect("button_press_event", self._pressed)
            self.box.addWidget(self.canvas, 1)
            self.canvas.show()  # at once: a layout shows a widget added to a shown parent only later
            self._draw()
        super().showEvent(event)

    def _draw(self) -> None:
        if self.canvas is not None:
            stakeholder_grid_figure(
                self.people, highlight=self.highlight, chosen=self.chosen, figure=self.canvas.figure
            )
            self.canvas.draw_idle()

    def _pressed(self, event) -> None:
        axes = self.canvas.figure.axes[0] if self.canvas is not None and self.canvas.figure.axes else None
        if axes is not None and event.inaxes is axes and event.xdata is not None:
            self.quadrant_clicked.emit(quadrant_at(event.xdata, event.ydata))

    def point_of(self, which: Quadrant) -> tuple[int, int]:
        """Where on the canvas (Qt pixels from its top left) a click lands in `which`: what a test clicks."""
        from planner.charts.stakeholder_grid import quadrant_box

        x, y, width, height = quadrant_box(which)
        axes = self.canvas.figure.axes[0]
        px, py = axes.transData.transform((x + width / 2, y + height / 2))
        ratio = self.canvas.device_pixel_ratio or 1
        return round(px / ratio), round(self.canvas.height() - py / ratio)
