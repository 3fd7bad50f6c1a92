"""Rates as MS Project writes them: `50`, `€50/h`, `400/d`, `EUR 6,000/mo`, stored per hour.

A rate is kept per working hour (what a cost engineer multiplies by hours of work) and
shown in the unit it was typed in. A day, week and month hold the project's working hours
(TimeUnits: 8 h, 40 h, 160 h by default) and a year 52 weeks, as MS Project converts them.
"""

from __future__ import annotations

import math
import re

from planner.core.errors import InputError
from planner.core.model.duration import TimeUnits
from planner.core.model.entities import RATE_UNITS

MAX_RATE = 1e9
CURRENCY_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF "}
_UNIT_WORDS = {
    "h": "h", "hr": "h", "hrs": "h", "hour": "h", "hours": "h",
    "d": "d", "day": "d", "days": "d",
    "w": "w", "wk": "w", "week": "w", "weeks": "w",
    "mo": "mo", "mon": "mo", "month": "mo", "months": "mo",
    "y": "y", "yr": "y", "year": "y", "years": "y",
}  # fmt: skip
_RATE = re.compile(r"^(?P<amount>[0-9][0-9.,' ]*)\s*(?:/\s*(?P<unit>[a-z]+))?$")
RATE_HINT = "write a rate like 50, €50/h or 400/d (units h, d, w, mo, y)"


def hours_in(unit: str, units: TimeUnits) -> float:
    """Working hours in one `unit` of a rate."""
    if unit == "y":
        return 52 * units.minutes_per_week / 60
    return units.working_minutes(unit) / 60


def per_hour(amount: float, unit: str, units: TimeUnits) -> float:
    return amount / hours_in(unit, units)


def in_unit(rate_per_hour: float, unit: str, units: TimeUnits) -> float:
    return rate_per_hour * hours_in(unit, units)


def parse_rate(text: str, units: TimeUnits, default_unit: str = "h", what: str = "rate") -> tuple[float, str]:
    """(per-hour rate, the unit typed) of a typed rate; a bare number is in `default_unit`.

    Currency signs and codes are read and dropped (the project has one currency). A negative
    rate, text, or an unknown unit raise InputError naming `what`.
    """
    cleaned = text.strip().lower()
    for sign in ("€", "$", "£", "¥", "eur", "usd", "gbp", "chf", "jpy"):
        cleaned = cleaned.replace(sign, "")
    cleaned = cleaned.strip()
    if cleaned.startswith("-"):
        raise InputError(f"{what} cannot be negative")
    match = _RATE.match(cleaned)
    if match is None:
        raise InputError(f"{what}: {text.strip()!r} is not a rate; {RATE_HINT}")
    unit = _UNIT_WORDS.get(match["unit"] or default_unit)
    if unit is None:
        raise InputError(f"{what}: {match['unit']!r} is not a rate unit; {RATE_HINT}")
    amount = _amount(match["amount"], text, what)
    rate = per_hour(amount, unit, units)
    if not math.isfinite(rate) or rate > MAX_RATE:
        raise InputError(f"{what} {text.strip()} is more than Planner keeps ({MAX_RATE:,.0f} an hour)")
    return rate, unit


def _amount(digits: str, text: str, what: str) -> float:
    """`6,000.50`, `6 000`, `6'000`; a comma alone before two digits is a decimal comma (`49,50`)."""
    digits = digits.replace(" ", "").replace("'", "")
    if "," in digits and "." not in digits and re.fullmatch(r"\d+,\d{1,2}", digits):
        digits = digits.replace(",", ".")
    digits = digits.replace(",", "")
    try:
        return float(digits)
    except ValueError:
        raise InputError(f"{what}: {text.strip()!r} is not a rate; {RATE_HINT}") from None


def format_rate(rate_per_hour: float, unit: str, units: TimeUnits, currency: str = "") -> str:
    """`€400.00/d` for 50 an hour shown per day; no sign when `currency` is empty."""
    if unit not in RATE_UNITS:
        unit = "h"
    sign = CURRENCY_SIGNS.get(currency.upper(), f"{currency} " if currency else "")
    return f"{sign}{in_unit(rate_per_hour, unit, units):,.2f}/{unit}"


def format_amount(amount: float, currency: str = "") -> str:
    """`€250.00`: a cost per use."""
    sign = CURRENCY_SIGNS.get(currency.upper(), f"{currency} " if currency else "")
    return f"{sign}{amount:,.2f}"


def parse_amount(text: str, what: str = "cost per use") -> float:
    """A plain money amount (`250`, `€250.00`); negative or text is refused."""
    rate, _unit = parse_rate(text, TimeUnits(), "h", what)
    if "/" in text:
        raise InputError(f"{what} is an amount, not a rate: write 250 or €250")
    return rate
