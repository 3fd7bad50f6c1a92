"""GNOME Planner's calendars: day types, weeks, overridden days, and calendars derived from others.

A calendar's week names a day type per weekday: 0 "Working", 1 "Nonworking", 2 "Use base"
(the day of the calendar it is nested in), or one of the file's own day types. A day type's
hours are those the calendar (or, failing that, its base) overrides it with; the built-in
working day is 08:00-12:00 and 13:00-17:00 as GNOME Planner ships it. `<days>` set single
dates to a day type: holidays, or special hours. A nested calendar becomes a Planner
calendar built on its base (MS Project's base calendar), inheriting the base's week when it
uses the base for every weekday, so a resource calendar keeps the project's holidays.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import pairwise
from xml.etree.ElementTree import Element

from planner.core.errors import InputError
from planner.core.model.entities import STANDARD_DAY, Calendar, CalendarException, Interval
from planner.exchange.foreign.not_carried import NotCarried

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WORKING, NONWORKING, USE_BASE = "0", "1", "2"


@dataclass
class FileCalendar:
    """One `<calendar>` as read, before it is a Planner calendar."""

    file_id: str
    name: str
    element: Element
    base: FileCalendar | None
    overrides: dict[str, tuple[Interval, ...]] = field(default_factory=dict)

    def hours(self, day_type: str, defaults: dict[str, tuple[Interval, ...]]) -> tuple[Interval, ...]:
        """The hours of `day_type` in this calendar: its override, else its base's, else the type's own."""
        if day_type in self.overrides:
            return self.overrides[day_type]
        if self.base is not None:
            return self.base.hours(day_type, defaults)
        return defaults.get(day_type, ())


def read_calendars(root: Element, report: NotCarried) -> tuple[dict[str, Calendar], str | None]:
    """The file's calendars by file id, as Planner calendars with Unique IDs 1..n, and the project's file id."""
    element = root.find("calendars")
    if element is None:
        return {}, None
    defaults = _day_types(element)
    found: list[FileCalendar] = []
    for top in element.findall("calendar"):
        _collect(top, None, found)
    ids = [c.file_id for c in found]
    if len(set(ids)) != len(ids):
        raise InputError("two calendars of the file have the same id; nothing was imported")
    uids = {c.file_id: number for number, c in enumerate(found, start=1)}
    calendars = {c.file_id: _calendar(c, uids, defaults, report) for c in found}
    project_calendar = root.get("calendar") or (found[0].file_id if found else None)
    if project_calendar is not None and project_calendar not in calendars:
        raise InputError(f"the project's calendar is id {project_calendar!r}, which the file does not have")
    return calendars, project_calendar


def _day_types(element: Element) -> dict[str, tuple[Interval, ...]]:
    defaults: dict[str, tuple[Interval, ...]] = {WORKING: STANDARD_DAY, NONWORKING: ()}
    types = element.find("day-types")
    for day_type in types.findall("day-type") if types is not None else ():
        intervals = _intervals(day_type, f"day type {day_type.get('name')!r}")
        if intervals or day_type.get("id") not in defaults:
            defaults[day_type.get("id", "")] = intervals
    return defaults


def _collect(element: Element, base: FileCalendar | None, found: list[FileCalendar]) -> None:
    name = (element.get("name") or "").strip() or f"Calendar {element.get('id')}"
    calendar = FileCalendar(element.get("id", ""), name, element, base)
    overrides = element.find("overridden-day-types")
    for override in overrides.findall("overridden-day-type") if overrides is not None else ():
        calendar.overrides[override.get("id", "")] = _intervals(override, f"calendar {name!r}")
    found.append(calendar)
    for nested in element.findall("calendar"):
        _collect(nested, calendar, found)


def _calendar(
    read: FileCalendar, uids: dict[str, int], defaults: dict[str, tuple[Interval, ...]], report: NotCarried
) -> Calendar:
    week_element = read.element.find("default-week")
    types = [week_element.get(day, USE_BASE) if week_element is not None else USE_BASE for day in WEEKDAYS]
    if read.base is None:
        types = [WORKING if kind == USE_BASE else kind for kind in types]  # nothing to use: GNOME Planner works
    week = tuple(_weekday_hours(read, index, kind, defaults) for index, kind in enumerate(types))
    calendar = Calendar(uids[read.file_id], read.name, week=week, exceptions=_days(read, defaults, report))
    if read.base is not None:
        calendar.base_id = uids[read.base.file_id]
        calendar.inherits_week = all(kind == USE_BASE for kind in types)
    return calendar


def _weekday_hours(
    read: FileCalendar, index: int, kind: str, defaults: dict[str, tuple[Interval, ...]]
) -> tuple[Interval, ...]:
    if kind == USE_BASE and read.base is not None:
        base_week = read.base.element.find("default-week")
        base_kind = base_week.get(WEEKDAYS[index], WORKING) if base_week is not None else WORKING
        return _weekday_hours(read.base, index, base_kind, defaults)
    return read.hours(kind, defaults)


def _days(read: FileCalendar, defaults: dict[str, tuple[Interval, ...]], report: NotCarried) -> list[CalendarException]:
    """The calendar's overridden dates, consecutive dates of the same hours joined into one exception."""
    days = read.element.find("days")
    dated: list[tuple[date, tuple[Interval, ...], str]] = []
    for day in days.findall("day") if days is not None else ():
        when = _date(day.get("date", ""), read.name)
        kind = day.get("id", "")
        if day.get("type") != "day-type" or kind == USE_BASE:
            report.note(f"overridden days of another kind ({day.get('type')}) in calendar", read.name)
            continue
        hours = _intervals(day, f"calendar {read.name!r}") or read.hours(kind, defaults)
        dated.append((when, hours, "Holiday" if not hours else "Working day"))
    exceptions: list[CalendarException] = []
    for when, hours, name in sorted(dated):
        last = exceptions[-1] if exceptions else None
        if last is not None and last.hours == hours and (when - last.finish).days == 1:
            last.finish = when
        else:
            exceptions.append(CalendarException(when, when, name, hours))
    return exceptions


def _intervals(element: Element, where: str) -> tuple[Interval, ...]:
    intervals = []
    for interval in element.findall("interval"):
        start, end = _minute(interval.get("start", ""), where), _minute(interval.get("end", ""), where)
        if end == 0:
            end = 24 * 60  # "0000" as an end is midnight, the end of the day
        if not start < end:
            raise InputError(
                f"{where} has working hours {interval.get('start')}-{interval.get('end')} that run backwards"
            )
        intervals.append((start, end))
    intervals.sort()
    for (_, end), (start, _) in pairwise(intervals):
        if start < end:
            raise InputError(f"{where} has working hours that overlap")
    return tuple(intervals)


def _minute(text: str, where: str) -> int:
    if len(text) != 4 or not text.isdigit() or int(text[:2]) > 24 or int(text[2:]) > 59:
        raise InputError(f"{where} has a working time {text!r}, not HHMM")
    return min(int(text[:2]) * 60 + int(text[2:]), 24 * 60)


def _date(text: str, name: str) -> date:
    try:
        return datetime.strptime(text, "%Y%m%d").date()
    except ValueError:
        raise InputError(f"calendar {name!r} overrides a day {text!r}, not a date (YYYYMMDD)") from None
