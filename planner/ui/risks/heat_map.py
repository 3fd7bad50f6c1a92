"""The 5x5 heat map, painted: open risks counted per (probability, impact) cell; a click filters the table.

Painted rather than a matplotlib canvas so that it answers a click at once and stays
crisp at any size; the workbook and reports draw the same map with
planner.charts.risk_charts.heat_map_figure, in the same colours.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.charts.risk_charts import SEVERITY_COLOURS
from planner.core.risk.register import Cell
from planner.core.risk.scoring import severity

AXIS = 30  # px for the axis numbers and names on the left and at the bottom
TITLE = 20


class HeatMap(QWidget):
    clicked = Signal(object)  # the (probability, impact) cell clicked, or None when the selection is cleared

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.counts: Counter[Cell] = Counter()
        self.selected: Cell | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(150, 150)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(200, 200)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width - AXIS + TITLE + AXIS

    def set_counts(self, counts: Counter[Cell]) -> None:
        self.counts = counts
        self.update()

    def select(self, cell: Cell | None) -> None:
        self.selected = cell
        self.update()

    # -- geometry --------------------------------------------------------------------
    def _side(self) -> int:
        return max(10, min(self.width() - AXIS - 4, self.height() - AXIS - TITLE - 4) // 5)

    def cell_rect(self, cell: Cell) -> QRect:
        """Probability 5 at the top, impact 5 at the right."""
        probability, impact = cell
        side = self._side()
        left = AXIS + (self.width() - AXIS - 5 * side) // 2
        return QRect(left + (impact - 1) * side, TITLE + (5 - probability) * side, side, side)

    def cell_at(self, point: QPoint) -> Cell | None:
        for probability in range(1, 6):
            for impact in range(1, 6):
                if self.cell_rect((probability, impact)).contains(point):
                    return (probability, impact)
        return None

    # -- painting and clicks ---------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(self.foregroundRole())
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setPen(text)
        painter.setFont(bold)
        painter.drawText(QRect(0, 0, self.width(), TITLE), Qt.AlignmentFlag.AlignCenter, self.title)
        for probability in range(1, 6):
            for impact in range(1, 6):
                self._paint_cell(painter, (probability, impact), bold)
        painter.setFont(self.font())
        painter.setPen(text)
        for level in range(1, 6):
            row = self.cell_rect((level, 1))
            left = QRect(AXIS // 2, row.top(), AXIS // 2 - 2, row.height())
            painter.drawText(left, Qt.AlignmentFlag.AlignCenter, str(level))
            column = self.cell_rect((1, level))
            below = QRect(column.left(), column.bottom() + 1, column.width(), AXIS // 2)
            painter.drawText(below, Qt.AlignmentFlag.AlignCenter, str(level))
        self._paint_axis_names(painter)
        painter.end()

    def _paint_axis_names(self, painter: QPainter) -> None:
        low, high = self.cell_rect((1, 1)), self.cell_rect((5, 5))
        grey = self.palette().color(self.palette().ColorRole.PlaceholderText)
        painter.setPen(grey)
        under = QRect(low.left(), low.bottom() + AXIS // 2, high.right() - low.left(), AXIS // 2)
        painter.drawText(under, Qt.AlignmentFlag.AlignCenter, "Impact")
        painter.save()
        painter.translate(0, (high.top() + low.bottom()) / 2)
        painter.rotate(-90)
        painter.drawText(QRect(-60, 0, 120, AXIS // 2), Qt.AlignmentFlag.AlignCenter, "Probability")
        painter.restore()

    def _paint_cell(self, painter: QPainter, cell: Cell, bold: QFont) -> None:
        rect = self.cell_rect(cell).adjusted(1, 1, -1, -1)
        colour = QColor(SEVERITY_COLOURS[severity(cell[0] * cell[1])])
        count = self.counts.get(cell, 0)
        if not count:
            colour = colour.lighter(112)
        painter.fillRect(rect, colour)
        if cell == self.selected:
            painter.setPen(QPen(QColor("#1a237e"), 3))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        if count:
            painter.setPen(QColor("#1a1a1a"))
            painter.setFont(bold)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell is None:
            return
        self.selected = None if cell == self.selected else cell
        self.update()
        self.clicked.emit(self.selected)
