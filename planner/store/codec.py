"""Rows of the project file to core objects and back.

Datetimes are ISO 8601 text to the minute (`2027-01-04T08:00`) so the file reads
well in any SQLite tool; working hours are JSON lists of [start, end] minutes.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from planner.core.model.duration import Duration, Lag, TimeUnits
from planner.core.model.entities import (
    Assignment,
    Calendar,
    CalendarException,
    ConstraintType,
    Link,
    LinkType,
    Project,
    Resource,
    Task,
)

Row = dict[str, Any]


def text_of(moment: datetime | None) -> str | None:
    return moment.strftime("%Y-%m-%dT%H:%M") if moment else None


def moment_of(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _hours(value: str | None) -> tuple[tuple[int, int], ...]:
    return tuple((int(s), int(e)) for s, e in json.loads(value or "[]"))


def project_row(project: Project) -> Row:
    units = project.units
    return {
        "id": 1,
        "name": project.name,
        "start": text_of(project.start),
        "status_date": text_of(project.status_date),
        "currency": project.currency,
        "minutes_per_day": units.minutes_per_day,
        "minutes_per_week": units.minutes_per_week,
        "minutes_per_month": units.minutes_per_month,
        "calendar_id": project.calendar_id,
    }


def project_of(row: Row, calendars: dict[int, Calendar]) -> Project:
    units = TimeUnits(row["minutes_per_day"], row["minutes_per_week"], row["minutes_per_month"])
    return Project(
        name=row["name"],
        start=moment_of(row["start"]),
        status_date=moment_of(row["status_date"]),
        currency=row["currency"],
        units=units,
        calendars=calendars,
        calendar_id=row["calendar_id"],
    )


def calendar_row(calendar: Calendar) -> Row:
    week = [[list(i) for i in day] for day in calendar.week]
    return {"id": calendar.id, "name": calendar.name, "week": json.dumps(week), "country": calendar.country}


def exception_rows(calendar: Calendar) -> list[Row]:
    return [
        {
            "calendar_id": calendar.id,
            "start": e.start.isoformat(),
            "finish": e.finish.isoformat(),
            "name": e.name,
            "hours": json.dumps([list(i) for i in e.hours]),
        }
        for e in calendar.exceptions
    ]


def calendar_of(row: Row, exceptions: list[Row]) -> Calendar:
    week = tuple(tuple((int(s), int(e)) for s, e in day) for day in json.loads(row["week"]))
    return Calendar(
        id=row["id"],
        name=row["name"],
        week=week,
        exceptions=[
            CalendarException(
                date.fromisoformat(e["start"]), date.fromisoformat(e["finish"]), e["name"] or "", _hours(e["hours"])
            )
            for e in exceptions
        ],
        country=row["country"] or "",
    )


def task_row(task: Task) -> Row:
    return {
        "id": task.id,
        "parent_id": task.parent_id,
        "position": task.position,
        "name": task.name,
        "duration_minutes": task.duration.minutes,
        "duration_elapsed": int(task.duration.elapsed),
        "milestone": int(task.milestone),
        "priority": task.priority,
        "constraint_type": ConstraintType(task.constraint_type).value,
        "constraint_date": text_of(task.constraint_date),
        "deadline": text_of(task.deadline),
        "percent_complete": task.percent_complete,
        "actual_start": text_of(task.actual_start),
        "actual_finish": text_of(task.actual_finish),
        "notes": task.notes,
        "calendar_id": task.calendar_id,
    }


TASK_COLUMNS = tuple(task_row(Task(0, "")).keys())


def task_of(values: tuple) -> Task:
    """A task from a row selected in TASK_COLUMNS order (tuples: loading 100,000 rows is hot)."""
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
    ) = values
    return Task(
        id=tid,
        name=name,
        parent_id=parent,
        position=position,
        duration=Duration(minutes, bool(elapsed)),
        milestone=bool(milestone),
        priority=priority,
        constraint_type=ConstraintType(ctype),
        constraint_date=moment_of(cdate),
        deadline=moment_of(deadline),
        percent_complete=pct or 0.0,
        actual_start=moment_of(astart),
        actual_finish=moment_of(afinish),
        notes=notes or "",
        calendar_id=cal,
    )


def link_row(link: Link) -> Row:
    return {
        "id": link.id,
        "predecessor_id": link.predecessor_id,
        "successor_id": link.successor_id,
        "type": LinkType(link.type).value,
        "lag_amount": link.lag.amount,
        "lag_unit": link.lag.unit,
    }


LINK_COLUMNS = tuple(link_row(Link(0, 0, 0)).keys())


def link_of(values: tuple) -> Link:
    lid, pred, succ, kind, amount, unit = values
    return Link(lid, pred, succ, LinkType(kind), Lag(amount or 0, unit or "m"))


def resource_row(resource: Resource) -> Row:
    return dict(vars(resource))


def resource_of(row: Row) -> Resource:
    return Resource(**row)


def assignment_row(assignment: Assignment) -> Row:
    return dict(vars(assignment))


def assignment_of(row: Row) -> Assignment:
    return Assignment(**row)
