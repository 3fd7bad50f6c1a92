"""Progress back from the team: the rows a team lead filled in (% complete, actual start and finish,
remaining duration), checked against the plan and made ONE edit, as MS Project's tracking rules
apply them (planner/core/edits/update_edits.py: each task's fields in Update Tasks' order).

A row names its task by ID and Name, as the stakeholder workbook wrote them: a row whose ID is no
longer a task, or whose task has since been renamed (or moved: IDs are row numbers), is refused
by its row, as is a row the tracking rules refuse. Only values that differ from the plan are
applied, so a returned sheet whose other rows were left alone changes only what was typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import TYPE_CHECKING

from planner.core.edits.edit import Edit, Put
from planner.core.edits.tracking_edits import remaining_minutes
from planner.core.edits.update_edits import TaskUpdate, update_task
from planner.core.errors import InputError
from planner.core.model.duration import Duration, format_duration

if TYPE_CHECKING:
    from planner.core.model.entities import Task
    from planner.core.schedule.result import Schedule

PERCENT_TOLERANCE = 0.05  # a % cell shown rounded (75%) is not a change of 74.96%
REMAINING_TOLERANCE = 0.005  # of a day: the workbook writes days to two decimals (5.34d is 5.336d)
DAY_START, DAY_FINISH = time(8, 0), time(17, 0)  # what a date typed without a time means


@dataclass(frozen=True)
class ReportedProgress:
    """One row of the returned sheet, read: None where the cell is blank (left as it is)."""

    row: int  # the spreadsheet row, for messages
    task_id: int  # the ID column: the task's row number when the sheet was written
    name: str
    percent: float | None = None  # 0-100
    actual_start: datetime | None = None
    actual_finish: datetime | None = None
    remaining: Duration | None = None


@dataclass(frozen=True)
class FieldChange:
    task_id: int
    name: str
    field: str  # percent_complete, actual_start, actual_finish, duration, remaining_duration
    old: str | float | None
    new: str | float | None


@dataclass(frozen=True)
class Refusal:
    row: int
    message: str  # "row 14: task 12 is now 'Load tests', not 'Perf tests'"


@dataclass(frozen=True)
class ProgressImport:
    edit: Edit | None  # every accepted row's change, one undo step; None when nothing changes
    changes: list[FieldChange]
    refused: list[Refusal]


def import_progress(schedule: Schedule, rows: list[ReportedProgress], label: str) -> ProgressImport:
    """Check every row and build the edit of those accepted (the caller decides whether refusals stop it)."""
    by_id = dict(enumerate(schedule.outline.rows(), start=1))
    day = schedule.project.units.minutes_per_day
    seen: dict[int, int] = {}
    puts: list[Put] = []
    refused: list[Refusal] = []
    for reported in rows:
        try:
            uid = _task_of(schedule, by_id, seen, reported)
            summary = schedule.outline.is_summary(uid)
            edit = None if summary else update_task(schedule, uid, _update(schedule.project.tasks[uid], reported, day))
        except InputError as error:
            refused.append(Refusal(reported.row, f"row {reported.row}: {error}"))
            continue
        seen[reported.task_id] = reported.row
        if edit is not None:
            puts.extend(_folded(edit))
    edit = Edit(label, tuple(puts)) if puts else None
    return ProgressImport(edit, field_changes(schedule, puts), refused)


def _folded(edit: Edit) -> list[Put]:
    """The task's steps (actual start, then %, ...) as one replacement of the task: from what it was to
    what it becomes, so that the preview says each field once."""
    steps = [c for c in edit.changes if isinstance(c, Put)]
    tasks = [c for c in steps if c.table == "tasks"]
    others = [c for c in steps if c.table != "tasks"]
    return [Put("tasks", tasks[0].before, tasks[-1].after), *others] if tasks else others


def _task_of(schedule: Schedule, by_id: dict[int, int], seen: dict[int, int], reported: ReportedProgress) -> int:
    uid = by_id.get(reported.task_id)
    if uid is None:
        raise InputError(f"there is no task {reported.task_id} in the project (it has {len(by_id)})")
    if reported.task_id in seen:
        raise InputError(f"task {reported.task_id} is on row {seen[reported.task_id]} already")
    name = schedule.project.tasks[uid].name
    if " ".join(name.split()) != " ".join(reported.name.split()):
        raise InputError(f"task {reported.task_id} is now '{name}', not '{reported.name}'")
    if schedule.outline.is_summary(uid) and _summary_typed(schedule, uid, reported):
        raise InputError(f"task {reported.task_id} '{name}' is a summary: its progress comes from its subtasks")
    return uid


def _summary_typed(schedule: Schedule, uid: int, reported: ReportedProgress) -> bool:
    """Whether a summary's row holds a % complete other than the rolled-up one (dates are its subtasks')."""
    return reported.percent is not None and abs(reported.percent - schedule.percent_complete(uid)) > 0.5


def _update(task: Task, reported: ReportedProgress, minutes_per_day: int) -> TaskUpdate:
    """The fields of the row that differ from the task: those the update applies."""
    percent = reported.percent
    if percent is not None and abs(percent - task.percent_complete) < PERCENT_TOLERANCE:
        percent = None
    remaining = reported.remaining
    if (
        remaining is not None
        and abs(remaining.minutes - remaining_minutes(task)) <= REMAINING_TOLERANCE * minutes_per_day
    ):
        remaining = None
    return TaskUpdate(
        percent=percent,
        remaining_duration=f"{remaining.minutes}{'em' if remaining.elapsed else 'm'}" if remaining else None,
        actual_start=_changed(reported.actual_start, task.actual_start, DAY_START),
        actual_finish=_changed(reported.actual_finish, task.actual_finish, DAY_FINISH),
    )


def _changed(reported: datetime | None, held: datetime | None, plain: time) -> datetime | None:
    """The reported date when it changes the task's; a date without a time (`plain`) on the task's day is no change."""
    if reported is None or reported == held:
        return None
    if held is not None and reported.date() == held.date() and reported.time() == plain:
        return None
    return reported


def field_changes(schedule: Schedule, puts: list[Put]) -> list[FieldChange]:
    """What each changed task's progress fields were and become, in the project's own terms."""
    rows = {uid: row for row, uid in enumerate(schedule.outline.rows(), start=1)}
    units = schedule.project.units
    found = []
    for put in puts:
        before, after = put.before, put.after
        values = {
            "percent_complete": (round(before.percent_complete, 1), round(after.percent_complete, 1)),
            "actual_start": (_iso(before.actual_start), _iso(after.actual_start)),
            "actual_finish": (_iso(before.actual_finish), _iso(after.actual_finish)),
            "duration": (format_duration(before.duration, units), format_duration(after.duration, units)),
            "remaining_duration": (_left(before, units), _left(after, units)),
        }
        for field, (old, new) in values.items():
            if old != new:
                found.append(FieldChange(rows[after.id], after.name, field, old, new))
    return found


def _left(task: Task, units) -> str:
    return format_duration(Duration(remaining_minutes(task), task.duration.elapsed), units)


def _iso(moment: datetime | None) -> str | None:
    return moment.strftime("%Y-%m-%dT%H:%M") if moment is not None else None
