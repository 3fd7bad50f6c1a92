"""Project Information as a PM types it: one edit of the project's settings, checked first.

The dialog (Project > Project Information) and `planner set` both hand what was typed
to `project_info_edit`; a value that cannot be taken raises InputError with the reason
and nothing changes. Only the settings that differ go into the edit, so OK on an
unchanged dialog makes no empty undo step.

Hours per day and per week are MS Project's "hours per day/week": how many working
minutes a typed `1d` or `1w` holds. Durations already typed keep their working minutes
(a 1d task stays 8 hours when a day becomes 10 hours), as in MS Project; the days in a
month stay as many as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from planner.core.edits.edit import Edit, SetProject
from planner.core.errors import InputError
from planner.core.model.dates import WORKING_DAY, day_text, parse_date
from planner.core.model.duration import TimeUnits
from planner.core.model.entities import Project

STATUS_TIME = WORKING_DAY[1]  # a status date typed without a time means the end of that working day
NO_DATE_WORDS = ("", "none", "na", "n/a")  # how a PM clears the status date (MS Project shows NA)
MAX_CURRENCY = 10
SETTING_LABELS = {
    "name": "name",
    "start": "start",
    "status_date": "status date",
    "calendar_id": "calendar",
    "currency": "currency",
    "units": "hours per day/week",
}


@dataclass(frozen=True)
class ProjectInfo:
    """The settings as typed; None leaves a setting as it is (the status date: `status_date` "" clears it)."""

    name: str | None = None
    start: str | datetime | None = None
    status_date: str | datetime | None = None
    calendar_id: int | None = None
    currency: str | None = None
    hours_per_day: str | float | None = None
    hours_per_week: str | float | None = None


def project_info_edit(project: Project, info: ProjectInfo) -> Edit | None:
    """One edit of the project's settings from what was typed; None when nothing differs."""
    wanted: dict[str, Any] = {}
    if info.name is not None:
        wanted["name"] = _name(info.name)
    if info.start is not None:
        wanted["start"] = _moment(info.start, WORKING_DAY[0], "start")
    if info.status_date is not None:
        wanted["status_date"] = _status_date(info.status_date)
    if info.calendar_id is not None:
        wanted["calendar_id"] = _calendar(project, info.calendar_id)
    if info.currency is not None:
        wanted["currency"] = _currency(info.currency)
    if info.hours_per_day is not None or info.hours_per_week is not None:
        wanted["units"] = _units(project.units, info.hours_per_day, info.hours_per_week)
    _check_status_after_start(project, wanted)
    changed = {key: value for key, value in wanted.items() if getattr(project, key) != value}
    if not changed:
        return None
    before = {key: getattr(project, key) for key in changed}
    return Edit("Change project information", (SetProject(before, changed),))


def status_date_edit(project: Project, typed: str | datetime | None) -> Edit | None:
    """Project > Status Date: the date progress is measured at; "" or None clears it."""
    return project_info_edit(project, ProjectInfo(status_date="" if typed is None else typed))


def _name(typed: str) -> str:
    name = typed.strip()
    if not name:
        raise InputError("a project needs a name")
    return name


def _moment(typed: str | datetime, default_time: time, what: str) -> datetime:
    if isinstance(typed, datetime):
        return typed
    return parse_date(typed, default_time, what)


def _status_date(typed: str | datetime) -> datetime | None:
    if isinstance(typed, str) and typed.strip().lower() in NO_DATE_WORDS:
        return None
    return _moment(typed, STATUS_TIME, "status date")


def _calendar(project: Project, calendar_id: int) -> int:
    if calendar_id not in project.calendars:
        raise InputError(f"there is no calendar {calendar_id} in this project")
    return calendar_id


def _currency(typed: str) -> str:
    currency = typed.strip()
    if not currency or len(currency) > MAX_CURRENCY or any(c.isspace() for c in currency):
        raise InputError(f"currency {typed!r}: write a code or symbol such as EUR, USD or €")
    return currency


def _hours(typed: str | float, what: str, low: float, high: float) -> int:
    """Whole working minutes from typed hours (`7.5`, `7,5`, `8h`)."""
    text = str(typed).strip().lower().removesuffix("h").replace(",", ".").strip()
    try:
        hours = float(text)
    except ValueError:
        raise InputError(f"{what} {typed!r} is not a number of hours") from None
    if not low <= hours <= high:
        raise InputError(f"{what} must be between {low:g} and {high:g}, not {hours:g}")
    return round(hours * 60)


def _units(units: TimeUnits, per_day: str | float | None, per_week: str | float | None) -> TimeUnits:
    day = units.minutes_per_day if per_day is None else _hours(per_day, "hours per day", 1, 24)
    week = units.minutes_per_week if per_week is None else _hours(per_week, "hours per week", 1, 168)
    if week < day:
        raise InputError(f"hours per week ({week / 60:g}) cannot be fewer than hours per day ({day / 60:g})")
    days_per_month = units.minutes_per_month / units.minutes_per_day
    return TimeUnits(day, week, max(day, min(31 * 1440, round(days_per_month * day))))


def _check_status_after_start(project: Project, wanted: dict[str, Any]) -> None:
    start = wanted.get("start", project.start)
    status = wanted.get("status_date", project.status_date)
    if status is not None and status < start:
        raise InputError(f"the status date {day_text(status)} is before the project start {day_text(start)}")
