"""Change Working Time as a PM types it: weekly hours, exceptions and a country's holidays, one edit.

Hours are typed as MS Project shows them, `08:00-12:00, 13:00-17:00` (`8-12` and `8:30am-5pm`
are read too); an empty day, or `non-working`, has no hours. An exception is a name, a first
and last day (typed as the table takes dates) and its hours, empty for a holiday. The new
calendar is compiled before the edit is made, so a week with no working time, an unknown
country or overlapping hours are refused with the reason and nothing changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from planner.core.edits.edit import Edit, Put
from planner.core.errors import InputError
from planner.core.model.dates import DAY_NAMES, day_text, parse_day
from planner.core.model.entities import CalendarException, Interval, Project
from planner.core.schedule.compiled import calendar_years
from planner.core.schedule.worktime import WorkTime

NON_WORKING = ("", "-", "none", "non-working", "nonworking", "off", "closed")
_CLOCK = re.compile(r"^(\d{1,2})(?::(\d{2}))?\s*([ap]\.?m\.?)?$", re.IGNORECASE)
HOURS_HINT = "write working hours like 08:00-12:00, 13:00-17:00, or leave the day empty"


@dataclass(frozen=True)
class TypedException:
    """One row of the exceptions list, as typed."""

    name: str
    start: str
    finish: str = ""  # empty: the same day as `start`
    hours: str = ""  # empty: not working


def format_hours(intervals: Sequence[Interval]) -> str:
    """`08:00-12:00, 13:00-17:00`; an empty string for a day without work."""
    return ", ".join(f"{_clock(start)}-{_clock(end)}" for start, end in intervals)


def parse_hours(text: str, what: str) -> tuple[Interval, ...]:
    """Working hours typed for a day; raises InputError naming `what` (a weekday, an exception)."""
    cleaned = " ".join((text or "").split()).lower()
    if cleaned in NON_WORKING:
        return ()
    intervals = []
    for part in re.split(r"[,;]", cleaned):
        ends = [end.strip() for end in re.split(r"\s*(?:-|–|to)\s*", part.strip())]
        if len(ends) != 2:
            raise InputError(f"{what}: {part.strip()!r} is not a span of hours; {HOURS_HINT}")
        start, end = (_minutes(end, what) for end in ends)
        if end == 0 and start > 0:
            end = 24 * 60  # 22:00-00:00 runs to midnight
        if start >= end:
            raise InputError(f"{what}: {part.strip()} ends before it starts; {HOURS_HINT}")
        intervals.append((start, end))
    intervals.sort()
    for (_, previous_end), (start, _) in pairwise(intervals):
        if start < previous_end:
            raise InputError(f"{what}: the working hours {format_hours(intervals)} overlap")
    return tuple(intervals)


def working_time_edit(
    project: Project,
    calendar_id: int,
    week: Sequence[str],
    exceptions: Sequence[TypedException],
    country: str,
) -> Edit | None:
    """One edit replacing the calendar's week, exceptions and country; None when nothing differs."""
    before = project.calendars.get(calendar_id)
    if before is None:
        raise InputError(f"there is no calendar {calendar_id} in this project")
    if len(week) != 7:
        raise ValueError("a week has seven days, Monday first")
    after = replace(
        before,
        week=tuple(parse_hours(text, DAY_NAMES[day]) for day, text in enumerate(week)),
        exceptions=[typed_exception(row) for row in exceptions],
        country=country.strip().upper(),
    )
    if after == before:
        return None
    WorkTime(after, calendar_years(project))  # refuses no working time, an unknown country, bad hours
    return Edit("Change working time", (Put("calendars", before, after),))


def typed_exception(row: TypedException) -> CalendarException:
    """One typed row of the exceptions list, checked (a resource's vacation is typed the same way)."""
    name = row.name.strip()
    what = f"exception {name!r}" if name else "an exception"
    if not row.start.strip():
        raise InputError(f"{what} needs a start date")
    start = parse_day(row.start, f"{what}: start")
    finish = parse_day(row.finish, f"{what}: finish") if row.finish.strip() else start
    if finish < start:
        raise InputError(f"{what} finishes ({day_text(finish)}) before it starts ({day_text(start)})")
    return CalendarException(start, finish, name, parse_hours(row.hours, what))


def _minutes(text: str, what: str) -> int:
    match = _CLOCK.match(text.strip())
    if match is None:
        raise InputError(f"{what}: {text!r} is not a time of day; {HOURS_HINT}")
    hours, minutes, ampm = int(match.group(1)), int(match.group(2) or 0), match.group(3)
    if ampm:
        if not 1 <= hours <= 12:
            raise InputError(f"{what}: {text!r} is not a time of day; {HOURS_HINT}")
        hours = hours % 12 + (12 if ampm.startswith("p") else 0)
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise InputError(f"{what}: {text!r} is not a time of day; {HOURS_HINT}")
    return hours * 60 + minutes


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
