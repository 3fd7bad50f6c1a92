"""The project's own row: its name, start, status date, currency, working time units and the
scheduling settings MS Project keeps with the project (0012_rules)."""

from __future__ import annotations

from datetime import time
from typing import Any

from planner.core.model.duration import TimeUnits
from planner.core.model.entities import Calendar, Project
from planner.store.codec import BadRow, Row
from planner.store.fields import BadField, flag, moment, text, text_of, whole

PROJECT_COLUMNS = (
    "name",
    "start",
    "status_date",
    "currency",
    "minutes_per_day",
    "minutes_per_week",
    "minutes_per_month",
    "calendar_id",
    "honour_constraints",  # 0012_rules
    "default_start_time",  # 0012_rules
    "default_finish_time",  # 0012_rules
)
PROJECT_ADDED = {
    "honour_constraints": "0012_rules",
    "default_start_time": "0012_rules",
    "default_finish_time": "0012_rules",
}


def project_columns(applied: list[str] | None = None) -> tuple[str, ...]:
    """The project row's columns in a file with these migrations applied (None: every migration)."""
    if applied is None:
        return PROJECT_COLUMNS
    return tuple(c for c in PROJECT_COLUMNS if PROJECT_ADDED.get(c, "0001_initial") in applied)


def project_select(applied: list[str]) -> str:
    """The SELECT list of the project row: a column a file lacks reads as NULL (the default)."""
    present = set(project_columns(applied))
    return ", ".join(c if c in present else f"NULL AS {c}" for c in PROJECT_COLUMNS)


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
        "honour_constraints": int(project.honour_constraints),
        "default_start_time": project.default_start_time.strftime("%H:%M"),
        "default_finish_time": project.default_finish_time.strftime("%H:%M"),
    }


def project_of(values: tuple, calendars: dict[int, Calendar]) -> Project:
    """The project's settings; raises BadRow naming the field ("project: minutes per day 0 ...")."""
    name, start, status, currency, per_day, per_week, per_month, calendar_id, honour, day_start, day_finish = values
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
            honour_constraints=True if honour is None else flag(honour, "honour constraints flag"),
            default_start_time=_clock(day_start, "default start time", time(8, 0)),
            default_finish_time=_clock(day_finish, "default finish time", time(17, 0)),
        )
    except BadField as problem:
        raise BadRow(f"project: {problem}") from None


def _clock(value: Any, field: str, default: time) -> time:
    """A time of day as `08:00`; NULL (a file from before 0012_rules) reads as `default`."""
    if value is None:
        return default
    try:
        return time.fromisoformat(value)
    except (TypeError, ValueError):
        raise BadField(f"{field} {value!r} is not a time of day like 08:00") from None
