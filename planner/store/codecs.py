"""Rows of the project file to core objects and back: one codec per table of core.model.tables.

Each codec names its columns explicitly (a column another tool adds is never read)
and checks every field it reads, so a file edited outside Planner is refused with
one line naming the table, the row and the field instead of being misread.
Datetimes are ISO 8601 text to the minute (`2027-01-04T08:00`) so the file reads
well in any SQLite tool; working hours are JSON lists of [start, end] minutes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
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
from planner.core.model.tables import TABLE_NAMES, singular
from planner.store.fields import (
    MAX_MINUTES,
    BadField,
    day,
    enum,
    flag,
    hours,
    moment,
    number,
    optional_id,
    text,
    text_of,
    week,
    whole,
)

Row = dict[str, Any]


class BadRow(ValueError):
    """One row of the file cannot be read: "task 5: constraint type 'XYZ' is not one of ..."."""


@dataclass(frozen=True)
class Codec:
    """How the rows of one table are stored: columns in order, entity to values and back."""

    table: str
    columns: tuple[str, ...]
    values_of: Callable[[Any], tuple]
    entity_of: Callable[[tuple], Any]  # raises BadField
    since: str = "0001_initial"  # the migration that made the table: an older file read unmigrated lacks it

    def read(self, conn: sqlite3.Connection) -> dict[int, Any]:
        """Every row of the table, checked; BadRow names the first bad one."""
        query = f"SELECT {', '.join(self.columns)} FROM [{self.table}]"
        try:
            return {entity.id: entity for entity in map(self.entity_of, conn.execute(query))}
        except BadField:
            pass
        for values in conn.execute(query):  # again, slowly, to name the row
            try:
                self.entity_of(values)
            except BadField as problem:
                raise BadRow(f"{singular(self.table)} {values[0]}: {problem}") from None
        raise AssertionError("unreachable: the row that failed fails again")  # pragma: no cover

    def write(self, conn: sqlite3.Connection, rows: dict[int, Any], ids: Iterable[int]) -> None:
        """Store the rows `ids` as they are in `rows`, deleting those gone from it."""
        ids = list(ids)
        present = [rows[i] for i in ids if i in rows]
        gone = [(i,) for i in ids if i not in rows]
        if present:
            marks = ", ".join("?" for _ in self.columns)
            conn.executemany(
                f"INSERT OR REPLACE INTO [{self.table}] ({', '.join(self.columns)}) VALUES ({marks})",
                map(self.values_of, present),
            )
        if gone:
            conn.executemany(f"DELETE FROM [{self.table}] WHERE id = ?", gone)


# -- the project's own row ------------------------------------------------------
PROJECT_COLUMNS = (
    "name",
    "start",
    "status_date",
    "currency",
    "minutes_per_day",
    "minutes_per_week",
    "minutes_per_month",
    "calendar_id",
)


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


def project_of(values: tuple, calendars: dict[int, Calendar]) -> Project:
    """The project's settings; raises BadRow naming the field ("project: minutes per day 0 ...")."""
    name, start, status, currency, per_day, per_week, per_month, calendar_id = values
    try:
        begins = moment(start, "start")
        if begins is None:
            raise BadField("start is missing")
        units = TimeUnits(
            whole(per_day, "minutes per day", 1, 1440),
            whole(per_week, "minutes per week", 1, 7 * 1440),
            whole(per_month, "minutes per month", 1, 31 * 1440),
        )
        if calendar_id not in calendars:
            raise BadField(f"calendar {calendar_id!r} does not exist")
        return Project(
            name=text(name, "name"),
            start=begins,
            status_date=moment(status, "status date"),
            currency=text(currency, "currency"),
            units=units,
            calendars=calendars,
            calendar_id=calendar_id,
        )
    except BadField as problem:
        raise BadRow(f"project: {problem}") from None


# -- calendars, with their exceptions in a table of their own -------------------
def calendar_values(calendar: Calendar) -> tuple:
    days = [[list(i) for i in d] for d in calendar.week]
    return (calendar.id, calendar.name, json.dumps(days), calendar.country)


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


def exception_of(values: tuple) -> CalendarException:
    _cid, start, finish, name, stored_hours = values
    first, last = day(start, "exception start"), day(finish, "exception finish")
    if last < first:
        raise BadField(f"exception finish {finish} is before its start {start}")
    return CalendarException(first, last, text(name, "exception name"), hours(stored_hours, "exception hours"))


class CalendarCodec(Codec):
    """Calendars carry their exceptions, kept in `calendar_exceptions` and rewritten with them."""

    def read(self, conn: sqlite3.Connection) -> dict[int, Any]:
        exceptions: dict[int, list[CalendarException]] = {}
        query = "SELECT calendar_id, start, finish, name, hours FROM calendar_exceptions ORDER BY id"
        for values in conn.execute(query):
            try:
                exceptions.setdefault(values[0], []).append(exception_of(values))
            except BadField as problem:
                raise BadRow(f"calendar {values[0]}: {problem}") from None
        calendars = super().read(conn)
        for cid, calendar in calendars.items():
            calendar.exceptions = exceptions.get(cid, [])
        return calendars

    def write(self, conn: sqlite3.Connection, rows: dict[int, Any], ids: Iterable[int]) -> None:
        ids = list(ids)
        conn.executemany("DELETE FROM calendar_exceptions WHERE calendar_id = ?", [(i,) for i in ids])
        super().write(conn, rows, ids)
        for row in (r for i in ids if i in rows for r in exception_rows(rows[i])):
            conn.execute(
                "INSERT INTO calendar_exceptions (calendar_id, start, finish, name, hours) VALUES (?, ?, ?, ?, ?)",
                tuple(row.values()),
            )


