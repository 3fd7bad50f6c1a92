"""Edits of task fields, typed as a PM types them, validated before anything changes.

Each builder returns an Edit, or None when the value is unchanged (so no empty
undo step is recorded), or raises InputError with a message fit for the cell.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from planner.core.edits.assignment_edits import duration_puts
from planner.core.edits.edit import Edit, Put
from planner.core.errors import InputError
from planner.core.model.duration import Duration, parse_duration
from planner.core.model.entities import ConstraintType, Project, Task

C = ConstraintType


def replace_task(project: Project, task_id: int, label: str, **fields) -> Edit | None:
    """An edit replacing some fields of one task; None if nothing differs."""
    task = _task(project, task_id)
    changed = {k: v for k, v in fields.items() if getattr(task, k) != v}
    if not changed:
        return None
    return Edit(label, (Put("tasks", task, replace(task, **changed)),))


def _task(project: Project, task_id: int) -> Task:
    try:
        return project.tasks[task_id]
    except KeyError:
        raise InputError(f"there is no task with Unique ID {task_id}") from None


def rename(project: Project, task_id: int, name: str) -> Edit | None:
    name = name.strip()
    if not name:
        raise InputError("a task needs a name")
    return replace_task(project, task_id, "Rename task", name=name)


def set_duration(project: Project, task_id: int, text: str | Duration) -> Edit | None:
    """Typing 0 makes a milestone, as in MS Project; a non-zero duration makes it a task again.
    The task's assignments follow its type: their work (fixed units or duration) or units (fixed work)."""
    duration = text if isinstance(text, Duration) else parse_duration(text, project.units)
    task = _task(project, task_id)
    milestone = duration.minutes == 0 or (task.milestone and task.duration.minutes == duration.minutes)
    edit = replace_task(project, task_id, "Change duration", duration=duration, milestone=milestone)
    if edit is None:
        return None
    return Edit(edit.label, edit.changes + duration_puts(project, task, edit.changes[0].after))


def set_start(project: Project, task_id: int, start: datetime) -> Edit | None:
    """Typing or dragging a start date sets Start No Earlier Than that date (MS Project's habit); a
    manually scheduled task just starts there (its Task Mode: core/edits/rules_edits.py)."""
    if _task(project, task_id).manual:
        return replace_task(project, task_id, "Move task", manual_start=start)
    return replace_task(project, task_id, "Move task", constraint_type=C.SNET, constraint_date=start)


def set_constraint(project: Project, task_id: int, kind: ConstraintType, when: datetime | None) -> Edit | None:
    kind = ConstraintType(kind)
    if kind.needs_date and when is None:
        raise InputError(f"{kind.label} needs a date")
    return replace_task(
        project, task_id, "Change constraint", constraint_type=kind, constraint_date=when if kind.needs_date else None
    )


def set_deadline(project: Project, task_id: int, when: datetime | None) -> Edit | None:
    return replace_task(project, task_id, "Change deadline", deadline=when)


def set_percent_complete(
    project: Project, task_id: int, percent: float, started: datetime | None = None
) -> Edit | None:
    """Progress: a started task gets an actual start (its scheduled start, as MS Project does)."""
    if not 0 <= percent <= 100:
        raise InputError("% complete must be between 0 and 100")
    task = _task(project, task_id)
    actual_start = task.actual_start
    if percent > 0 and actual_start is None:
        actual_start = started
    if percent == 0:
        actual_start = None
    actual_finish = task.actual_finish if percent == 100 else None
    return replace_task(
        project,
        task_id,
        "Change % complete",
        percent_complete=float(percent),
        actual_start=actual_start,
        actual_finish=actual_finish,
    )


def set_priority(project: Project, task_id: int, priority: int) -> Edit | None:
    if not 0 <= priority <= 1000:
        raise InputError("priority must be between 0 and 1000")
    return replace_task(project, task_id, "Change priority", priority=int(priority))


def set_notes(project: Project, task_id: int, notes: str) -> Edit | None:
    return replace_task(project, task_id, "Change notes", notes=notes)


def set_task_calendar(project: Project, task_id: int, calendar_id: int | None) -> Edit | None:
    if calendar_id is not None and calendar_id not in project.calendars:
        raise InputError(f"there is no calendar {calendar_id}")
    return replace_task(project, task_id, "Change task calendar", calendar_id=calendar_id)
