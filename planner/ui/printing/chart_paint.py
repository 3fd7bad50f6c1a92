"""The chart part of a printed page: shading, grid, status date, baselines, links, bars and their labels.

The shapes come from the on-screen chart's geometry (planner.ui.gantt.chart: frame,
geometry, arrows) for the page's rows and dates; only the strokes differ from the
screen's: every line has a width on paper (a screen's one-pixel hairline would vanish
on a 1200-dpi printer), and nothing depends on a selection or a theme.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLineF, QModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from planner.ui.gantt.chart.arrows import Arrow
from planner.ui.gantt.chart.baseline_bars import TRACKING_SIZES, BaselineBars, paint_baselines
from planner.ui.gantt.chart.colors import ChartColors
from planner.ui.gantt.chart.frame import Frame, build_frame
from planner.ui.gantt.chart.geometry import BarShape, Rect, RowSlot, Sizes
from planner.ui.gantt.chart.paint import crosses, label_box, polygon, segments_by_row
from planner.ui.gantt.chart.rows import VisibleRow
from planner.ui.gantt.chart.scene import grid
from planner.ui.gantt.chart.shading import MIN_DAY_PX, nonworking_spans
from planner.ui.gantt.chart.source import ChartSource
from planner.ui.gantt.chart.timescale import TimeScale

LINE = 0.75  # px (0.2 mm): bar edges, arrows
HAIR = 0.5  # grid lines


class ChartPainter:
    """Paints the chart of one page at a time; the caches of `source` serve every page."""

    def __init__(
        self, source: ChartSource, colors: ChartColors, printed: set[int], baseline: bool, label: Callable[[int], str]
    ) -> None:
        self.source, self.colors = source, colors
        self.printed = printed
        self.sizes = TRACKING_SIZES if baseline else Sizes()
        self.baselines = BaselineBars(source.session) if baseline else None
        self.label = label  # the text right of a task's bar

    def frame(self, task_ids: list[int], row_h: float, scale: TimeScale, height: float) -> Frame:
        rows = [VisibleRow(QModelIndex(), RowSlot(t, i * row_h, row_h)) for i, t in enumerate(task_ids)]
        return build_frame(rows, self.source, scale, round(height), True, self.sizes, self.printed.__contains__)

    def paint(self, p: QPainter, frame: Frame, scale: TimeScale, size: tuple[float, float]) -> None:
        """Everything in the chart area, whose top left is the painter's origin, `size` wide and high."""
        width, height = size
        first, last = scale.datetime_at(0), scale.datetime_at(width)
        if scale.px_per_day >= MIN_DAY_PX:
            for start, end in nonworking_spans(self.source.calendar(), first, last, False):
                x0, x1 = scale.x_of(start), scale.x_of(end)
                p.fillRect(QRectF(x0, 0, x1 - x0, height), self.colors.nonworking)
        for moment, strong in grid(scale, first, last):
            x = scale.x_of(moment)
            p.setPen(QPen(self.colors.grid_strong if strong else self.colors.grid, HAIR))
            p.drawLine(QLineF(x, 0, x, height))
        status = self.source.project.status_date
        if status is not None:
            p.setPen(QPen(self.colors.status, 1.2, Qt.PenStyle.DashLine))
            x = scale.x_of(status)
            p.drawLine(QLineF(x, 0, x, height))
        if self.baselines is not None:
            paint_baselines(p, self.baselines.rects(frame.rows, scale), self.colors)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._arrows(p, frame.arrows)
        for shape in frame.shapes.values():
            self._bar(p, shape)
        self._labels(p, frame, width)

    def _arrows(self, p: QPainter, arrows: list[Arrow]) -> None:
        for arrow in arrows:
            color = self.colors.critical if arrow.critical else self.colors.arrow
            p.setPen(QPen(color, LINE, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.MiterJoin))
            p.setBrush(Qt.BrushStyle.NoBrush)
            path = QPainterPath(QPointF(*arrow.points[0]))
            for point in arrow.points[1:]:
                path.lineTo(QPointF(*point))
            p.drawPath(path)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawPolygon(polygon(arrow.head))

    def _bar(self, p: QPainter, shape: BarShape) -> None:
        colors = self.colors
        if shape.kind == "milestone":
            p.setPen(QPen(colors.late, 1.5) if shape.late else Qt.PenStyle.NoPen)
            p.setBrush(colors.critical if shape.critical else colors.milestone)
            p.drawPolygon(polygon(shape.diamond))
        elif shape.kind == "summary":
            self._summary(p, shape)
        else:
            self._task(p, shape)
        if shape.deadline:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colors.deadline)
            p.drawPolygon(polygon(shape.deadline))

    def _task(self, p: QPainter, shape: BarShape) -> None:
        colors = self.colors
        rect = _qrect(shape.rect)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colors.critical if shape.critical else colors.task)
        p.drawRect(rect)
        if shape.progress is not None and shape.progress.w > 0:
            p.setBrush(colors.critical_progress if shape.critical else colors.progress)
            middle = Rect(shape.progress.x, rect.y() + rect.height() / 3, shape.progress.w, rect.height() / 3)
            p.drawRect(_qrect(middle))  # MS Project's progress: a dark band through the bar's middle
        if shape.overrun is not None:
            p.setBrush(QBrush(colors.late, Qt.BrushStyle.BDiagPattern))
            p.drawRect(_qrect(shape.overrun))
        p.setBrush(Qt.BrushStyle.NoBrush)
        edge = colors.late if shape.late else colors.critical_edge if shape.critical else colors.task_edge
        p.setPen(QPen(edge, 1.5 if shape.late else LINE))
        p.drawRect(rect)

    def _summary(self, p: QPainter, shape: BarShape) -> None:
        color = self.colors.critical if shape.critical else self.colors.summary
        remaining = QColor(color)
        remaining.setAlphaF(0.55)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(remaining)
        p.drawRect(_qrect(shape.rect))
        p.setBrush(color)
        if shape.progress is not None and shape.progress.w > 0:
            p.drawRect(_qrect(Rect(shape.progress.x, shape.rect.y, shape.progress.w, shape.rect.h)))
        for cap in shape.caps:
            p.drawPolygon(polygon(cap))

    def _labels(self, p: QPainter, frame: Frame, width: float) -> None:
        metrics = QFontMetricsF(p.font(), p.device())
        crossing = segments_by_row(frame)
        for row in frame.rows:
            shape = frame.shapes.get(row.slot.task_id)
            if shape is None or not 0 <= shape.label_x <= width:  # a label begun on the page before stays there
                continue
            text = self.label(row.slot.task_id)
            if not text:
                continue
            baseline = row.slot.top + (row.slot.height + metrics.ascent() - metrics.descent()) / 2
            origin = QPointF(shape.label_x, baseline)
            box = label_box(origin, text, metrics)
            if crosses(box, crossing.get(row.slot.top, ())):
                p.fillRect(box.adjusted(-2, 0, 2, 0), QColor(255, 255, 255, 220))
            p.setPen(self.colors.text)
            p.drawText(origin, text)


def _qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, max(0.5, rect.w), rect.h)
