"""Painting a built Frame: every function here draws geometry it is given and decides nothing.

Order matters and is fixed in `paint_chart`: row bands, non-working shading, grid,
date lines, arrows, then bars and labels on top so arrows never hide a bar or a label.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from planner.ui.gantt.chart.arrows import Arrow
from planner.ui.gantt.chart.baseline_bars import paint_baselines
from planner.ui.gantt.chart.colors import ChartColors
from planner.ui.gantt.chart.frame import Frame
from planner.ui.gantt.chart.geometry import BarShape, Point, Rect, RowSlot
from planner.ui.gantt.chart.shading import Span
from planner.ui.gantt.chart.timescale import TimeScale


@dataclass
class Scene:
    """Everything a frame paints besides its geometry."""

    frame: Frame
    scale: TimeScale
    colors: ChartColors
    width: int
    height: int
    labels: dict[int, str]
    selected: set[int]  # task ids of selected rows
    alternate: bool  # mirror the tree's alternating row colours
    first_number: int  # the tree's visual row number of the first row, for the alternating parity
    nonworking: list[Span]
    grid: list[tuple[datetime, bool]]  # (boundary, is an upper-tier boundary)
    today: datetime | None
    status: datetime | None
    baselines: list[Rect] = field(default_factory=list)  # Tracking Gantt: the baseline bars under the bars


def paint_chart(p: QPainter, scene: Scene) -> None:
    """Opaque columns first (fast full-height fills), translucent row bands over them, then the shapes."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.fillRect(QRectF(0, 0, scene.width, scene.height), scene.colors.base)
    _shading(p, scene)
    _grid(p, scene)
    _rows(p, scene)
    _date_lines(p, scene)
    paint_baselines(p, scene.baselines, scene.colors)
    _arrows(p, scene.frame.arrows, scene.colors)
    for shape in scene.frame.shapes.values():
        _bar(p, shape, scene.colors)
    _labels(p, scene)


def qrect(rect: Rect) -> QRectF:
    """Whole pixels, so bar edges stay crisp."""
    return QRectF(round(rect.x), round(rect.y), max(1, round(rect.right) - round(rect.x)), round(rect.h))


def polygon(points: Iterable[Point]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


def _rows(p: QPainter, scene: Scene) -> None:
    colors = scene.colors
    for number, row in enumerate(scene.frame.rows):
        slot = row.slot
        band = QRectF(0, slot.top, scene.width, slot.height)
        if scene.alternate and (scene.first_number + number) % 2:
            p.fillRect(band, colors.alternate)
        if slot.task_id in scene.selected:
            p.fillRect(band, colors.selection)


def _shading(p: QPainter, scene: Scene) -> None:
    for start, end in scene.nonworking:
        x0, x1 = scene.scale.x_of(start), scene.scale.x_of(end)
        p.fillRect(QRectF(round(x0), 0, max(1, round(x1) - round(x0)), scene.height), scene.colors.nonworking)


def _grid(p: QPainter, scene: Scene) -> None:
    """All lines of one colour in one call: a frame has dozens."""
    weak: list[QLineF] = []
    strong: list[QLineF] = []
    for moment, is_strong in scene.grid:
        x = round(scene.scale.x_of(moment)) + 0.5
        (strong if is_strong else weak).append(QLineF(x, 0, x, scene.height))
    for lines, color in ((weak, scene.colors.grid), (strong, scene.colors.grid_strong)):
        if lines:
            p.setPen(QPen(color, 0))
            p.drawLines(lines)


def _date_lines(p: QPainter, scene: Scene) -> None:
    if scene.status is not None:
        pen = QPen(scene.colors.status, 1.5, Qt.PenStyle.DashLine)
        _vertical(p, scene, scene.status, pen)
    if scene.today is not None:
        _vertical(p, scene, scene.today, QPen(scene.colors.today, 1.5))


def _vertical(p: QPainter, scene: Scene, moment: datetime, pen: QPen) -> None:
    x = scene.scale.x_of(moment)
    if -2 <= x <= scene.width + 2:
        p.setPen(pen)
        p.drawLine(QLineF(x, 0, x, scene.height))


def _arrows(p: QPainter, arrows: list[Arrow], colors: ChartColors) -> None:
    """Orthogonal lines need no antialiasing; one drawLines and one fillPath per colour."""
    for critical, color in ((False, colors.arrow), (True, colors.critical)):
        lines: list[QLineF] = []
        heads = QPainterPath()
        for arrow in arrows:
            if arrow.critical != critical:
                continue
            points = [(round(x) + 0.5, round(y) + 0.5) for x, y in arrow.points]
            lines.extend(QLineF(*a, *b) for a, b in pairwise(points))
            heads.addPolygon(polygon((x + 0.5, y + 0.5) for x, y in arrow.head))
        if not lines:
            continue
        p.setPen(QPen(color, 0))
        p.drawLines(lines)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.fillPath(heads, color)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def _bar(p: QPainter, shape: BarShape, colors: ChartColors) -> None:
    if shape.kind == "milestone":
        _milestone(p, shape, colors)
    elif shape.kind == "summary":
        _summary(p, shape, colors)
    else:
        _task(p, shape, colors)
    if shape.deadline:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colors.deadline)
        _smooth_polygon(p, shape.deadline)


