"""One spreadsheet cell read as the value a task column means: a date, a percentage, a whole number.

A cell comes from a CSV file (always text) or an .xlsx file (text, a number, or a
datetime when Excel formats it as a date). Each reader accepts both, so the same
task list gives the same project whichever way it was saved. Every refusal is an
InputError whose message names the value and says what would be understood.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import NamedTuple

from planner.core.errors import InputError
from planner.core.model.entities import CONSTRAINT_LABELS, ConstraintType

START_TIME = time(8, 0)  # MS Project's default start time, for a date given without a time
FINISH_TIME = time(17, 0)  # and its default finish time
FIRST_YEAR, LAST_YEAR = 1984, 2149  # the years planner.core.schedule.worktime can schedule

DATE_EXAMPLES = "write e.g. 2027-01-04, 1/4/2027 or Mon 1/4/27 8:00 AM"
NO_DATE = frozenset({"", "na", "n/a", "none"})  # MS Project writes NA in an empty date column


class Cell(NamedTuple):
    """A cell's value and whether Excel shows it as a percentage (0.5 then means 50%).

    A named tuple, not a dataclass: a big sheet makes millions of them, and a tuple
    is made several times faster.
    """

    value: object = None
    percent: bool = False

    @property
    def blank(self) -> bool:
        return self.value is None or (isinstance(self.value, str) and not self.value.strip())


BLANK = Cell()


def column_letter(index: int) -> str:
    """Excel's name of a 0-based column: A, B, ..., Z, AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def cell_text(cell: Cell) -> str:
    """The cell as trimmed text; a whole float such as 3.0 reads as `3`, as a user sees it."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat(sep=" ")
    return str(value).strip()


def _number(cell: Cell) -> float | None:
    """The cell's number (an Excel number, or text such as `50` or `2,5`); None if it is not one."""
    value = cell.value
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(cell_text(cell).replace(",", "."))
    except ValueError:
        return None


def whole_number(cell: Cell, what: str, low: int, high: int | None = None) -> int:
    """A whole number from `low` to `high`, from text or an Excel number."""
    number = _number(cell)
    bounds = f"from {low} to {high}" if high is not None else f"of {low} or more"
    if number is None or not number.is_integer() or number < low or (high is not None and number > high):
        raise InputError(f"{what} {cell_text(cell)!r} is not a whole number {bounds}")
    return int(number)


def percent_complete(cell: Cell) -> float:
    """`50%`, `50`, or an Excel percentage cell holding 0.5: all mean half done."""
    text = cell_text(cell)
    if cell.blank:
        return 0.0
    number = _number(Cell(text[:-1] if text.endswith("%") else cell.value))
    if number is not None and cell.percent and not isinstance(cell.value, str):
        number *= 100
    if number is None or not 0 <= number <= 100:
        raise InputError(f"% complete {text!r} is not a percentage from 0 to 100")
    return round(number, 6)


_CONSTRAINTS = {label.lower(): kind for kind, label in CONSTRAINT_LABELS.items()}
_CONSTRAINTS.update({kind.value.lower(): kind for kind in ConstraintType})


def constraint_type(cell: Cell) -> ConstraintType:
    """MS Project's constraint names (`Start No Earlier Than`) or their short codes (`SNET`)."""
    text = cell_text(cell)
    if not text:
        return ConstraintType.ASAP
    found = _CONSTRAINTS.get(" ".join(text.lower().split()))
    if found is None:
        names = ", ".join(CONSTRAINT_LABELS.values())
        raise InputError(f"constraint type {text!r} is not one of {names} (or ASAP, SNET, ...)")
    return found


