"""One spreadsheet cell read as the value a task column means: a date, a percentage, a whole number.

A cell comes from a CSV file (always text) or an .xlsx file (text, a number, or a
datetime when Excel formats it as a date). Each reader accepts both, so the same
task list gives the same project whichever way it was saved. Every refusal is an
InputError whose message names the value and says what would be understood.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import NamedTuple

from planner.core.errors import InputError
from planner.core.model.dates import FIRST_YEAR, LAST_YEAR
from planner.core.model.dates import parse_date as parse_date_text
from planner.core.model.entities import CONSTRAINT_LABELS, ConstraintType

START_TIME = time(8, 0)  # MS Project's default start time, for a date given without a time
FINISH_TIME = time(17, 0)  # and its default finish time
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
        moment = parse_date_text(text, default_time, what)
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise InputError(
            f"{what} {cell_text(cell)!r} is outside the years Planner schedules ({FIRST_YEAR}-{LAST_YEAR})"
        )
    return moment
