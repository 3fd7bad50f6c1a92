"""Calendars: weekly working times and exceptions, base calendars and those built on them.

A calendar with a base (a resource's calendar on "Standard") is written as MS Project keeps
it: `BaseCalendarUID` names the base, whose exceptions apply through it, and the week is
left out while it is inherited. A calendar's public holidays (its country) become dated
exceptions over the years Planner loads them for, one per holiday, since MSPDI has no
country; where the calendar's own exception covers a holiday, the exception wins, as it
does in Planner. Overlapping exceptions are resolved day by day (a later one wins) and
written back as non-overlapping ranges, because MS Project refuses overlapping ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from xml.etree.ElementTree import Element

from planner.core.model.entities import Calendar, Interval, Project
from planner.core.schedule.compiled import calendar_years
from planner.exchange.mspdi_export.elements import add, add_fields
from planner.exchange.mspdi_export.values import NO_UID, clock, flag, moment

DAY_TYPES = (2, 3, 4, 5, 6, 7, 1)  # MSPDI numbers the days from Sunday (1); Planner's week starts Monday
DAILY = 1  # an exception's Type: a plain daily range


@dataclass(frozen=True)
class DayRange:
    """Consecutive days with the same name and hours: one MSPDI exception."""

    first: date
    last: date
    name: str
    hours: tuple[Interval, ...]


def holiday_names(country: str, years: range) -> dict[date, str]:
    """The country's public holidays by day, with their names."""
    import holidays  # imported here: its tables cost time only when a calendar has a country

    return {day: str(name) for day, name in holidays.country_holidays(country, years=list(years)).items()}


def exception_days(calendar: Calendar, inherited_country: str, years: range) -> tuple[dict[date, tuple], int]:
    """Day -> (name, hours) of every day that differs from the week, holidays first and the calendar's
    own exceptions on top; and how many public holidays are left among them."""
    days: dict[date, tuple[str, tuple]] = {}
    if calendar.country and calendar.country != inherited_country:
        for day, name in holiday_names(calendar.country, years).items():
            days[day] = (name, ())
    holidays = set(days)
    for exception in calendar.exceptions:  # in order: a later one wins on the days it covers
        day = exception.start
        while day <= exception.finish:
            days[day] = (exception.name, tuple(exception.hours))
            holidays.discard(day)
            day += timedelta(days=1)
    return days, len(holidays)


def day_ranges(days: dict[date, tuple[str, tuple]]) -> Iterator[DayRange]:
    """The days merged into ranges of consecutive days with the same name and hours."""
    current: DayRange | None = None
    for day in sorted(days):
        name, hours = days[day]
        if current and day == current.last + timedelta(days=1) and (name, hours) == (current.name, current.hours):
            current = DayRange(current.first, day, name, hours)
            continue
        if current:
            yield current
        current = DayRange(day, day, name, hours)
    if current:
        yield current


def _country_of(project: Project, calendar: Calendar) -> str:
    """The country whose holidays reach `calendar` through its bases (empty for a base calendar)."""
    seen = {calendar.id}
    base = project.calendars.get(calendar.base_id) if calendar.base_id is not None else None
    while base is not None and base.id not in seen:
        if base.country:
            return base.country
        seen.add(base.id)
        base = project.calendars.get(base.base_id) if base.base_id is not None else None
    return ""


def write_calendars(root: Element, project: Project) -> dict[str, int]:
    """The Calendars element, base calendars first (MS Project reads a base before what is built on it);
    returns, per calendar with a country, how many public holidays it got as exceptions."""
    years = calendar_years(project)
    holidays_written: dict[str, int] = {}
    calendars = add(root, "Calendars")
    ordered = sorted(project.calendars.values(), key=lambda c: (c.base_id is not None, c.id))
    for calendar in ordered:
        days, holidays = exception_days(calendar, _country_of(project, calendar), years)
        if holidays:
            holidays_written[calendar.name] = holidays
        _write_calendar(calendars, calendar, list(day_ranges(days)))
    return holidays_written


def _write_calendar(parent: Element, calendar: Calendar, ranges: list[DayRange]) -> None:
    element = add(parent, "Calendar")
    is_base = calendar.base_id is None
    add_fields(
        element,
        (
            ("UID", calendar.id),
            ("Name", calendar.name),
            ("IsBaseCalendar", flag(is_base)),
            ("IsBaselineCalendar", flag(False)),
            ("BaseCalendarUID", NO_UID if is_base else calendar.base_id),
        ),
    )
    if is_base or not calendar.inherits_week:
        week = add(element, "WeekDays")
        for day_type, hours in sorted(zip(DAY_TYPES, calendar.week, strict=True)):
            _write_day(add(week, "WeekDay"), day_type, hours)
    if ranges:
        exceptions = add(element, "Exceptions")
        for day_range in ranges:
            _write_exception(add(exceptions, "Exception"), day_range)


def _write_day(element: Element, day_type: int, hours: tuple[Interval, ...]) -> None:
    add_fields(element, (("DayType", day_type), ("DayWorking", flag(bool(hours)))))
    _write_times(element, hours)


def _write_times(element: Element, hours: tuple[Interval, ...]) -> None:
    if hours:
        times = add(element, "WorkingTimes")
        for start, end in hours:
            add_fields(add(times, "WorkingTime"), (("FromTime", clock(start)), ("ToTime", clock(end))))


def _write_exception(element: Element, day_range: DayRange) -> None:
    add(element, "EnteredByOccurrences", flag(False))
    period = add(element, "TimePeriod")
    add(period, "FromDate", moment(datetime.combine(day_range.first, time(0, 0))))
    add(period, "ToDate", moment(datetime.combine(day_range.last, time(23, 59))))
    add_fields(
        element,
        (
            ("Occurrences", 1),
            ("Name", day_range.name or None),
            ("Type", DAILY),
            ("DayWorking", flag(bool(day_range.hours))),
        ),
    )
    _write_times(element, day_range.hours)
