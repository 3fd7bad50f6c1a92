"""Dates as the task table shows and reads them: compact, unambiguous, weekday first.

`Mon 2027-01-04` is the whole format. A time is added only when it is not the start
or the end of the working day (08:00 and 17:00 on the standard calendar), so the
common case stays short and an odd hour stands out: `Tue 2027-01-05 12:00`.
ISO order cannot be misread as day/month or month/day by a reader anywhere.
Qt-free, so the rules are tested without a window.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from planner.core.errors import InputError
from planner.core.model.duration import TimeUnits, format_minutes
from planner.core.model.entities import Calendar

DATE_HINT = "write e.g. 2027-01-11, Mon 2027-01-11 13:00 or 11.01.2027"

_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TIME = r"(?:[\sT]+(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?)?"
_ISO = re.compile(rf"^{_WEEKDAY}(?P<year>\d{{4}})-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}}){_TIME}$", re.IGNORECASE)
_DOTTED = re.compile(rf"^{_WEEKDAY}(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?P<year>\d{{4}}){_TIME}$", re.IGNORECASE)


def format_work(minutes: int, units: TimeUnits, elapsed: bool = False) -> str:
    """A duration in days, as MS Project shows them by default; under a day in hours (`2h`, not `0.25d`)."""
    if not elapsed and 0 < abs(minutes) < 60:
        return f"{minutes}m"
    if not elapsed and 0 < abs(minutes) < units.minutes_per_day:
        return format_minutes(minutes, False, TimeUnits(10**9, 10**9, 10**9))
    return format_minutes(minutes, elapsed, units)


def working_day_bounds(calendar: Calendar) -> tuple[time, time]:
    """The usual start and end of a working day on `calendar` (its first working weekday)."""
    for intervals in calendar.week:
        if intervals:
            first, last = intervals[0][0], intervals[-1][1]
            return _clock(first), _clock(last)
    return time(8, 0), time(17, 0)


def _clock(minutes: int) -> time:
    return time(23, 59) if minutes >= 1440 else time(minutes // 60, minutes % 60)


def format_date(moment: datetime | None, bounds: tuple[time, time] = (time(8, 0), time(17, 0))) -> str:
    """`Mon 2027-01-04`, with the time only when it is not the working day's start or end."""
    if moment is None:
        return ""
    text = f"{moment:%a %Y-%m-%d}"
    if moment.time() not in bounds:
        text += f" {moment:%H:%M}"
    return text


def edit_date(moment: datetime | None, bounds: tuple[time, time] = (time(8, 0), time(17, 0))) -> str:
    """The text an editor starts from: the shown text without the weekday (it is not needed to type)."""
    return format_date(moment, bounds)[4:] if moment else ""


def parse_date(text: str, default_time: time, what: str = "date") -> datetime:
    """Read a typed date; without a time it gets `default_time` (the working day's start or end)."""
    text = " ".join((text or "").split())
    match = _ISO.match(text) or _DOTTED.match(text)
    if not match:
        raise InputError(f"{what} {text!r} is not understood; {DATE_HINT}")
    try:
        day = date(int(match["year"]), int(match["month"]), int(match["day"]))
        clock = default_time
        if match["hour"] is not None:
            clock = time(int(match["hour"]), int(match["minute"] or 0))
    except ValueError:
        raise InputError(f"{what} {text!r} is not a real date or time; {DATE_HINT}") from None
    if not 1984 <= day.year <= 2149:
        raise InputError(f"{what} {text!r} is outside the years Planner schedules (1984-2149)")
    return datetime.combine(day, clock)


def parse_percent(text: str) -> float:
    """`50`, `50%` or `50.5 %`: a percentage from 0 to 100."""
    cleaned = (text or "").strip().rstrip("%").strip().replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise InputError(f"% complete {text.strip()!r} is not a number; write e.g. 50 or 50%") from None
    if not 0 <= value <= 100:
        raise InputError(f"% complete must be between 0 and 100, not {value:g}")
    return value


def parse_whole(text: str, what: str, low: int, high: int) -> int:
    """A whole number between `low` and `high`, as in the Priority column."""
    try:
        value = int((text or "").strip())
    except ValueError:
        raise InputError(f"{what} {text.strip()!r} is not a whole number from {low} to {high}") from None
    if not low <= value <= high:
        raise InputError(f"{what} must be between {low} and {high}, not {value}")
    return value
