"""The project's settings as `planner info` prints them: a few lines to read, or JSON to parse.

The keys are the ones Project Information shows; minutes per day and week are what the
file stores (MS Project's hours per day and week, times 60), so a script sees exact numbers.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from planner.core.edits.calendar_edits import format_hours
from planner.core.model.dates import DAY_NAMES, day_text, when
from planner.core.model.entities import Calendar, Project


def settings_dict(project: Project) -> dict[str, Any]:
    """name, start, status_date (None when unset), calendar (its name), currency, minutes_per_day/week."""
    return {
        "name": project.name,
        "start": project.start.isoformat(timespec="minutes"),
        "status_date": project.status_date.isoformat(timespec="minutes") if project.status_date else None,
        "calendar": project.calendar.name,
        "currency": project.currency,
        "minutes_per_day": project.units.minutes_per_day,
        "minutes_per_week": project.units.minutes_per_week,
    }


def write_settings(project: Project, out: TextIO, as_json: bool = False) -> None:
    if as_json:
        json.dump(settings_dict(project), out, indent=2)
        out.write("\n")
        return
    units = project.units
    lines = (
        ("Name", project.name),
        ("Start", when(project.start)),
        ("Status date", when(project.status_date) or "NA"),
        ("Calendar", project.calendar.name),
        ("Currency", project.currency),
        ("Hours per day", f"{units.minutes_per_day / 60:g}"),
        ("Hours per week", f"{units.minutes_per_week / 60:g}"),
    )
    for label, value in lines:
        out.write(f"{label + ':':<16}{value}\n")


def calendar_dict(calendar: Calendar) -> dict[str, Any]:
    """name, country, week (weekday -> hours text, "" off) and exceptions (name, start, finish, hours)."""
    return {
        "name": calendar.name,
        "country": calendar.country or None,
        "week": {day: format_hours(hours) for day, hours in zip(DAY_NAMES, calendar.week, strict=True)},
        "exceptions": [
            {
                "name": e.name,
                "start": e.start.isoformat(),
                "finish": e.finish.isoformat(),
                "hours": format_hours(e.hours),
            }
            for e in calendar.exceptions
        ],
    }


def write_calendar(calendar: Calendar, out: TextIO, as_json: bool = False) -> None:
    """`planner working-time`: the week and exceptions as Change Working Time shows them."""
    if as_json:
        json.dump(calendar_dict(calendar), out, indent=2)
        out.write("\n")
        return
    out.write(f"Calendar:  {calendar.name}\nHolidays:  {calendar.country or 'none'}\n")
    for day, hours in zip(DAY_NAMES, calendar.week, strict=True):
        out.write(f"{day + ':':<11}{format_hours(hours) or 'non-working'}\n")
    for e in calendar.exceptions:
        span = day_text(e.start) if e.start == e.finish else f"{day_text(e.start)} to {day_text(e.finish)}"
        out.write(f"Exception: {e.name or '(no name)'}, {span}: {format_hours(e.hours) or 'non-working'}\n")
