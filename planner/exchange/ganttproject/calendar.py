"""A GanttProject file's calendar: its weekend, its holidays, and whether tasks run on weekends.

GanttProject counts durations in whole days. Its week marks each day working (0) or weekend
(1); "only show weekends" set means the weekend is only shaded and tasks do run on it. A day
becomes Planner's standard 08:00-17:00, so a GanttProject day is a Planner day of 8 hours.
A holiday without a year recurs every year; Planner's calendars hold dated exceptions, so it
is written out for each year Planner loads holidays for, and the report says so.
"""

from __future__ import annotations

from datetime import date
from xml.etree.ElementTree import Element

from planner.core.errors import InputError
from planner.core.model.entities import STANDARD_DAY, Calendar, CalendarException
from planner.exchange.foreign.not_carried import NotCarried

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def read_calendar(root: Element, years: range, report: NotCarried) -> Calendar:
    """The project's calendar (Unique ID 1) from the file's <calendars>."""
    calendars = root.find("calendars")
    if calendars is None:
        return Calendar(1, "Standard")
    return Calendar(1, "Standard", week=_week(calendars), exceptions=_exceptions(calendars, years, report))


def _week(calendars: Element) -> tuple:
    types = calendars.find("day-types")
    week = types.find("default-week") if types is not None else None
    if week is None:
        return Calendar(1, "").week
    shown_only = types.find("only-show-weekends") if types is not None else None
    weekends_work = shown_only is not None and shown_only.get("value") == "true"
    return tuple(STANDARD_DAY if weekends_work or week.get(day, "0") != "1" else () for day in WEEKDAYS)


def _exceptions(calendars: Element, years: range, report: NotCarried) -> list[CalendarException]:
    exceptions = []
    for element in calendars.iter("date"):
        kind = element.get("type", "HOLIDAY")
        if kind not in ("HOLIDAY", "WORKING_DAY"):
            continue  # NEUTRAL: a day marked in the chart only
        name = (element.text or "").strip()
        hours = STANDARD_DAY if kind == "WORKING_DAY" else ()
        month, day = _number(element, "month"), _number(element, "date")
        year = (element.get("year") or "").strip()
        if year:
            exceptions.append(CalendarException(_day(int(year), month, day), _day(int(year), month, day), name, hours))
            continue
        report.note(f"yearly holidays written out for {years.start}-{years.stop - 1}", name or f"{day}/{month}")
        for each in years:
            if _exists(each, month, day):
                exceptions.append(CalendarException(date(each, month, day), date(each, month, day), name, hours))
    return sorted(exceptions, key=lambda e: e.start)


def _number(element: Element, name: str) -> int:
    try:
        return int(element.get(name, ""))
    except ValueError:
        raise InputError(f"a calendar date has {name} {element.get(name)!r}, not a number") from None


def _exists(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _day(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise InputError(f"the calendar has a holiday on {year}-{month}-{day}, which is no date") from None
