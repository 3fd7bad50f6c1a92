"""Where each visible row's shapes go, computed before anything is painted.

GanttProject builds its chart geometry first and paints it after (Canvas.java), so
the geometry is testable without a widget; so is this. Inputs are plain values (a
row's pixel band, a task's dates, the TimeScale), outputs are rectangles and point
lists in viewport pixels. Dependency arrows are in arrows.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from planner.ui.gantt.chart.timescale import TimeScale

Point = tuple[float, float]


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center_y(self) -> float:
        return self.y + self.h / 2

    def contains(self, x: float, y: float, slack: float = 0.0) -> bool:
        return self.x - slack <= x <= self.right + slack and self.y - slack <= y <= self.bottom + slack


@dataclass(frozen=True)
class RowSlot:
    """One row of the tree as the chart sees it: which task, and its pixel band."""

    task_id: int
    top: float
    height: float


@dataclass(frozen=True)
class BarData:
    """What the chart shows of one task, already read from the schedule."""

    task_id: int
    start: datetime
    finish: datetime
    summary: bool = False
    milestone: bool = False
    critical: bool = False
    complete_through: datetime | None = None  # progress reaches this instant (None: no progress)
    deadline: datetime | None = None
    late_from: datetime | None = None  # a late task overruns from here (deadline or late finish) to its finish
    manual: bool = False  # manually scheduled (MS Project's Task Mode): drawn in its own colour


@dataclass(frozen=True)
class BarShape:
    """A task's shapes: kind is "task", "summary" or "milestone"; `rect` always bounds the bar or diamond."""

    task_id: int
    kind: str
    rect: Rect
    row: RowSlot
    critical: bool = False
    progress: Rect | None = None
    late: bool = False
    overrun: Rect | None = None
    diamond: tuple[Point, ...] = ()
    caps: tuple[tuple[Point, ...], ...] = ()
    deadline: tuple[Point, ...] = ()  # a small down-pointing marker above the bar
    label_x: float = 0.0
    manual: bool = False  # a manually scheduled task's bar (teal, as MS Project draws it)

    @property
    def start_port(self) -> Point:
        """Where links attached to the task's start meet it."""
        return (self.rect.x, self.rect.center_y)

    @property
    def finish_port(self) -> Point:
        return (self.rect.right, self.rect.center_y)


@dataclass(frozen=True)
class Sizes:
    """Bar proportions relative to the row height, so a bigger font scales the whole chart."""

    bar: float = 0.56
    summary: float = 0.34
    min_width: float = 2.0


def bar_shape(row: RowSlot, bar: BarData, scale: TimeScale, sizes: Sizes = Sizes()) -> BarShape:
    """The shapes of one task on its row."""
    if bar.milestone and not bar.summary:
        return _milestone(row, bar, scale, sizes)
    if bar.summary:
        return _summary(row, bar, scale, sizes)
    return _task(row, bar, scale, sizes)


def _span(bar: BarData, scale: TimeScale, sizes: Sizes) -> tuple[float, float]:
    left = scale.x_of(bar.start)
    return left, max(sizes.min_width, scale.x_of(bar.finish) - left)


def _task(row: RowSlot, bar: BarData, scale: TimeScale, sizes: Sizes) -> BarShape:
    height = round(row.height * sizes.bar)
    left, width = _span(bar, scale, sizes)
    rect = Rect(left, row.top + (row.height - height) / 2, width, height)
    progress = None
    if bar.complete_through is not None:
        done = min(rect.w, max(0.0, scale.x_of(bar.complete_through) - left))
        progress = Rect(left, rect.y, done, height)
    overrun = _overrun(rect, bar, scale)
    deadline = _deadline(row, bar, scale)
    return BarShape(
        bar.task_id, "task", rect, row, bar.critical, progress, bar.late_from is not None, overrun,
        deadline=deadline, label_x=_label_x(rect.right, deadline), manual=bar.manual,
    )  # fmt: skip


def _overrun(rect: Rect, bar: BarData, scale: TimeScale) -> Rect | None:
    """The part of a late bar past the date it should have finished by."""
    if bar.late_from is None:
        return None
    x = min(rect.right, max(rect.x, scale.x_of(bar.late_from)))
    return Rect(x, rect.y, rect.right - x, rect.h) if rect.right > x else None


def _deadline(row: RowSlot, bar: BarData, scale: TimeScale) -> tuple[Point, ...]:
    """A down-pointing triangle at the deadline, in the gap above the bar (MS Project's green arrow)."""
    if bar.deadline is None:
        return ()
    x = scale.x_of(bar.deadline)
    size = max(4.0, row.height * 0.28)
    top = row.top
    return ((x - size, top), (x + size, top), (x, top + size * 1.5))


def _label_x(bar_right: float, deadline: tuple[Point, ...]) -> float:
    right = max([bar_right] + [p[0] for p in deadline])
    return right + 5


def _milestone(row: RowSlot, bar: BarData, scale: TimeScale, sizes: Sizes) -> BarShape:
    """A diamond centred on the milestone's date and row."""
    x = scale.x_of(bar.start)
    half = round(row.height * sizes.bar / 2) + 1
    cy = row.top + row.height / 2
    diamond = ((x, cy - half), (x + half, cy), (x, cy + half), (x - half, cy))
    rect = Rect(x - half, cy - half, 2 * half, 2 * half)
    deadline = _deadline(row, bar, scale)
    return BarShape(
        bar.task_id, "milestone", rect, row, bar.critical, late=bar.late_from is not None, diamond=diamond,
        deadline=deadline, label_x=_label_x(rect.right, deadline), manual=bar.manual,
    )  # fmt: skip


def _summary(row: RowSlot, bar: BarData, scale: TimeScale, sizes: Sizes) -> BarShape:
    """A thin bar with a downward cap at each end, spanning the children (MS Project's summary)."""
    height = max(3, round(row.height * sizes.summary))
    left, width = _span(bar, scale, sizes)
    top = row.top + (row.height - height) / 2 - height / 3
    rect = Rect(left, top, width, height)
    caps = (_cap(left, top, height, 1.0), _cap(rect.right, top, height, -1.0))
    progress = None
    if bar.complete_through is not None:
        done = min(width, max(0.0, scale.x_of(bar.complete_through) - left))
        progress = Rect(left, top + height / 3, done, height / 3)
    deadline = _deadline(row, bar, scale)
    return BarShape(
        bar.task_id, "summary", rect, row, bar.critical, progress, bar.late_from is not None,
        _overrun(rect, bar, scale), caps=caps, deadline=deadline, label_x=_label_x(rect.right, deadline),
    )  # fmt: skip


def _cap(x: float, top: float, height: float, inward: float) -> tuple[Point, ...]:
    """The pointed end of a summary bar at `x`, hanging below the bar (inward: +1 at the left end, -1 at the right)."""
    size = height * 0.9
    return ((x, top), (x + inward * size, top), (x + inward * size, top + height), (x, top + height + size))
