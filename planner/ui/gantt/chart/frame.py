"""One frame's geometry: the shapes of the visible rows and the arrows near them, built before painting.

A link whose other end is off screen is drawn to (or from) just beyond the top or
bottom edge, on the side where that task's row lies; a link to a task the tree does
not show (collapsed or filtered away) is not drawn, as in MS Project.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from planner.ui.gantt.chart.arrows import ENDS, STUB, Arrow, route
from planner.ui.gantt.chart.geometry import BarData, BarShape, RowSlot, Sizes, bar_shape
from planner.ui.gantt.chart.rows import VisibleRow
from planner.ui.gantt.chart.source import ChartSource
from planner.ui.gantt.chart.timescale import TimeScale


@dataclass
class Frame:
    rows: list[VisibleRow] = field(default_factory=list)
    shapes: dict[int, BarShape] = field(default_factory=dict)  # task id -> shape, visible rows only
    arrows: list[Arrow] = field(default_factory=list)

    def shape_at(self, x: float, y: float, slack: float = 3.0) -> BarShape | None:
        """The bar (or diamond) under viewport point (x, y), if any."""
        for shape in self.shapes.values():
            row = shape.row
            if row.top <= y < row.top + row.height and shape.rect.contains(x, y, slack):
                return shape
        return None


def build_frame(
    rows: list[VisibleRow],
    source: ChartSource,
    scale: TimeScale,
    height: int,
    show_critical: bool,
    sizes: Sizes,
    shown: Callable[[int], bool] | None = None,
) -> Frame:
    """Shapes for `rows` and the arrows touching or crossing them; `shown` says whether the tree
    shows a task's row at all (a link to a row it does not show has no arrow)."""
    frame = Frame(rows)
    for row in rows:
        bar = _bar(source, row.slot.task_id, show_critical)
        if bar is not None:
            frame.shapes[bar.task_id] = bar_shape(row.slot, bar, scale, sizes)
    if rows:
        frame.arrows = _arrows(frame, source, scale, height, show_critical, sizes, shown)
        _clear_labels(frame, source)
    return frame


def _clear_labels(frame: Frame, source: ChartSource) -> None:
    """Move a label right of the stub of an arrow that leaves or enters the bar's finish, so no line crosses it."""
    links = source.project.links
    for arrow in frame.arrows:
        link = links.get(arrow.link_id)
        if link is None:
            continue
        from_finish, to_finish = ENDS[link.type]
        for task_id, at_finish in ((link.predecessor_id, from_finish), (link.successor_id, to_finish)):
            shape = frame.shapes.get(task_id)
            if at_finish and shape is not None:
                clear = shape.rect.right + STUB + 5
                if shape.label_x < clear:
                    frame.shapes[task_id] = replace(shape, label_x=clear)


def _bar(source: ChartSource, task_id: int, show_critical: bool, outline: bool = False) -> BarData | None:
    bar = source.outline_bar(task_id) if outline else source.bar(task_id)
    if bar is not None and bar.critical and not show_critical:
        bar = replace(bar, critical=False)
    return bar


def _arrows(
    frame: Frame,
    source: ChartSource,
    scale: TimeScale,
    height: int,
    show_critical: bool,
    sizes: Sizes,
    shown: Callable[[int], bool] | None,
) -> list[Arrow]:
    index = source.links
    visible = list(frame.shapes)
    ordinals = [index.ordinal[t] for t in visible if t in index.ordinal]
    if not ordinals:
        return []
    first, last = min(ordinals), max(ordinals)
    row_height = frame.rows[0].slot.height
    offscreen: dict[int, BarShape | None] = {}

    def shape_of(task_id: int) -> BarShape | None:
        if task_id in frame.shapes:
            return frame.shapes[task_id]
        if task_id not in offscreen:
            if shown is not None and not shown(task_id):
                offscreen[task_id] = None  # filtered away or collapsed: no line to the chart's edge
                return None
            bar = _bar(source, task_id, show_critical, outline=True)
            ordinal = index.ordinal.get(task_id)
            offscreen[task_id] = _offscreen(bar, ordinal, scale, first, last, height, row_height, sizes)
        return offscreen[task_id]

    arrows = []
    links = source.project.links
    for link_id in sorted(index.near(visible)):
        link = links.get(link_id)
        if link is None:
            continue
        a, b = shape_of(link.predecessor_id), shape_of(link.successor_id)
        if a is not None and b is not None:
            arrows.append(route(link.id, link.type, a, b, a.critical and b.critical))
    return arrows


def _offscreen(
    bar: BarData | None,
    ordinal: int | None,
    scale: TimeScale,
    first: int,
    last: int,
    height: int,
    row_h: int,
    sizes: Sizes,
) -> BarShape | None:
    """A stand-in shape just beyond the edge of the view where the task's row lies; None if it is hidden."""
    if ordinal is None or bar is None or first <= ordinal <= last:
        return None
    top = -2.0 * row_h if ordinal < first else height + row_h
    return bar_shape(RowSlot(bar.task_id, top, row_h), bar, scale, sizes)
