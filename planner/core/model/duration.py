"""Durations and lags as a PM types them: `3d`, `4 hrs`, `2 wks`, `3 edays`, `50%`.

Working durations are stored in working minutes; elapsed ones (`ed`, `eh`, ...) in
calendar minutes that run through nights and weekends. How many working minutes
make a day, week or month is a project setting (MS Project's "hours per day").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from planner.core.errors import InputError

MINUTES_PER_ELAPSED = {"m": 1, "h": 60, "d": 1440, "w": 10080, "mo": 43200}

_UNIT_WORDS = {
    "m": ("m", "min", "mins", "minute", "minutes"),
    "h": ("h", "hr", "hrs", "hour", "hours"),
    "d": ("d", "dy", "day", "days"),
    "w": ("w", "wk", "wks", "week", "weeks"),
    "mo": ("mo", "mon", "mons", "month", "months"),
}
_UNITS = {word: unit for unit, words in _UNIT_WORDS.items() for word in words}
_UNITS.update({"e" + word: "e" + unit for word, unit in list(_UNITS.items())})

# No duration or lag can be longer than the years Planner schedules (1984-2149, 166 years of calendar
# minutes): anything longer is a typing slip, and refusing it here keeps huge numbers out of the engine.
MAX_MINUTES = 166 * 366 * 1440
MAX_LAG_PERCENT = 100_000  # a lag of a thousand times the predecessor's duration

_NUMBER = r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)"
_AMOUNT = re.compile(rf"^\s*({_NUMBER})\s*([a-z]*)\s*\??\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class TimeUnits:
    """How many working minutes a day, week and month hold (MS Project defaults)."""

    minutes_per_day: int = 480
    minutes_per_week: int = 2400
    minutes_per_month: int = 9600

    def working_minutes(self, unit: str) -> int:
        """Working minutes in one `unit` (m, h, d, w, mo)."""
        return {
            "m": 1,
            "h": 60,
            "d": self.minutes_per_day,
            "w": self.minutes_per_week,
            "mo": self.minutes_per_month,
        }[unit]


DEFAULT_UNITS = TimeUnits()


@dataclass(frozen=True)
class Duration:
    """A task's length: working minutes, or calendar minutes when `elapsed`."""

    minutes: int
    elapsed: bool = False

    def __post_init__(self) -> None:
        if self.minutes < 0:
            raise InputError("a duration cannot be negative")


@dataclass(frozen=True)
class Lag:
    """A link's delay (negative: a lead) in minutes, elapsed minutes, or % of the predecessor."""

    amount: float = 0
    unit: str = "m"  # "m" working minutes, "em" elapsed minutes, "%" of predecessor duration

    def __post_init__(self) -> None:
        if self.unit not in ("m", "em", "%"):
            raise InputError(f"unknown lag unit {self.unit!r}")

    @property
    def is_zero(self) -> bool:
        return self.amount == 0


ZERO_LAG = Lag()


def _split(text: str, what: str) -> tuple[float, str]:
    match = _AMOUNT.match(text or "")
    if not match:
        raise InputError(f"{what} {text!r} is not understood; write e.g. 3d, 4h, 2w, 30m or 3ed")
    number = float(match.group(1).replace(",", "."))
    word = match.group(2).lower()
    return number, word


def _minutes_of(
    number: float, word: str, units: TimeUnits, default_unit: str, what: str, text: str
) -> tuple[int, bool]:
    unit = _UNITS.get(word or default_unit)
    if unit is None:
        raise InputError(f"{what} {text!r} has an unknown unit {word!r}; use m, h, d, w, mo or ed")
    elapsed = unit.startswith("e")
    minutes = number * (MINUTES_PER_ELAPSED[unit[1:]] if elapsed else units.working_minutes(unit))
    if not math.isfinite(minutes) or abs(minutes) > MAX_MINUTES:
        raise InputError(f"{what} {text!r} is too long; Planner schedules at most the years 1984-2149")
    return round(minutes), elapsed


def parse_duration(text: str, units: TimeUnits = DEFAULT_UNITS, default_unit: str = "d") -> Duration:
    """Read `3d`, `4 hrs`, `2 wks`, `30 mins`, `3 edays`, `0 days`; a bare number is in days."""
    number, word = _split(text, "duration")
    if number < 0:
        raise InputError(f"duration {text!r} is negative; a task cannot take less than no time")
    minutes, elapsed = _minutes_of(number, word, units, default_unit, "duration", text)
    return Duration(minutes, elapsed)


def parse_lag(text: str, units: TimeUnits = DEFAULT_UNITS) -> Lag:
    """Read a lag such as `+2 days`, `-1d`, `+50%` or `3 edays`; empty means none."""
    text = (text or "").strip()
    if not text:
        return ZERO_LAG
    if text.endswith("%"):
        return Lag(_lag_percent(text), "%")
    number, word = _split(text, "lag")
    minutes, elapsed = _minutes_of(number, word, units, "d", "lag", text)
    return Lag(minutes, "em" if elapsed else "m")


def _lag_percent(text: str) -> float:
    """The percentage of a lag such as `+50%`: a finite number, at most a thousand times the predecessor."""
    try:
        percent = float(text[:-1].replace(",", "."))
    except ValueError:
        raise InputError(f"lag {text!r} is not a percentage") from None
    if not math.isfinite(percent):
        raise InputError(f"lag {text!r} is not a percentage")
    if abs(percent) > MAX_LAG_PERCENT:
        raise InputError(f"lag {text!r} is too long; a lag can be at most {MAX_LAG_PERCENT:,}% of its predecessor")
    return percent


def _amount_text(value: float) -> str:
    return f"{value:g}"


def format_minutes(minutes: float, elapsed: bool = False, units: TimeUnits = DEFAULT_UNITS) -> str:
    """Write minutes in the largest unit that divides them evenly enough: `3d`, `4h`, `1.5d`."""
    prefix = "e" if elapsed else ""
    scales = [("d", 1440 if elapsed else units.minutes_per_day), ("h", 60)]  # days, as MS Project shows them
    if minutes == 0:
        return f"0{prefix}d"
    for unit, size in scales:
        if (minutes * 100) % size == 0 and abs(minutes) >= size / 8:
            return f"{_amount_text(minutes / size)}{prefix}{unit}"
    return f"{_amount_text(minutes)}{prefix}m"


def format_duration(duration: Duration, units: TimeUnits = DEFAULT_UNITS) -> str:
    """The duration as a PM would type it back: `3d`, `4h`, `3ed`."""
    return format_minutes(duration.minutes, duration.elapsed, units)


def format_lag(lag: Lag, units: TimeUnits = DEFAULT_UNITS) -> str:
    """The lag with its sign, as in `+2d`, `-4h`, `+50%`; empty when there is none."""
    if lag.is_zero:
        return ""
    sign = "+" if lag.amount > 0 else "-"
    if lag.unit == "%":
        return f"{sign}{_amount_text(abs(lag.amount))}%"
    return sign + format_minutes(abs(lag.amount), lag.unit == "em", units)
