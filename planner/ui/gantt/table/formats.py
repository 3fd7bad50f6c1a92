"""Values as the task table shows and reads them: work in days, percentages, whole numbers.

Dates are core's one format and parser (planner/core/model/dates.py: `Mon 2027-01-04`,
ISO, MS Project's US `3/15/27 8:00 AM`, ...), re-exported here for the table's modules.
The working day's bounds come from the project's calendar, so a time shows only when it
is not 08:00 or 17:00 there. Qt-free, so the rules are tested without a window.
"""

from __future__ import annotations

from datetime import time

from planner.core.errors import InputError
from planner.core.model.dates import DATE_HINT, edit_date, format_date, parse_date
from planner.core.model.duration import TimeUnits, format_minutes
from planner.core.model.entities import Calendar

__all__ = ["DATE_HINT", "edit_date", "format_date", "format_work", "parse_date", "parse_percent", "parse_whole"]
__all__ += ["working_day_bounds"]


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
