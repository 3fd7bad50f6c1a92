"""Tools > Tracking as MS Project has it: Update Tasks (one task's progress typed at once) and
Update Project ("update work as complete through" a date).

Update Tasks takes what the PM typed, field by field, in MS Project's order: actual start,
then % complete or actual duration or remaining duration, then actual finish, each by the
tracking rules of tracking_edits, and makes ONE edit of them (one undo step). Fields left
as they were are not applied, so the dialog never rewrites what the PM did not touch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from planner.core.edits.compose import compose
from planner.core.edits.edit import Edit, Put
from planner.core.edits.task_edits import replace_task, set_percent_complete
from planner.core.edits.tracking_edits import (
    complete,
    mark_on_track,
    set_actual_finish,
    set_actual_start,
    set_percent,
    set_remaining_duration,
)
from planner.core.errors import InputError
from planner.core.model.duration import Duration, parse_duration

if TYPE_CHECKING:
    from planner.core.model.entities import Project
    from planner.core.schedule.result import Schedule, TaskDates


@dataclass(frozen=True)
class TaskUpdate:
    """What the Update Tasks dialog changed; None: left as it was."""

    percent: float | None = None
    actual_duration: str | None = None
    remaining_duration: str | None = None
    actual_start: datetime | None = None
    actual_finish: datetime | None = None


class Scratch:
    """The schedule as the tracking builders read it, over a scratch project taking the earlier steps
    of one edit (compose.py): the project is the scratch one, the dates those scheduled before."""

    def __init__(self, schedule: Schedule, project: Project) -> None:
        self.project = project
        self.outline = schedule.outline
        self.net = schedule.net
        self._schedule = schedule

    def dates(self, task_id: int) -> TaskDates:
        return self._schedule.dates(task_id)


def set_actual_duration(schedule, task_id: int, text: str) -> Edit | None:
    """The working time done so far: % complete follows; as much as the duration or more completes the task."""
    project = schedule.project
    task = project.tasks[task_id]
    done = parse_duration(text, project.units)
    if done.elapsed != task.duration.elapsed:
        raise InputError("type the actual duration in the task's own kind of time (e.g. 2d, or 2ed if elapsed)")
    started = task.actual_start or schedule.dates(task_id).start
    if done.minutes == 0:
        return set_percent_complete(project, task_id, 0.0)
    if done.minutes >= task.duration.minutes:
        return complete(schedule, task_id, "Change actual duration", Duration(done.minutes, task.duration.elapsed))
    percent = round(100.0 * done.minutes / task.duration.minutes, 1)
    return replace_task(project, task_id, "Change actual duration", percent_complete=percent, actual_start=started)


def update_task(schedule: Schedule, task_id: int, update: TaskUpdate) -> Edit | None:
    """One edit applying `update` to task `task_id`; InputError names the first field refused."""
    if schedule.outline.is_summary(task_id):
        raise InputError("a summary task's progress comes from its subtasks: update those")
    steps: list[Callable[[Project], Edit | None]] = []

    def step(build: Callable[[Scratch], Edit | None]) -> None:
        steps.append(lambda project: build(Scratch(schedule, project)))

    if update.actual_start is not None:
        step(lambda s: set_actual_start(s, task_id, update.actual_start))
    if update.percent is not None:
        step(lambda s: set_percent(s, task_id, update.percent))
    if update.actual_duration is not None:
        step(lambda s: set_actual_duration(s, task_id, update.actual_duration))
    if update.remaining_duration is not None:
        step(lambda s: set_remaining_duration(s, task_id, update.remaining_duration))
    if update.actual_finish is not None:
        step(lambda s: set_actual_finish(s, task_id, update.actual_finish))
    return compose(schedule.project, "Update task", steps)


def update_project(
    project: Project, through: datetime, task_ids: Iterable[int] | None = None, *, all_or_nothing: bool = False
) -> Edit | None:
    """Update Project: work scheduled up to `through` is done, as planned (Mark on Track at that date).

    For the whole project (task_ids None) or the selected tasks; `all_or_nothing` sets only the
    tasks due to finish by then to 100% complete and leaves the others as they are
    (MS Project's "Set 0% or 100% complete only").
    """
    ids = list(project.tasks) if task_ids is None else list(task_ids)
    if not ids:
        raise InputError("select the tasks to update (or update the entire project)")
    edit = mark_on_track(replace(project, status_date=through), ids)
    if edit is None:
        return None
    puts = edit.changes
    if all_or_nothing:
        puts = tuple(p for p in puts if isinstance(p, Put) and p.after.percent_complete >= 100)
    label = f"Update project through {through:%Y-%m-%d}"
    return Edit(label, tuple(puts)) if puts else None