def _smooth_polygon(p: QPainter, points: Iterable[Point]) -> None:
    """Slanted edges antialiased; everything else is drawn on whole pixels without it (faster, crisper)."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.drawPolygon(polygon(points))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def _task(p: QPainter, shape: BarShape, colors: ChartColors) -> None:
    fill = colors.critical if shape.critical else colors.task
    edge = colors.critical_edge if shape.critical else colors.task_edge
    if shape.manual:  # teal as MS Project draws it; a critical one keeps a red edge
        fill, edge = colors.manual, colors.critical if shape.critical else colors.manual_edge
    rect = qrect(shape.rect)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(fill)
    p.drawRect(rect)
    if shape.progress is not None and shape.progress.w > 0:
        p.setBrush(colors.critical_progress if shape.critical else colors.progress)
        p.drawRect(qrect(Rect(shape.progress.x, shape.progress.y, shape.progress.w, shape.progress.h)))
    if shape.overrun is not None:
        _hatch(p, shape.overrun, colors)
    p.setBrush(Qt.BrushStyle.NoBrush)
    if shape.late:
        p.setPen(QPen(colors.late, 2))
        p.drawRect(rect.adjusted(0, 0, 0, 0))
    else:
        p.setPen(QPen(edge, 2 if shape.manual and shape.critical else 1))
        p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))


def _hatch(p: QPainter, rect: Rect, colors: ChartColors) -> None:
    """The overrun past the deadline: red stripes on the background, so it reads on a red bar too."""
    area = qrect(rect)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colors.base)
    p.drawRect(area)
    p.setBrush(QBrush(colors.late, Qt.BrushStyle.BDiagPattern))
    p.drawRect(area)


def _summary(p: QPainter, shape: BarShape, colors: ChartColors) -> None:
    """The bar in full colour where work is done, lighter where it remains, with solid end caps."""
    color = colors.critical if shape.critical else colors.summary
    remaining = QColor(color)
    remaining.setAlphaF(color.alphaF() * 0.55)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(remaining)
    p.drawRect(qrect(shape.rect))
    p.setBrush(color)
    if shape.progress is not None and shape.progress.w > 0:
        p.drawRect(qrect(Rect(shape.progress.x, shape.rect.y, shape.progress.w, shape.rect.h)))
    for cap in shape.caps:
        _smooth_polygon(p, cap)
    if shape.overrun is not None:
        _hatch(p, shape.overrun, colors)


def _milestone(p: QPainter, shape: BarShape, colors: ChartColors) -> None:
    color = colors.manual if shape.manual else colors.critical if shape.critical else colors.milestone
    p.setPen(QPen(colors.late, 2) if shape.late else Qt.PenStyle.NoPen)
    p.setBrush(color)
    _smooth_polygon(p, shape.diamond)


def _labels(p: QPainter, scene: Scene) -> None:
    """Each bar's label. Where an arrow runs through one, the row's own background is laid under
    the text first, so the line passes behind the name instead of striking it through."""
    metrics = QFontMetricsF(p.font())
    crossing = segments_by_row(scene.frame)
    p.setPen(scene.colors.text)
    for number, row in enumerate(scene.frame.rows):
        shape = scene.frame.shapes.get(row.slot.task_id)
        text = scene.labels.get(row.slot.task_id) if shape is not None else None
        if not text or shape.label_x > scene.width:
            continue
        baseline = round(row.slot.top + (row.slot.height + metrics.ascent() - metrics.descent()) / 2)
        origin = QPointF(round(shape.label_x), baseline)
        box = label_box(origin, text, metrics)
        if crosses(box, crossing.get(row.slot.top, ())):
            _row_background(p, scene, number, box)
        p.drawText(origin, text)


def label_box(origin: QPointF, text: str, metrics: QFontMetricsF) -> QRectF:
    """Where a label's glyphs are, from its baseline origin."""
    return QRectF(origin.x(), origin.y() - metrics.ascent(), metrics.horizontalAdvance(text), metrics.height())


