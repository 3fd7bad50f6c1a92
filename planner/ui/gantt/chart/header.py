"""The two-tier timescale above the chart, exactly as tall as the tree's header so rows line up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPen, QWheelEvent
from PySide6.QtWidgets import QWidget

from planner.ui.gantt.chart.colors import ChartColors
from planner.ui.gantt.chart.timescale import TimeScale, Unit, label_level, pick_label

PADDING = 4


def tier_height(metrics: QFontMetricsF) -> int:
    return round(metrics.height() + 2 * PADDING)


class TimescaleHeader(QWidget):
    """Paints the upper and lower tiers of `scale`; wheel events go to `on_wheel` (the chart)."""

    def __init__(self, scale: Callable[[], TimeScale], colors: Callable[[], ChartColors], parent: QWidget) -> None:
        super().__init__(parent)
        self._scale = scale
        self._colors = colors
        self.on_wheel: Callable[[QWheelEvent], None] | None = None
        self.marks: list[tuple[datetime, str]] = []  # (date, colour name of ChartColors) drawn as ticks

    def needed_height(self) -> int:
        return 2 * tier_height(QFontMetricsF(self.font()))

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.on_wheel is not None:
            self.on_wheel(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        scale, colors = self._scale(), self._colors()
        p = QPainter(self)
        width, height = self.width(), self.height()
        p.fillRect(QRectF(0, 0, width, height), colors.header)
        upper, lower = scale.tiers()
        split = height // 2
        self._tier(p, scale, upper, 0, split, centred=False)
        self._tier(p, scale, lower, split, height - split, centred=True)
        p.setPen(QPen(colors.grid_strong, 1))
        p.drawLine(QLineF(0, split + 0.5, width, split + 0.5))
        p.drawLine(QLineF(0, height - 0.5, width, height - 0.5))
        self._marks(p, scale, colors, height)
        p.end()

    def _tier(self, p: QPainter, scale: TimeScale, unit: Unit, top: int, height: int, centred: bool) -> None:
        """One tier: a cell per unit with a divider; upper-tier labels stick to the left edge while in view."""
        colors = self._colors()
        metrics = QFontMetricsF(p.font())
        width = self.width()
        first, last = scale.datetime_at(0), scale.datetime_at(width)
        level = label_level(unit, scale.px_per_day, metrics.horizontalAdvance) if centred else 0
        for start, end in unit.spans(first, last):
            x0, x1 = scale.x_of(start), scale.x_of(end)
            p.setPen(QPen(colors.grid_strong, 1))
            p.drawLine(QLineF(round(x0) + 0.5, top, round(x0) + 0.5, top + height))
            left = x0 if centred else max(x0, 0.0)
            text = pick_label(unit.labels(start)[level:], x1 - left, metrics.horizontalAdvance)
            if not text:
                continue
            p.setPen(colors.header_text)
            cell = QRectF(left + (0 if centred else PADDING), top, x1 - left - (0 if centred else PADDING), height)
            align = Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft
            )
            p.drawText(cell, int(align), text)

    def _marks(self, p: QPainter, scale: TimeScale, colors: ChartColors, height: int) -> None:
        """Small triangles at the bottom edge for today and the status date, where their lines start."""
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for moment, name in self.marks:
            x = scale.x_of(moment)
            if -5 <= x <= self.width() + 5:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(getattr(colors, name))
                size = 4.0
                p.drawPolygon([QPointF(x - size, height - size - 1), QPointF(x + size, height - size - 1),
                               QPointF(x, height - 1)])  # fmt: skip
