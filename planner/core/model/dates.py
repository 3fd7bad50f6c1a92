"""Dates as Planner reads and writes them: one parser and one format for every field and message.

Shown: `Mon 2027-01-04`, weekday first, ISO order (nobody misreads it as day/month or
month/day); the time is added when it is not the working day's start or end
(`Tue 2027-01-05 12:00`), and always where an instant matters (`when`: messages,
tooltips, `planner why`).

Read, wherever a user types or imports a date (the table, the dialogs, the CLI, task
sheets): ISO `2027-03-15` (with `T` or a space before a time), the same with a weekday
`Mon 2027-03-15 13:00`, MS Project's US form `3/15/27`, `3/15/2027`, `Mon 3/15/27 8:00 AM`,
month names `March 15, 2027` / `15 Mar 2027`, and German `15.03.2027`. A weekday that does
not match the date is refused (it usually means the day and month were read the other way),
and so is everything else, with one message that says how to write a date.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from planner.core.errors import InputError

FIRST_YEAR, LAST_YEAR = 1984, 2149  # the years planner.core.schedule.worktime can schedule
WORKING_DAY = (time(8, 0), time(17, 0))  # the standard calendar's start and end of a working day
DATE_HINT = "write e.g. 2027-01-04, 1/4/2027 or Mon 1/4/27 8:00 AM"

# English names, whatever the machine's locale: MS Project's US export writes them so.
MONTH_NAMES = ("January", "February", "March", "April", "May", "June")
MONTH_NAMES += ("July", "August", "September", "October", "November", "December")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)}
_MONTHS.update({name[:3]: number for name, number in list(_MONTHS.items())} | {"sept": 9})
_WEEKDAYS = tuple(name[:3].lower() for name in DAY_NAMES)

_WEEKDAY = r"(?:(?P<weekday>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TIME = (
    r"(?:(?:[\s,]+|T)(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?(?::\d{2}(?:\.\d+)?)?\s*(?:(?P<ampm>[ap])\.?m\.?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_PATTERNS = (
    re.compile(rf"^{_WEEKDAY}(?P<year>\d{{4}})-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}}){_TIME}$", re.IGNORECASE),
    re.compile(rf"^{_WEEKDAY}(?P<a>\d{{1,4}})/(?P<b>\d{{1,2}})/(?P<c>\d{{1,4}}){_TIME}$", re.IGNORECASE),
    re.compile(rf"^{_WEEKDAY}(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?P<year>\d{{4}}){_TIME}$", re.IGNORECASE),
    re.compile(
        rf"^{_WEEKDAY}(?P<mname>[a-z]{{3,}})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}}){_TIME}$", re.IGNORECASE
    ),
    re.compile(
        rf"^{_WEEKDAY}(?P<day>\d{{1,2}})\s+(?P<mname>[a-z]{{3,}})\.?,?\s+(?P<year>\d{{4}}){_TIME}$", re.IGNORECASE
    ),
)


# -- showing ---------------------------------------------------------------------------------
def format_date(moment: datetime | None, bounds: tuple[time, time] = WORKING_DAY) -> str:
    """`Mon 2027-01-04`, with the time only when it is not the working day's start or end."""
    if moment is None:
        return ""
    text = f"{moment:%a %Y-%m-%d}"
    if moment.time() not in bounds:
        text += f" {moment:%H:%M}"
    return text


def edit_date(moment: datetime | None, bounds: tuple[time, time] = WORKING_DAY) -> str:
    """The text an editor starts from: the shown text without the weekday (it is not needed to type)."""
    return format_date(moment, bounds)[4:] if moment else ""


def when(moment: datetime | None) -> str:
    """An instant in a message or tooltip, always with its time: `Mon 2027-01-04 08:00`."""
    return f"{moment:%a %Y-%m-%d %H:%M}" if moment else ""


def day_text(day: date | datetime) -> str:
    """A calendar day on its own: `Mon 2027-01-04`."""
    return f"{day:%a %Y-%m-%d}"


# -- reading ---------------------------------------------------------------------------------
def parse_date(text: str, default_time: time = WORKING_DAY[0], what: str = "date") -> datetime:
    """Read a typed date in any of the forms above; without a time it gets `default_time`.

    Raises InputError naming `what` and the text, and saying how to write a date.
    """
    cleaned = " ".join((text or "").split())
    match = next((m for m in (p.match(cleaned) for p in _PATTERNS) if m), None)
    if match is None:
        raise InputError(f"{what} {cleaned!r} is not a date; {DATE_HINT}")
    try:
        day, clock = _day_of(match), _time_of(match)
    except ValueError:
        raise InputError(f"{what} {cleaned!r} is not a date; {DATE_HINT}") from None
    weekday = match.group("weekday")
    if weekday and _WEEKDAYS.index(weekday.lower()) != day.weekday():
        said, real = DAY_NAMES[_WEEKDAYS.index(weekday.lower())], DAY_NAMES[day.weekday()]
        why = f"{what} {cleaned!r}: {MONTH_NAMES[day.month - 1]} {day.day}, {day.year} is a {real}, not a {said}"
        if "a" in match.groupdict():  # 1/4/27: say which way round it was read
            why += "; dates like 1/4/27 are read month first, as MS Project writes them in the US"
        raise InputError(why)
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InputError(f"{what} {cleaned!r} is outside the years Planner schedules ({FIRST_YEAR}-{LAST_YEAR})")
    return datetime.combine(day, default_time if clock is None else clock)


def parse_day(text: str, what: str = "date") -> date:
    """Read a calendar day (a time, if typed, is ignored)."""
    return parse_date(text, WORKING_DAY[0], what).date()


def _day_of(match: re.Match[str]) -> date:
    """The calendar day of a matched date; ValueError if there is no such day."""
    found = match.groupdict()
    if "mname" in found:
        month = _MONTHS.get(found["mname"].lower(), 0)  # 0: no such month, and date() says so
        return date(int(found["year"]), month, int(found["day"]))
    if "year" in found:
        return date(int(found["year"]), int(found["month"]), int(found["day"]))
    first, second, third = found["a"], found["b"], found["c"]
    if len(first) == 4:  # 2027/1/4: year first
        return date(int(first), int(second), int(third))
    if len(first) > 2 or len(third) not in (2, 4):
        raise ValueError("no such date form")
    year = int(third)
    if len(third) == 2:
        year += 2000 if year < 69 else 1900  # the POSIX pivot, as %y reads it
    return date(year, int(first), int(second))


def _time_of(match: re.Match[str]) -> time | None:
    """The time of day of a matched date (`8:00 AM`, `17:00`, `5 PM`, ISO's `T10`); None if it gave none.

    After a US date a bare number is refused: `1/4/27 8` is more likely a typo than 08:00.
    """
    hour, minute, ampm = match.group("hour"), match.group("minute"), match.group("ampm")
    if hour is None:
        return None
    numbered = "month" in match.groupdict()  # ISO and 15.03.2027 read `2027-01-11T10` as 10:00, as ISO does
    if minute is None and ampm is None and not numbered:
        raise ValueError("a bare number is not a time")
    hours = int(hour)
    if ampm:
        if not 1 <= hours <= 12:
            raise ValueError("not a 12-hour time")
        hours = hours % 12 + (12 if ampm.lower() == "p" else 0)
    return time(hours, int(minute or 0))
