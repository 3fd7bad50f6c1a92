"""Mouse drags on bars, MS Project's way, turned into one core edit on release.

Where the mouse goes down decides the drag: the right end resizes (duration), the
progress end (or the left edge of an unstarted bar) sets % complete, the body
moves the bar (a Start No Earlier Than constraint at the dropped date, snapped to
the timescale's minor unit), and leaving the row vertically turns any of these
into a finish-to-start link to the row under the mouse. While dragging, only a
ghost moves; the release builds one Edit, so a drag is one undo step.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta

from planner.core.edits.edit import Edit
from planner.core.edits.finish_edits import duration_to, finish_after
from planner.core.edits.link_edits import add_link
from planner.core.edits.task_edits import set_duration, set_start
from planner.core.edits.tracking_edits import set_percent
from planner.core.model.dates import when
from planner.core.model.duration import Duration, format_duration
from planner.core.model.entities import ConstraintType, LinkType, Task
from planner.core.schedule.worktime import WorkTime
from planner.ui.gantt.chart.frame import Frame
from planner.ui.gantt.chart.geometry import BarShape, Rect
from planner.ui.gantt.chart.source import ChartSource
from planner.ui.gantt.chart.timescale import TimeScale, Unit

EDGE = 4.0  # pixels either side of a bar end that grab it


def zone_at(shape: BarShape, x: float) -> str:
    """What pressing at viewport x on `shape` drags: "move", "finish", "progress" or "link"."""
    if shape.kind == "summary":
        return "link"
    if shape.kind == "milestone":
        return "move"
    rect = shape.rect
    if abs(x - rect.right) <= EDGE and x >= rect.x + min(8.0, rect.w / 2):
        return "finish"
    if rect.w >= 16:
        started = shape.progress is not None and shape.progress.w > 0
        near = abs(x - shape.progress.right) <= EDGE - 1 if started else x - rect.x <= EDGE + 1
        if near:
            return "progress"
    return "move"


@dataclass
class Preview:
    """What the view draws while dragging: a ghost bar, or a link's rubber band, and what it would do."""

    ghost: BarShape | None
    line: tuple[tuple[float, float], tuple[float, float]] | None
    text: str
    target: int | None = None  # the row a link would go to


