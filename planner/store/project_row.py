"""The project's own row: its name, start, status date, currency and working time units."""

from __future__ import annotations

from planner.core.model.duration import TimeUnits
from planner.core.model.entities import Calendar, Project
from planner.store.codec import BadRow, Row
from planner.store.fields import BadField, moment, text, text_of, whole

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
