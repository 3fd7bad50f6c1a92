"""Dependency arrows routed between bars: leave the source end, travel between rows, enter the target end.

Pure geometry over BarShapes (see geometry.py). The routes are MS Project's:

- a finish-to-start link whose successor starts to the right drops from the
  predecessor's finish straight onto the top (or bottom) of the successor's start;
- otherwise the line leaves the source end sideways, turns vertically beside the
  bars, and, when the two ends overlap in x, runs along the gap between rows so it
  never cuts through the source or target bar, then enters the target end
  horizontally with the arrowhead on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.core.model.entities import LinkType
from planner.ui.gantt.chart.geometry import BarShape, Point

STUB = 8.0  # how far a line runs out of a bar end before it turns
HEAD = 4.0  # arrowhead half-width

# (leaves the source at its finish, enters the target at its finish)
ENDS = {
    LinkType.FS: (True, False),
    LinkType.SS: (False, False),
    LinkType.FF: (True, True),
    LinkType.SF: (False, True),
}


@dataclass(frozen=True)
class Arrow:
    link_id: int
    points: tuple[Point, ...]  # the polyline, source end first, ending at the arrowhead's tip
    head: tuple[Point, Point, Point]
    critical: bool = False


def route(link_id: int, kind: LinkType, source: BarShape, target: BarShape, critical: bool = False) -> Arrow:
    """The polyline and arrowhead of one link from `source` to `target`."""
    from_finish, to_finish = ENDS[LinkType(kind)]
    points = _drop_onto_top(source, target) if kind == LinkType.FS else None
    if points is None:
        points = _sideways(source, target, from_finish, to_finish)
    return Arrow(link_id, points, _head(points[-2], points[-1]), critical)


def _drop_onto_top(source: BarShape, target: BarShape) -> tuple[Point, ...] | None:
    """FS with the successor clearly to the right: along the source row, then down (or up) onto the bar."""
    sx, sy = source.finish_port
    rect = target.rect
    inset = min(6.0, rect.w / 2)
    x = rect.x + inset
    if x < sx + STUB:
        return None
    below = rect.y > sy
    tip_y = rect.y if below else rect.bottom
    return ((sx, sy), (x, sy), (x, tip_y))


def _sideways(source: BarShape, target: BarShape, from_finish: bool, to_finish: bool) -> tuple[Point, ...]:
    """Out of the source end, turn vertically, in at the target end; detour between rows if the ends overlap."""
    sx, sy = source.finish_port if from_finish else source.start_port
    tx, ty = target.finish_port if to_finish else target.start_port
    out = 1.0 if from_finish else -1.0  # direction leaving the source
    into = -1.0 if to_finish else 1.0  # direction entering the target
    low, high = _column_range(sx, out, tx, into)
    if low <= high:
        x = high if into > 0 else low  # turn as close to the target as the stubs allow
        return ((sx, sy), (x, sy), (x, ty), (tx, ty))
    x_out, x_in = sx + out * STUB, tx - into * STUB
    gap = _gap_y(source, target)
    return ((sx, sy), (x_out, sy), (x_out, gap), (x_in, gap), (x_in, ty), (tx, ty))


def _column_range(sx: float, out: float, tx: float, into: float) -> tuple[float, float]:
    """The x range where a vertical segment clears both ends by a stub."""
    low, high = float("-inf"), float("inf")
    if out > 0:
        low = sx + STUB
    else:
        high = sx - STUB
    if into > 0:
        high = min(high, tx - STUB)
    else:
        low = max(low, tx + STUB)
    return low, high


def _gap_y(source: BarShape, target: BarShape) -> float:
    """The boundary between the source row and its neighbour towards the target."""
    row = source.row
    return row.top + row.height if target.row.top > row.top else row.top


def _head(before: Point, tip: Point) -> tuple[Point, Point, Point]:
    """A filled triangle at `tip`, pointing along the last segment."""
    dx, dy = tip[0] - before[0], tip[1] - before[1]
    length = max(1e-9, (dx * dx + dy * dy) ** 0.5)
    ux, uy = dx / length, dy / length
    back = (tip[0] - ux * HEAD * 1.6, tip[1] - uy * HEAD * 1.6)
    return (tip, (back[0] - uy * HEAD, back[1] + ux * HEAD), (back[0] + uy * HEAD, back[1] - ux * HEAD))