def calendar_of(values: tuple) -> Calendar:
    cid, name, stored_week, country = values
    return Calendar(id=cid, name=text(name, "name"), week=week(stored_week, "week"), country=text(country, "country"))


# -- tasks: the hot path, 100,000 rows ------------------------------------------
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
    )


# -- links ----------------------------------------------------------------------
LAG_UNITS = {"m": MAX_MINUTES, "em": MAX_MINUTES, "%": 100_000}  # unit -> largest lag or lead


def link_values(link: Link) -> tuple:
    return (link.id, link.predecessor_id, link.successor_id, LinkType(link.type).value, link.lag.amount, link.lag.unit)


def checked_link_of(values: tuple) -> Link:
    """A link with every field checked by name: the authority link_of falls back on."""
    lid, pred, succ, kind, amount, unit = values
    unit = unit or "m"
    if unit not in LAG_UNITS:
        raise BadField(f"lag unit {unit!r} is not one of {', '.join(LAG_UNITS)}")
    bound = LAG_UNITS[unit]
    lag = Lag(number(amount, "lag", -bound, bound, default=0), unit)
    predecessor, successor = whole(pred, "predecessor", 1, 2**62), whole(succ, "successor", 1, 2**62)
    if predecessor == successor:
        raise BadField(f"task {successor} cannot be its own predecessor")
    return Link(lid, predecessor, successor, enum(LinkType, kind, "link type"), lag)


# Loading 100,000 tasks must stay fast, so task_of and link_of first test each row with
# cheap inline conditions that everything Planner writes meets; a row failing any of them
# (or merely unusual, like a time with seconds) goes to the checked version, which either
# reads it or names the field that is wrong.
CONSTRAINTS = {c.value: c for c in ConstraintType}
LINK_TYPES = {k.value: k for k in LinkType}
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
    ) = values
    kind = CONSTRAINTS.get(ctype)
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
        )
    except (TypeError, ValueError):
        return checked_task_of(values)


def link_of(values: tuple) -> Link:
    lid, pred, succ, kind, amount, unit = values
    link_type = LINK_TYPES.get(kind)
    try:  # text where a number belongs fails a comparison (TypeError); NaN fails them all
        plain = (
            link_type is not None
            and (unit == "m" or unit == "em")
            and -MAX_MINUTES <= amount <= MAX_MINUTES
            and 0 < pred != succ > 0
        )
    except TypeError:
        plain = False
    if not plain:
        return checked_link_of(values)
    return Link(lid, pred, succ, link_type, Lag(amount, unit))


# -- resources and assignments ----------------------------------------------------
RESOURCE_KINDS = ("work", "material", "cost")
MAX_RATE = 1e9


def resource_values(resource: Resource) -> tuple:
    r = resource
    return (
        r.id,
        r.name,
        r.kind,
        r.initials,
        r.email,
        r.max_units,
        r.standard_rate,
        r.overtime_rate,
        r.cost_per_use,
        r.calendar_id,
    )


def resource_of(values: tuple) -> Resource:
    rid, name, kind, initials, email, max_units, standard, overtime, per_use, cal = values
    if kind not in RESOURCE_KINDS:
        raise BadField(f"kind {kind!r} is not one of {', '.join(RESOURCE_KINDS)}")
    return Resource(
        id=rid,
        name=text(name, "name"),
        kind=kind,
        initials=text(initials, "initials"),
        email=text(email, "email"),
        max_units=number(max_units, "max units", 0, 1e6, default=1.0),
        standard_rate=number(standard, "standard rate", 0, MAX_RATE, default=0.0),
        overtime_rate=number(overtime, "overtime rate", 0, MAX_RATE, default=0.0),
        cost_per_use=number(per_use, "cost per use", 0, MAX_RATE, default=0.0),
        calendar_id=optional_id(cal, "calendar"),
    )


def assignment_values(a: Assignment) -> tuple:
    return (a.id, a.task_id, a.resource_id, a.units, a.work_minutes)


def assignment_of(values: tuple) -> Assignment:
    aid, task_id, resource_id, units, work = values
    return Assignment(
        id=aid,
        task_id=whole(task_id, "task", 1, 2**62),
        resource_id=whole(resource_id, "resource", 1, 2**62),
        units=number(units, "units", 0, 1e6, default=1.0),
        work_minutes=whole(work, "work"),
    )


# -- the registry's store side ------------------------------------------------------
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
)
RESOURCE_COLUMNS = (
    "id",
    "name",
    "kind",
    "initials",
    "email",
    "max_units",
    "standard_rate",
    "overtime_rate",
    "cost_per_use",
    "calendar_id",
)

CODECS: dict[str, Codec] = {
    c.table: c
    for c in (
        Codec("tasks", TASK_COLUMNS, task_values, task_of),
        Codec(
            "links", ("id", "predecessor_id", "successor_id", "type", "lag_amount", "lag_unit"), link_values, link_of
        ),
        CalendarCodec("calendars", ("id", "name", "week", "country"), calendar_values, calendar_of),
        Codec("resources", RESOURCE_COLUMNS, resource_values, resource_of),
        Codec(
            "assignments",
            ("id", "task_id", "resource_id", "units", "work_minutes"),
            assignment_values,
            assignment_of,
        ),
    )
}
assert tuple(sorted(CODECS)) == tuple(sorted(TABLE_NAMES)), "every table of core.model.tables needs a codec"
