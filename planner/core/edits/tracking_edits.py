"""Tracking as MS Project does it: actual start and finish, remaining duration, Mark on Track.

Each builder returns one Edit (None when nothing changes) or raises InputError with a
message fit for the cell. They keep a task's progress fields consistent the way MS
Project does:

- an actual start marks the task started (at 0% until progress is entered); clearing it
  clears all progress;
- an actual finish makes the task 100% complete, gives it an actual start (its scheduled
  start) if it had none, and makes its duration the working time between the two;
- 100% complete (typed, dragged, reported back, or as 0 remaining / all the duration done)
  on a task with no actual finish gives it one: its scheduled finish, or where its work ends
  from an actual start the same update moved (MS Project fills Actual Finish from Finish);
- a remaining duration keeps the work done and changes the duration to done + remaining,
  so % complete follows; 0 remaining means complete;
- Mark on Track sets each selected task (a summary: its subtasks) complete up to the
  status date, as scheduled: actual start where it has begun, actual finish where it is done.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from planner.core.edits.edit import Edit, Put
from planner.core.edits.finish_edits import duration_to, finish_after, task_calendar
from planner.core.edits.task_edits import replace_task, set_percent_complete
from planner.core.errors import InputError
from planner.core.model.dates import when as instant
from planner.core.model.duration import Duration, parse_duration
from planner.core.model.entities import Project, Task
from planner.core.schedule.engine import schedule as run_schedule
from planner.core.schedule.progress import own_percent, percent_at

if TYPE_CHECKING:
    from planner.core.schedule.result import Schedule


def set_actual_start(schedule: Schedule, task_id: int, started: datetime | None) -> Edit | None:
    """The day work really began; None (NA) clears the task's progress."""
    project = schedule.project
    task = _leaf(schedule, task_id, "actual start")
    if started is None:
        return replace_task(
            project, task_id, "Clear actual start", actual_start=None, actual_finish=None, percent_complete=0.0
        )
    if task.actual_finish is not None and started > task.actual_finish:
        raise InputError(
            f"the actual start {instant(started)} is after the actual finish {instant(task.actual_finish)}"
        )
    return replace_task(project, task_id, "Change actual start", actual_start=started)


def set_actual_finish(schedule: Schedule, task_id: int, finished: datetime | None) -> Edit | None:
    """The day work really ended: complete, and the duration becomes actual finish minus actual start."""
    project = schedule.project
    task = _leaf(schedule, task_id, "actual finish")
    if finished is None:
        percent = 0.0 if task.percent_complete >= 100 else task.percent_complete
        return replace_task(project, task_id, "Clear actual finish", actual_finish=None, percent_complete=percent)
    started = task.actual_start or schedule.dates(task_id).start
    if finished < started:
        raise InputError(f"the actual finish {instant(finished)} is before the actual start {instant(started)}")
    duration = task.duration
    if not task.milestone:
        duration = duration_to(task_calendar(schedule, task_id), started, finished, task.duration.elapsed)
    return replace_task(
        project,
        task_id,
        "Change actual finish",
        actual_start=started,
        actual_finish=finished,
        percent_complete=100.0,
        duration=duration,
    )


def set_percent(schedule: Schedule, task_id: int, percent: float) -> Edit | None:
    """% complete by the tracking rules: a started task gets its scheduled start as actual start,
    and a task reaching 100% with no actual finish is completed (`complete`)."""
    task = schedule.project.tasks.get(task_id)
    if percent == 100 and task is not None and task.actual_finish is None and task_id not in schedule.net.rollup:
        return complete(schedule, task_id, "Change % complete")
    return set_percent_complete(schedule.project, task_id, percent, schedule.dates(task_id).start)


def complete(schedule: Schedule, task_id: int, label: str, duration: Duration | None = None) -> Edit | None:
    """The task done, as an actual finish typed at its scheduled finish would make it: actual start
    its own (else its scheduled start), actual finish its scheduled finish. Where the start is not
    the one scheduled (an actual start typed in the same update) or the duration changes (as much
    done as the duration, or more), the finish is where that work ends from the start; an actual
    finish it has already stays."""
    task = _leaf(schedule, task_id, "progress")
    dates = schedule.dates(task_id)
    started = task.actual_start or dates.start
    work = duration or task.duration
    if work == task.duration and task.actual_finish is not None:
        finished = task.actual_finish
    elif started == dates.start and work.minutes == dates.duration_minutes:  # as the schedule ran it
        finished = dates.finish
    else:
        finished = finish_after(task_calendar(schedule, task_id), started, work)
    if not task.milestone:
        work = duration_to(task_calendar(schedule, task_id), started, finished, task.duration.elapsed)
    return replace_task(
        schedule.project,
        task_id,
        label,
        actual_start=started,
        actual_finish=finished,
        percent_complete=100.0,
        duration=work,
    )


