"""The Team view's numbers: per person, their tasks this week, next week and late, and load by week.

What a PM delegating work looks at on a Monday: who is busy now, who is free next,
whose tasks are overdue. "This week" is the ISO week (Monday first) holding the day
the view is as of: the project's status date, else today. A task is late when it
is not complete and either finishes after its deadline or was due to work before
the status date and did not: the scheduler moves such unfinished work past the status
date, and says so as the task's start driver.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from planner.core.model.entities import ConstraintType
from planner.core.resources.loads import WORK_KIND
from planner.core.resources.periods import Granularity, day_instant, period_start
from planner.core.resources.usage import Usage


@dataclass(frozen=True)
class TeamRow:
    resource_id: int
    name: str
    this_week: tuple[int, ...]  # task ids, by start
    next_week: tuple[int, ...]
    late: tuple[int, ...]
    load: tuple[float, ...]  # work / capacity per week, from this week on (0.5 = 50%); nan: no time


def as_of_day(usage: Usage, today: date | None = None) -> date:
    """The day the Team view is as of: the status date, else today."""
    status = usage.project.status_date
    if status is not None:
        return status.date()
    return today or date.today()


def team_rows(usage: Usage, as_of: date, weeks: int = 8) -> list[TeamRow]:
    """One row per work resource, by name."""
    monday = period_start(as_of, Granularity.WEEK)
    instants = np.array([day_instant(monday + timedelta(weeks=w)) for w in range(weeks + 1)], dtype=np.int64)
    rows = []
    for rid, resource in usage.project.resources.items():
        if resource.kind != WORK_KIND:
            continue
        capacity = usage.capacity(rid, instants)
        work = usage.work(rid, instants)
        with np.errstate(divide="ignore", invalid="ignore"):
            load = np.where(capacity > 0, work / np.where(capacity > 0, capacity, 1), np.nan)
        rows.append(
            TeamRow(
                resource_id=rid,
                name=resource.name,
                this_week=_working_in(usage, rid, int(instants[0]), int(instants[1])),
                next_week=_working_in(usage, rid, int(instants[1]), int(instants[2])) if weeks > 1 else (),
                late=_late(usage, rid),
                load=tuple(float(x) for x in load),
            )
        )
    return sorted(rows, key=lambda row: row.name.lower())


def _working_in(usage: Usage, resource_id: int, start: int, finish: int) -> tuple[int, ...]:
    """The resource's tasks with work between the instants, by start."""
    loads = [x for x in usage.by_resource.get(resource_id, []) if x.start < finish and x.finish > start]
    complete = {tid for tid in {x.task_id for x in loads} if usage.project.tasks[tid].percent_complete >= 100}
    return tuple(dict.fromkeys(x.task_id for x in sorted(loads, key=lambda x: x.start) if x.task_id not in complete))


def is_late(usage: Usage, task_id: int) -> bool:
    """Not complete, and pushed past the status date or finishing after its deadline."""
    schedule = usage.schedule
    if schedule.percent_complete(task_id) >= 100:
        return False
    if schedule.dates(task_id).late_against_deadline:
        return True
    return schedule.start_driver(task_id).kind == "status date" and not _starts_after_status(usage, task_id)


def _starts_after_status(usage: Usage, task_id: int) -> bool:
    """Whether the task's own start constraint puts it at or after the status date anyway (the
    scheduler may name the status date as the driver when both give the same start)."""
    task, status = usage.project.tasks[task_id], usage.project.status_date
    dated = task.constraint_type in (ConstraintType.SNET, ConstraintType.MSO) and task.constraint_date is not None
    return dated and status is not None and task.constraint_date >= status


def _late(usage: Usage, resource_id: int) -> tuple[int, ...]:
    """The resource's late tasks, by finish."""
    loads = sorted(usage.by_resource.get(resource_id, []), key=lambda x: x.finish)
    return tuple(dict.fromkeys(x.task_id for x in loads if is_late(usage, x.task_id)))
