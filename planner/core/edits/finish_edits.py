"""A new finish, typed in the table or dragged on the chart, changes the task's duration (MS Project).

The duration becomes the working time from the scheduled start to the new finish on the
task's calendar (elapsed time for an elapsed task). Where the work then really ends can
differ from the instant asked for: a finish dragged to Sunday 00:00 ends on Friday 17:00,
and `finish_after` says so, so a drag previews what the drop will do.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from planner.core.edits.edit import Edit
from planner.core.edits.task_edits import set_duration
from planner.core.errors import InputError
from planner.core.model.dates import format_date
from planner.core.model.duration import Duration

if TYPE_CHECKING:
    from planner.core.schedule.result import Schedule
    from planner.core.schedule.worktime import WorkTime


def duration_to(calendar: WorkTime, start: datetime, finish: datetime, elapsed: bool = False) -> Duration:
    """The duration from `start` to `finish`: working minutes on `calendar`, or elapsed minutes."""
    if elapsed:
        return Duration(round((finish - start).total_seconds() / 60), True)
    return Duration(calendar.offset(finish) - calendar.offset(start))


def finish_after(calendar: WorkTime, start: datetime, duration: Duration) -> datetime:
    """Where work of `duration` from `start` ends: the finish the schedule will show."""
    if duration.elapsed:
        return start + timedelta(minutes=duration.minutes)
    return calendar.finish_of(calendar.offset(start) + duration.minutes)


def task_calendar(schedule: Schedule, task_id: int) -> WorkTime:
    """The compiled calendar a leaf task works on in this schedule."""
    return schedule.net.calendars[schedule.net.leaf[task_id]]


def set_finish(schedule: Schedule, task_id: int, finish: datetime) -> Edit | None:
    """The edit that makes the task finish at `finish` by changing its duration; refused for a
    summary (it finishes with its subtasks) and for a finish before the task's start."""
    if task_id in schedule.net.rollup:
        raise InputError("a summary task finishes when its subtasks do; change theirs")
    start = schedule.span(task_id)[0]
    if finish < start:
        raise InputError(f"the finish {format_date(finish)} is before the task's start {format_date(start)}")
    task = schedule.project.tasks[task_id]
    duration = duration_to(task_calendar(schedule, task_id), start, finish, task.duration.elapsed)
    return set_duration(schedule.project, task_id, duration)
