"""A register's values as a PM types them (in a cell, an import file, the command line), checked.

Each reader returns the value the model holds or raises InputError with a message
fit for the cell: "probability 120% is over 100%", "cost impact 7 is outside the
scale 1 to 5". A percentage may be typed with its sign (30%) or without (30, as in
MS Project's % fields), or as a fraction below 1 (0.3).
"""

from __future__ import annotations

import math
import re
from datetime import date

from planner.core.errors import InputError
from planner.core.model.dates import parse_day
from planner.core.model.duration import TimeUnits, parse_duration
from planner.core.risk.entities import LEVELS, Response, RiskKind, RiskStatus, responses_for
from planner.core.risk.scales import LEVEL_NAMES

_SCALE = {"k": 1e3, "m": 1e6}
_AMOUNT = re.compile(r"^(?P<number>[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*(?P<scale>[km]?)$", re.IGNORECASE)
CLEAR_WORDS = ("", "none", "na", "n/a", "-")


def _number(text: str, what: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise InputError(f"{what} {text!r} is not a number") from None
    if not math.isfinite(value):
        raise InputError(f"{what} {text!r} is not a number")
    return value


def parse_probability(text: str | float, what: str = "probability") -> float:
    """30%, 30 or 0.3 -> 0.3; over 100% or below 0 is refused."""
    if isinstance(text, int | float) and not isinstance(text, bool):
        value = float(text)
        cleaned = f"{value:g}"
        percent = value > 1
    else:
        cleaned = " ".join(str(text).split())
        if not cleaned:
            raise InputError(f"{what} is empty; type a percentage like 30%")
        percent = cleaned.endswith("%")
        value = _number(cleaned.removesuffix("%").strip(), what)
        percent = percent or value > 1
    fraction = value / 100 if percent else value
    shown = f"{value:g}%" if percent else cleaned
    if fraction > 1 + 1e-9:
        raise InputError(f"{what} {shown} is over 100%")
    if fraction < 0:
        raise InputError(f"{what} {shown} is below 0%")
    return round(min(fraction, 1.0), 6)


def parse_optional_probability(text: str, what: str) -> float | None:
    return None if str(text).strip().lower() in CLEAR_WORDS else parse_probability(text, what)


def parse_level(text: str | int, what: str = "impact") -> int:
    """1-5, or a level's name (very low, low, medium, high, very high)."""
    cleaned = " ".join(str(text).split()).lower()
    names = [n.lower() for n in LEVEL_NAMES]
    if cleaned in names:
        return names.index(cleaned) + 1
    try:
        value = float(cleaned)
    except ValueError:
        raise InputError(f"{what} {str(text).strip()!r} is not a level 1 to 5 (or very low ... very high)") from None
    if value != int(value) or int(value) not in LEVELS:
        raise InputError(f"{what} {value:g} is outside the scale 1 to 5")
    return int(value)


def parse_optional_level(text: str, what: str) -> int | None:
    return None if str(text).strip().lower() in CLEAR_WORDS else parse_level(text, what)


def parse_amount(text: str | float, what: str = "cost impact", currency: str = "") -> float:
    """25000, 25,000, 25k, 1.2m, EUR 25k -> the amount; negative amounts are refused (say opportunity instead)."""
    if isinstance(text, int | float) and not isinstance(text, bool):
        value = float(text)
    else:
        cleaned = str(text).strip().replace(",", "").replace(" ", "")
        for sign in (currency, "€", "$", "£", "EUR", "USD", "GBP", "CHF"):
            if sign:
                cleaned = cleaned.removeprefix(sign).removesuffix(sign)
        if cleaned.startswith("-"):
            raise InputError(f"{what} {str(text).strip()!r} is negative; an opportunity's gain is typed as positive")
        if not cleaned:
            return 0.0
        match = _AMOUNT.match(cleaned)
        if match is None:
            raise InputError(f"{what} {str(text).strip()!r} is not an amount like 25000 or 25k")
        value = float(match["number"]) * _SCALE.get(match["scale"].lower(), 1.0)
    if not math.isfinite(value) or value < 0:
        raise InputError(f"{what} {value:g} is not an amount of zero or more")
    if value > 1e12:
        raise InputError(f"{what} {value:g} is more than Planner keeps (10^12)")
    return value


def parse_delay(text: str, units: TimeUnits, what: str = "schedule impact") -> int:
    """A delay in working time, typed as a duration (5d, 2w, 16h); elapsed time is refused."""
    cleaned = str(text).strip()
    if not cleaned:
        return 0
    duration = parse_duration(cleaned, units)
    if duration.elapsed:
        raise InputError(f"{what} {cleaned!r} is elapsed time; a risk delays work in working time (5d, not 5ed)")
    return duration.minutes


def parse_optional_day(text: str, what: str) -> date | None:
    cleaned = str(text).strip()
    return None if cleaned.lower() in CLEAR_WORDS else parse_day(cleaned, what)


def _choice(kind: type, text: str, what: str):
    cleaned = str(text).strip().lower()
    for member in kind:
        if member.value == cleaned:
            return member
    raise InputError(f"{what} {str(text).strip()!r} is not one of {', '.join(m.value for m in kind)}")


def parse_kind(text: str) -> RiskKind:
    return _choice(RiskKind, text, "kind")


def parse_status(text: str) -> RiskStatus:
    return _choice(RiskStatus, text, "status")


def parse_response(text: str, kind: RiskKind) -> Response:
    """A response that fits the kind: exploit, share and enhance are for opportunities, the others for threats."""
    response = _choice(Response, text, "response")
    if response not in responses_for(kind):
        fitting = ", ".join(r.value for r in responses_for(kind))
        raise InputError(f"response {response.value!r} does not fit a {kind.value}; use one of {fitting}")
    return response
