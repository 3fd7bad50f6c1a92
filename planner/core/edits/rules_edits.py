"""MS Project's Task Mode, Assignment Delay and the project's scheduling options, as a PM sets them.

Switching a task to Manually Scheduled keeps it where the schedule has it now (MS Project
keeps the dates): its start becomes the manual start, its duration stays. Switching back to
Auto Scheduled lets links and constraints place it again. A summary is scheduled from its
subtasks, so only leaf tasks take a mode.

An assignment delay makes a resource start later than its task; the task then lasts until its
last assignment ends (MS Project lengthens the task's Duration, which is what a file from MS
Project stores): a 2-day review whose second reviewer joins a day late lasts 3 days. The
scheduler reads the duration, so the rule lives in the edit.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

from planner.core.edits.edit import Edit, Put, SetProject
from planner.core.edits.task_edits import replace_task
from planner.core.errors import InputError
from planner.core.model.duration import Duration
from planner.core.model.entities import Assignment, Project
from planner.core.schedule.result import Schedule

MODES = {"manual": True, "manually scheduled": True, "auto": False, "auto scheduled": False}
MODE_LABELS = {True: "Manually Scheduled", False: "Auto Scheduled"}


def parse_mode(text: str) -> bool:
    """`Manual`, `Manually Scheduled`, `Auto`, `Auto Scheduled` (any case): True for manual."""
    word = " ".join(text.split()).casefold()
    if word not in MODES:
        raise InputError(f"Task Mode is Manually Scheduled or Auto Scheduled, not {text.strip()!r}")
    return MODES[word]


def set_task_mode(schedule: Schedule, task_ids: list[int], manual: bool) -> Edit | None:
    """One edit switching the tasks to manually or auto scheduled; None when none changes."""
    project = schedule.project
    edits: list[Edit | None] = []
    for task_id in task_ids:
        if schedule.outline.children.get(task_id):
            raise InputError("a summary task is scheduled from its subtasks; set the mode of its subtasks")
        if task_id not in project.tasks:
            raise InputError(f"there is no task with Unique ID {task_id}")
        start = schedule.dates(task_id).start if manual else None
        edits.append(replace_task(project, task_id, "", manual=manual, manual_start=start))
    label = "Make tasks manually scheduled" if manual else "Make tasks auto scheduled"
    if len(task_ids) == 1:
        label = label.replace("tasks", "task")
    changes = tuple(change for edit in edits if edit is not None for change in edit.changes)
    return Edit(label, changes) if changes else None


def set_manual_start(schedule: Schedule, task_id: int, start: datetime) -> Edit | None:
    """A manually scheduled task moved: it starts where it is put, and nothing else changes."""
    return replace_task(schedule.project, task_id, "Move task", manual_start=start)


def scheduling_options_edit(
    schedule: Schedule,
    honour_constraints: bool | None = None,
    day_start: time | None = None,
    day_finish: time | None = None,
) -> Edit | None:
    """The project's "tasks honour their constraint dates" and default start and end times."""
    project = schedule.project
    wanted = {
        key: value
        for key, value in (
            ("honour_constraints", honour_constraints),
            ("default_start_time", day_start),
            ("default_finish_time", day_finish),
        )
        if value is not None and getattr(project, key) != value
    }
    start = wanted.get("default_start_time", project.default_start_time)
    finish = wanted.get("default_finish_time", project.default_finish_time)
    if start >= finish:
        raise InputError(f"the default start time {start:%H:%M} must come before the end time {finish:%H:%M}")
    if not wanted:
        return None
    before = {key: getattr(project, key) for key in wanted}
    return Edit("Change scheduling options", (SetProject(before, wanted),))


def assignment_span(assignment: Assignment, duration_minutes: int) -> int:
    """Working minutes from its task's start to the end of an assignment: its delay, then its work
    at its units (the task's duration for an assignment without work, such as a material)."""
    work = assignment.work_minutes
    own = round(work / assignment.units) if work and assignment.units > 0 else duration_minutes
    return assignment.delay_minutes + own


def set_assignment_delay(project: Project, assignment_id: int, delay_minutes: int) -> Edit | None:
    """The assignment starts `delay_minutes` of working time after its task; the task is lengthened
    to end with its last assignment (never shortened: other work may need the time)."""
    if delay_minutes < 0:
        raise InputError("an assignment delay cannot be negative")
    before = project.assignments.get(assignment_id)
    if before is None:
        raise InputError(f"there is no assignment with Unique ID {assignment_id}")
    if before.delay_minutes == delay_minutes:
        return None
    after = replace(before, delay_minutes=delay_minutes)
    changes: list[Put] = [Put("assignments", before, after)]
    task = project.tasks[after.task_id]
    span = assignment_span(after, task.duration.minutes)
    if not task.duration.elapsed and span > task.duration.minutes:
        changes.append(Put("tasks", task, replace(task, duration=Duration(span))))
    return Edit("Change assignment delay", tuple(changes))
