"""Tasks: the hot path of loading, 100,000 rows.

Datetimes are ISO 8601 text to the minute (`2027-01-04T08:00`) so the file reads well in
any SQLite tool. Loading must stay fast, so task_of first tests each row with cheap
inline conditions that everything Planner writes meets; a row failing any of them (or
merely unusual, like a time with seconds) goes to checked_task_of, which either reads
it or names the field that is wrong.
"""

from __future__ import annotations

from datetime import datetime

from planner.core.model.duration import Duration
from planner.core.model.entities import ConstraintType, Task, TaskType
from planner.store.fields import MAX_MINUTES, enum, flag, moment, number, optional_id, text, text_of, whole

TASK_COLUMNS = (
    "id",
    "parent_id",
    "position",
    "name",
    "duration_minutes",
    "duration_elapsed",
    "milestone",
    "priority",
    "constraint_type",
    "constraint_date",
    "deadline",
    "percent_complete",
    "actual_start",
    "actual_finish",
    "notes",
    "calendar_id",
    "task_type",  # 0005_assignments
    "effort_driven",  # 0005_assignments
    "manual",  # 0012_rules
    "manual_start",  # 0012_rules
)
RULES = "0012_rules"
TASK_COLUMNS_ADDED = {
    "task_type": "0005_assignments",
    "effort_driven": "0005_assignments",
    "manual": RULES,
    "manual_start": RULES,
}


def task_values(task: Task) -> tuple:
    return (
        task.id,
        task.parent_id,
        task.position,
        task.name,
        task.duration.minutes,
        int(task.duration.elapsed),
        int(task.milestone),
        task.priority,
        ConstraintType(task.constraint_type).value,
        text_of(task.constraint_date),
        text_of(task.deadline),
        task.percent_complete,
        text_of(task.actual_start),
        text_of(task.actual_finish),
        task.notes,
        task.calendar_id,
        TaskType(task.task_type).value,
        int(task.effort_driven),
        int(task.manual),
        text_of(task.manual_start),
    )


def checked_task_of(values: tuple) -> Task:
    """A task with every field checked by name: the authority task_of falls back on."""
    (
        tid,
        parent,
        position,
        name,
        minutes,
        elapsed,
        milestone,
        priority,
        ctype,
        cdate,
        deadline,
        pct,
        astart,
        afinish,
        notes,
        cal,
        ttype,
        effort,
        manual,
        manual_start,
    ) = values
    return Task(
        id=tid,
        name=text(name, "name"),
        parent_id=optional_id(parent, "parent"),
        position=whole(position, "position", -(2**62), 2**62),
        duration=Duration(whole(minutes, "duration"), flag(elapsed, "elapsed flag")),
        milestone=flag(milestone, "milestone flag"),
        priority=whole(priority, "priority", 0, 1000),
        constraint_type=enum(ConstraintType, ctype, "constraint type"),
        constraint_date=moment(cdate, "constraint date"),
        deadline=moment(deadline, "deadline"),
        percent_complete=number(pct, "% complete", 0, 100, default=0.0),
        actual_start=moment(astart, "actual start"),
        actual_finish=moment(afinish, "actual finish"),
        notes=text(notes, "notes"),
        calendar_id=optional_id(cal, "calendar"),
        task_type=TaskType.FIXED_UNITS if ttype is None else enum(TaskType, ttype, "task type"),
        effort_driven=False if effort is None else flag(effort, "effort driven flag"),
        manual=False if manual is None else flag(manual, "manual flag"),
        manual_start=moment(manual_start, "manual start"),
    )


CONSTRAINTS = {c.value: c for c in ConstraintType}
TASK_TYPES = {t.value: t for t in TaskType} | {None: TaskType.FIXED_UNITS}  # NULL: a file before 0005
_when = datetime.fromisoformat
STAMP = len("2027-01-04T08:00")


def task_of(values: tuple) -> Task:
    (
        tid,
        parent,
        position,
        name,
        minutes,
        elapsed,
        milestone,
        priority,
        ctype,
        cdate,
        deadline,
        pct,
        astart,
        afinish,
        notes,
        cal,
        ttype,
        effort,
        manual,
        manual_start,
    ) = values
    kind = CONSTRAINTS.get(ctype)
    task_type = TASK_TYPES.get(ttype)
    try:
        plain = (
            kind is not None
            and type(name) is str
            and type(minutes) is int
            and 0 <= minutes <= MAX_MINUTES
            and type(priority) is int
            and 0 <= priority <= 1000
            and type(position) is int
            and elapsed in (0, 1)
            and milestone in (0, 1)
            and (pct is None or (type(pct) in (float, int) and 0 <= pct <= 100))
            and (notes is None or type(notes) is str)
            and (parent is None or type(parent) is int)
            and (cal is None or type(cal) is int)
            and task_type is not None
            and effort in (0, 1, None)
            and manual in (0, 1, None)
            and (not manual_start or len(manual_start) == STAMP)
            and (not cdate or len(cdate) == STAMP)
            and (not deadline or len(deadline) == STAMP)
            and (not astart or len(astart) == STAMP)
            and (not afinish or len(afinish) == STAMP)
        )
        if not plain:
            return checked_task_of(values)
        return Task(
            tid,
            name,
            parent,
            position,
            Duration(minutes, bool(elapsed)),
            bool(milestone),
            priority,
            kind,
            _when(cdate) if cdate else None,
            _when(deadline) if deadline else None,
            pct or 0.0,
            _when(astart) if astart else None,
            _when(afinish) if afinish else None,
            notes or "",
            cal,
            task_type,
            bool(effort),
            bool(manual),
            _when(manual_start) if manual_start else None,
        )
    except (TypeError, ValueError):
        return checked_task_of(values)
