"""New projects as a PM expects them: a standard calendar, optionally with national holidays."""

from __future__ import annotations

from datetime import date, datetime, time

from planner.core.errors import InputError
from planner.core.model.entities import Calendar, Project
from planner.core.schedule.worktime import WorkTime


def new_project(name: str = "New project", start: date | datetime | None = None, country: str = "") -> Project:
    """A project on the standard Mon-Fri 08:00-17:00 calendar, starting at 08:00 on `start`."""
    if not name.strip():
        raise InputError("a project needs a name")
    if start is None:
        start = date.today()
    if not isinstance(start, datetime):
        start = datetime.combine(start, time(8, 0))
    calendar = Calendar(1, f"Standard ({country.upper()})" if country else "Standard", country=country.upper())
    if country:
        WorkTime(calendar, range(start.year, start.year + 1))  # fails early on an unknown country
    return Project(name=name.strip(), start=start, calendars={1: calendar}, calendar_id=1)
