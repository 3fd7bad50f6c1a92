"""Checked reading of one stored value: what a file edited outside Planner may hold wrongly.

Each reader returns the value as the core wants it or raises BadField saying, in
words, what is wrong with it; the codec adds which table and row. They are plain
functions on the hot path of loading 100,000 tasks, so they test cheaply first.
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime
from enum import StrEnum
from typing import Any

MAX_MINUTES = 100 * 366 * 24 * 60  # a hundred years: more than any plan, less than overflows the scheduler


class BadField(ValueError):
    """One stored value cannot be read; the message names the field and the value."""


def text_of(moment: datetime | None) -> str | None:
    return moment.strftime("%Y-%m-%dT%H:%M") if moment else None


def moment(value: Any, field: str) -> datetime | None:
    """ISO 8601 local time (`2027-01-04T08:00`); a time zone is refused, as times here are wall-clock."""
    if value is None or value == "":
        return None
    try:
        result = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise BadField(f"{field} {value!r} is not a date and time like 2027-01-04T08:00") from None
    if result.tzinfo is not None:
        raise BadField(f"{field} {value!r} carries a time zone; Planner stores local times like 2027-01-04T08:00")
    return result


def day(value: Any, field: str) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise BadField(f"{field} {value!r} is not a date like 2027-01-04") from None


def enum(kind: type[StrEnum], value: Any, field: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        raise BadField(f"{field} {value!r} is not one of {', '.join(kind)}") from None


def whole(value: Any, field: str, low: int = 0, high: int = MAX_MINUTES) -> int:
    """A whole number within [low, high]; NULL, text and fractions are refused."""
    if type(value) is not int:
        raise BadField(f"{field} {value!r} is not a whole number")
    if not low <= value <= high:
        raise BadField(f"{field} {value} is not between {low} and {high}")
    return value


def number(value: Any, field: str, low: float, high: float, default: float | None = None) -> float:
    """A finite number within [low, high]; NULL reads as `default` when there is one."""
    if value is None and default is not None:
        return default
    if type(value) not in (int, float) or not math.isfinite(value):
        raise BadField(f"{field} {value!r} is not a number")
    if not low <= value <= high:
        raise BadField(f"{field} {value:g} is not between {low:g} and {high:g}")
    return value


def flag(value: Any, field: str) -> bool:
    if value not in (0, 1) or type(value) is not int:
        raise BadField(f"{field} {value!r} is not 0 or 1")
    return bool(value)


def text(value: Any, field: str, default: str | None = "") -> str:
    if value is None and default is not None:
        return default
    if type(value) is not str:
        raise BadField(f"{field} {value!r} is not text")
    return value


def optional_id(value: Any, field: str) -> int | None:
    if value is None or type(value) is int:
        return value
    raise BadField(f"{field} {value!r} is not a Unique ID")


def hours(value: Any, field: str) -> tuple[tuple[int, int], ...]:
    """Working hours of a day as JSON: `[[480, 720], [780, 1020]]`, minutes from midnight, in order."""
    try:
        intervals = json.loads(value or "[]")
        pairs = tuple((int(s), int(e)) for s, e in intervals)
    except (TypeError, ValueError):
        raise BadField(f"{field} {value!r} is not a JSON list of [start, end] minutes") from None
    previous_end = 0
    for start, end in pairs:
        if not previous_end <= start < end <= 1440:
            raise BadField(f"{field} {value!r}: hours must run forward within the day, 0 to 1440 minutes")
        previous_end = end
    return pairs


def week(value: Any, field: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Seven days of working hours, Monday first, as JSON."""
    try:
        days = json.loads(value)
    except (TypeError, ValueError):
        raise BadField(f"{field} {value!r} is not JSON") from None
    if not isinstance(days, list) or len(days) != 7:
        raise BadField(f"{field} is not a list of seven days of working hours")
    return tuple(hours(json.dumps(d), field) for d in days)