Segment = tuple[float, float, float, float]  # left, top, right, bottom


def segments_by_row(frame: Frame) -> dict[float, list[Segment]]:
    """The arrows' orthogonal segments, filed under the top of each visible row they pass through."""
    slots = [row.slot for row in frame.rows]
    tops = [slot.top for slot in slots]
    found: dict[float, list[Segment]] = {}
    for arrow in frame.arrows:
        for (x0, y0), (x1, y1) in pairwise(arrow.points):
            segment = (min(x0, x1) - 0.5, min(y0, y1) - 0.5, max(x0, x1) + 0.5, max(y0, y1) + 0.5)
            first = max(0, bisect_right(tops, segment[1]) - 1)  # rows sorted top to bottom
            for slot in slots[first : bisect_left(tops, segment[3])]:
                if segment[1] < slot.top + slot.height:
                    found.setdefault(slot.top, []).append(segment)
    return found


def crosses(box: QRectF, segments: Iterable[Segment]) -> bool:
    left, top, right, bottom = box.left(), box.top(), box.right(), box.bottom()
    return any(s[0] < right and s[2] > left and s[1] < bottom and s[3] > top for s in segments)


def _row_background(p: QPainter, scene: Scene, number: int, box: QRectF) -> None:
    """Paint the row's background (base, alternate band, selection) over `box`, as _rows paints the band."""
    colors = scene.colors
    area = box.adjusted(-2, 0, 2, 0)
    p.fillRect(area, colors.base)
    if scene.alternate and (scene.first_number + number) % 2:
        p.fillRect(area, colors.alternate)
    if scene.frame.rows[number].slot.task_id in scene.selected:
        p.fillRect(area, colors.selection)


def paint_ghost(p: QPainter, shape: BarShape, colors: ChartColors) -> None:
    """The outline of where a dragged bar would land."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(colors.text, 1, Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.setBrush(colors.ghost)
    if shape.kind == "milestone":
        p.drawPolygon(polygon(shape.diamond))
    else:
        p.drawRect(qrect(shape.rect).adjusted(0.5, 0.5, -0.5, -0.5))
        if shape.progress is not None and shape.progress.w > 0:
            p.setBrush(colors.progress)
            p.drawRect(qrect(shape.progress).adjusted(0.5, 0.5, -0.5, -0.5))


def paint_link_line(p: QPainter, start: Point, end: Point, colors: ChartColors) -> None:
    """The rubber band of a drag-to-link."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(QPen(colors.text, 1.5, Qt.PenStyle.DashLine))
    p.drawLine(QLineF(QPointF(*start), QPointF(*end)))


def paint_target_row(p: QPainter, row: RowSlot, width: int, colors: ChartColors) -> None:
    """The row a link drag would drop on, outlined."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.setPen(QPen(colors.text, 1, Qt.PenStyle.DotLine))
    p.setBrush(colors.selection)
    p.drawRect(QRectF(0.5, row.top + 0.5, width - 1, row.height - 1))