def remaining_minutes(task: Task) -> int:
    """The working (or elapsed) minutes a task has left: its duration less the part done."""
    return round(task.duration.minutes * (1 - own_percent(task) / 100))


def set_remaining_duration(schedule: Schedule, task_id: int, text: str) -> Edit | None:
    """What is left: the work done stays, the duration becomes done + remaining (MS Project's rule)."""
    project = schedule.project
    task = _leaf(schedule, task_id, "remaining duration")
    remaining = parse_duration(text, project.units)
    if remaining.elapsed != task.duration.elapsed:
        kind = "elapsed (e.g. 2ed)" if task.duration.elapsed else "working time (e.g. 2d)"
        raise InputError(f"the task's duration is {kind.split(' ')[0]}: type what remains as {kind}")
    done = task.duration.minutes - remaining_minutes(task)
    scheduled_start = schedule.dates(task_id).start
    if remaining.minutes == 0:
        return complete(schedule, task_id, "Change remaining duration")
    started = task.actual_start or (scheduled_start if done > 0 else None)
    total = Duration(done + remaining.minutes, task.duration.elapsed)
    percent = 100.0 * done / total.minutes
    return replace_task(
        project,
        task_id,
        "Change remaining duration",
        duration=total,
        milestone=False,
        percent_complete=percent,
        actual_start=started,
        actual_finish=None,
    )


def mark_on_track(project: Project, task_ids: Iterable[int]) -> Edit | None:
    """Each task (a summary: each task under it) complete up to the status date, as planned.

    "As planned" is the schedule without the status date: with one, the engine moves work not
    yet done to after it, which is what Mark on Track is there to correct.
    """
    status = project.status_date
    if status is None:
        raise InputError("Mark on Track measures progress up to the status date: set one first (Project > Status Date)")
    planned = run_schedule(replace(project, status_date=None))
    puts = []
    for task_id in _leaves_of(planned, task_ids):
        task = project.tasks[task_id]
        after = _on_track(planned, task, status)
        if after is not task:
            puts.append(Put("tasks", task, after))
    return Edit("Mark on track", tuple(puts)) if puts else None


def _on_track(schedule: Schedule, task: Task, status: datetime) -> Task:
    """The task with its progress as planned at `status`; the task itself when that is what it has."""
    start, finish = schedule.span(task.id)  # not dates(): the floats cost most and are not needed
    if start >= status and task.percent_complete == 0 and task.actual_start is None:
        return task  # not due to start yet, and not started: the common case in a long plan
    percent = round(percent_at(task, start, finish, task_calendar(schedule, task.id), status), 1)
    if percent <= 0:
        fields = {"percent_complete": 0.0, "actual_start": None, "actual_finish": None}
    else:
        fields = {
            "percent_complete": percent,
            "actual_start": task.actual_start or start,
            "actual_finish": (task.actual_finish or finish) if percent >= 100 else None,
        }
    if all(getattr(task, name) == value for name, value in fields.items()):
        return task
    return replace(task, **fields)


def _leaves_of(schedule: Schedule, task_ids: Iterable[int]) -> list[int]:
    """The tasks themselves, a summary replaced by every task under it, each once, in outline order."""
    outline = schedule.outline
    wanted: set[int] = set()
    for task_id in task_ids:
        stack = [task_id]
        while stack:
            current = stack.pop()
            children = outline.children.get(current)
            if children:
                stack.extend(children)
            elif current in schedule.project.tasks:
                wanted.add(current)
    return [task_id for task_id in outline.rows() if task_id in wanted]


def _leaf(schedule: Schedule, task_id: int, what: str) -> Task:
    task = schedule.project.tasks.get(task_id)
    if task is None:
        raise InputError(f"there is no task with Unique ID {task_id}")
    if schedule.outline.children.get(task_id):
        raise InputError(f"a summary task's {what} comes from its subtasks; enter theirs")
    return task