class Drag:
    """One drag in progress, from mouse press to release."""

    def __init__(self, source: ChartSource, scale: TimeScale, shape: BarShape, zone: str, x: float, y: float):
        self.source = source
        self.scale = scale
        self.shape = shape
        self.zone = zone
        self.mode = "pending"
        self.press = (x, y)
        self.task: Task = source.project.tasks[shape.task_id]
        self.dates = source.dates(shape.task_id)

    def update(self, x: float, y: float, frame: Frame, threshold: float) -> Preview | None:
        """Follow the mouse; None until it has moved far enough to be a drag."""
        dx, dy = x - self.press[0], y - self.press[1]
        if self.mode == "pending":
            if max(abs(dx), abs(dy)) < threshold:
                return None
            self.mode = self.zone
        row = self.shape.row
        if self.mode == "move" and not row.top - 2 <= y <= row.top + row.height + 2:
            self.mode = "link"  # dragging a bar off its row: MS Project starts a link
        if self.mode == "link":
            return self._link_preview(x, y, frame)
        if self.mode == "move":
            start = self.new_start(dx)
            text = f"Start No Earlier Than {when(start)} (moving a bar sets this constraint)"
            return Preview(self._moved(start), None, text)
        if self.mode == "finish":
            duration, finish = self.new_duration(x)
            ghost = replace(self.shape, rect=_with_right(self.shape.rect, self.scale.x_of(finish)), progress=None)
            return Preview(ghost, None, f"Duration {format_duration(duration, self.source.project.units)}, "
                           f"finish {when(finish)}")  # fmt: skip
        return self._progress_preview(x)

    def _progress_preview(self, x: float) -> Preview:
        rect = self.shape.rect
        done = Rect(rect.x, rect.y, max(0.0, min(x, rect.right) - rect.x), rect.h)
        return Preview(replace(self.shape, progress=done), None, f"{self.new_percent(x)}% complete")

    def _link_preview(self, x: float, y: float, frame: Frame) -> Preview:
        start = self.shape.finish_port
        target = next((r.slot for r in frame.rows if r.slot.top <= y < r.slot.top + r.slot.height), None)
        ids = self.source.schedule.outline.ids
        if target is None or target.task_id == self.shape.task_id:
            return Preview(
                None, (start, (x, y)), f"Link task {ids.id_of(self.shape.task_id)} to… (drop on another task)"
            )
        text = f"Link task {ids.id_of(self.shape.task_id)} → task {ids.id_of(target.task_id)} (finish-to-start)"
        return Preview(None, (start, (x, y)), text, target.task_id)

    def _moved(self, start: datetime) -> BarShape:
        dx = self.scale.x_of(start) - self.scale.x_of(self.dates.start)
        rect = self.shape.rect
        diamond = tuple((px + dx, py) for px, py in self.shape.diamond)
        progress = self.shape.progress
        if progress is not None:
            progress = Rect(progress.x + dx, progress.y, progress.w, progress.h)
        return replace(self.shape, rect=Rect(rect.x + dx, rect.y, rect.w, rect.h), diamond=diamond, progress=progress)

    # -- what the drop means -----------------------------------------------
    def new_start(self, dx: float) -> datetime:
        """The dragged start snapped to the minor unit; whole days start at the calendar's start of work."""
        unit = self.scale.snap_unit
        moved = self.dates.start + timedelta(days=dx / self.scale.px_per_day)
        snapped = unit.nearest(moved)
        if unit.kind == "hour":
            return snapped
        return datetime.combine(snapped.date(), day_start(self.source.calendar(self.task)))

    def new_duration(self, x: float) -> tuple[Duration, datetime]:
        """The duration that puts the finish at the minor-unit boundary nearest x (at least one unit),
        and where the work then ends: a finish dropped on a weekend lands on Friday's end of work."""
        unit = self.scale.snap_unit
        start = self.dates.start
        finish = unit.nearest(self.scale.datetime_at(x))
        if finish <= start:
            finish = unit.next(unit.floor(start))
        calendar = self.source.calendar(self.task)
        duration = duration_to(calendar, start, finish, self.task.duration.elapsed)
        if duration.minutes <= 0:
            duration = Duration(_unit_work(unit, self.source.project.units.minutes_per_day))
        return duration, finish_after(calendar, start, duration)

    def new_percent(self, x: float) -> int:
        percent = self.source.percent_at(self.task, self.dates, self.scale.datetime_at(x))
        return round(percent)

    def edit(self, x: float, y: float, target: int | None) -> Edit | None:
        """The edit the drop makes (None: nothing to do). Raises InputError if the core refuses it."""
        project, task_id = self.source.project, self.task.id
        if self.mode == "link":
            return add_link(project, task_id, target, LinkType.FS) if target and target != task_id else None
        if self.mode == "move":
            start = self.new_start(x - self.press[0])
            if start == self.dates.start and self.task.constraint_type == ConstraintType.ASAP:
                return None  # dropped where it was: no constraint for a bar that did not move
            return set_start(project, task_id, start)
        if self.mode == "finish":
            return set_duration(project, task_id, self.new_duration(x)[0])
        if self.mode == "progress":
            return set_percent(self.source.schedule, task_id, self.new_percent(x))
        return None


def day_start(calendar: WorkTime) -> time:
    """When work starts on a normal day of the calendar (08:00 on the standard calendar)."""
    for day in calendar.calendar.week:
        if day:
            return time(day[0][0] // 60, day[0][0] % 60)
    return time(8, 0)


def _unit_work(unit: Unit, minutes_per_day: int) -> int:
    return unit.step * 60 if unit.kind == "hour" else minutes_per_day


def _with_right(rect: Rect, right: float) -> Rect:
    return Rect(rect.x, rect.y, max(2.0, right - rect.x), rect.h)
