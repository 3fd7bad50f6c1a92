"""Calendars and their exceptions (kept in a table of their own, rewritten with the calendar).

Working hours are JSON lists of [start, end] minutes from midnight.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from planner.core.model.entities import Calendar, CalendarException
from planner.store.codec import BadRow, Codec, Row
from planner.store.fields import BadField, day, flag, hours, optional_id, text, week

CALENDAR_COLUMNS = ("id", "name", "week", "country", "base_id", "inherits_week")
CALENDAR_ADDED = {"base_id": "0004_team", "inherits_week": "0004_team"}


def calendar_values(calendar: Calendar) -> tuple:
    days = [[list(i) for i in d] for d in calendar.week]
    return (
        calendar.id,
        calendar.name,
        json.dumps(days),
        calendar.country,
        calendar.base_id,
        int(calendar.inherits_week),
    )


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

    def read(self, conn: sqlite3.Connection, applied: list[str] | None = None) -> dict[int, Any]:
        exceptions: dict[int, list[CalendarException]] = {}
        query = "SELECT calendar_id, start, finish, name, hours FROM calendar_exceptions ORDER BY id"
        for values in conn.execute(query):
            try:
                exceptions.setdefault(values[0], []).append(exception_of(values))
            except BadField as problem:
                raise BadRow(f"calendar {values[0]}: {problem}") from None
        calendars = super().read(conn, applied)
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
    cid, name, stored_week, country, base_id, inherits_week = values
    base_id = optional_id(base_id, "base calendar")
    if base_id == cid:
        raise BadField("its base calendar is itself")
    return Calendar(
        id=cid,
        name=text(name, "name"),
        week=week(stored_week, "week"),
        country=text(country, "country"),
        base_id=base_id,
        inherits_week=False if inherits_week is None else flag(inherits_week, "inherits week"),
    )