# -- dates -------------------------------------------------------------------------------------
# English names, whatever the machine's locale: MS Project's US export writes them so.
MONTH_NAMES = ("January", "February", "March", "April", "May", "June")
MONTH_NAMES += ("July", "August", "September", "October", "November", "December")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)}
_MONTHS.update({name[:3]: number for name, number in list(_MONTHS.items())} | {"sept": 9})
_WEEKDAYS = tuple(name[:3].lower() for name in DAY_NAMES)
_WEEKDAY = r"(?:(?P<weekday>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TIME = r"(?:[\s,]+(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?(?::\d{2})?\s*(?:(?P<ampm>[ap])\.?m\.?)?)?"
_NUMERIC = re.compile(rf"^{_WEEKDAY}(?P<a>\d{{1,4}})/(?P<b>\d{{1,2}})/(?P<c>\d{{1,4}}){_TIME}$", re.IGNORECASE)
_MONTH_FIRST = re.compile(
    rf"^{_WEEKDAY}(?P<month>[a-z]{{3,}})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}}){_TIME}$", re.IGNORECASE
)
_DAY_FIRST = re.compile(
    rf"^{_WEEKDAY}(?P<day>\d{{1,2}})\s+(?P<month>[a-z]{{3,}})\.?,?\s+(?P<year>\d{{4}}){_TIME}$", re.IGNORECASE
)
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")


def parse_date(cell: Cell, what: str, default_time: time) -> datetime | None:
    """A date cell as a datetime; a date without a time gets `default_time` (08:00 or 17:00).

    An Excel date cell at midnight counts as a date without a time: Excel cannot tell
    the two apart, and a PM who types 1/4/2027 into a Start cell means the working day.
    """
    value = cell.value
    if isinstance(value, datetime):
        moment = value.replace(tzinfo=None)
        if moment.time() == time(0, 0):
            moment = datetime.combine(moment.date(), default_time)
    elif isinstance(value, date):
        moment = datetime.combine(value, default_time)
    else:
        text = cell_text(cell)
        if text.lower() in NO_DATE:
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            raise InputError(f"{what} {text!r} is a number, not a date; format the cell as a date")
        moment = _parse_date_text(text, what, default_time)
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise InputError(
            f"{what} {cell_text(cell)!r} is outside the years Planner schedules ({FIRST_YEAR}-{LAST_YEAR})"
        )
    return moment


def _parse_date_text(text: str, what: str, default_time: time) -> datetime:
    if _ISO.match(text):
        try:
            moment = datetime.fromisoformat(text).replace(tzinfo=None)
        except ValueError:
            raise InputError(f"{what} {text!r} is not a date; {DATE_EXAMPLES}") from None
        return moment if len(text) > 10 else datetime.combine(moment.date(), default_time)
    for pattern in (_NUMERIC, _MONTH_FIRST, _DAY_FIRST):
        match = pattern.match(text)
        if match:
            break
    else:
        raise InputError(f"{what} {text!r} is not a date; {DATE_EXAMPLES}")
    try:
        day = _day_of(match)
        clock = _time_of(match)
    except ValueError:
        raise InputError(f"{what} {text!r} is not a date; {DATE_EXAMPLES}") from None
    weekday = match.group("weekday")
    if weekday and _WEEKDAYS.index(weekday.lower()) != day.weekday():
        said, real = DAY_NAMES[_WEEKDAYS.index(weekday.lower())], DAY_NAMES[day.weekday()]
        raise InputError(
            f"{what} {text!r}: {MONTH_NAMES[day.month - 1]} {day.day}, {day.year} is a {real}, not a {said}; "
            "dates like 1/4/27 are read month first, as MS Project writes them in the US"
        )
    return datetime.combine(day, default_time if clock is None else clock)


def _day_of(match: re.Match[str]) -> date:
    """The calendar day of a matched date; ValueError if there is no such day."""
    found = match.groupdict()
    if "month" in found:
        month = _MONTHS.get(found["month"].lower(), 0)  # 0: no such month, and date() says so
        return date(int(found["year"]), month, int(found["day"]))
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
    """The time of day of a matched date (`8:00 AM`, `17:00`, `5 PM`); None if it gave none."""
    hour, minute, ampm = match.group("hour"), match.group("minute"), match.group("ampm")
    if hour is None:
        return None
    if minute is None and ampm is None:
        raise ValueError("a bare number is not a time")
    hours = int(hour)
    if ampm:
        if not 1 <= hours <= 12:
            raise ValueError("not a 12-hour time")
        hours = hours % 12 + (12 if ampm.lower() == "p" else 0)
    return time(hours, int(minute or 0))
