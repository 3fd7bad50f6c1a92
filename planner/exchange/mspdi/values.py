"""The values of an MSPDI file as Python values: texts, numbers, flags, dates and durations.

MSPDI writes durations as XML Schema durations (`PT8H0M0S`: hours, minutes and seconds,
working time unless the element's format code says elapsed), lags and delays as integers
in tenths of a minute, money in cents, and dates as `2006-09-21T08:00:00` in the
project's local time. Each helper takes the element and the name of its child, so that a
missing child is simply None (or the default), as MS Project means it.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from datetime import datetime, time

from planner.core.errors import InputError
from planner.core.model.dates import FIRST_YEAR, LAST_YEAR

_XSD_DURATION = re.compile(
    r"^(?P<sign>-)?P(?:(?P<days>\d+(?:\.\d*)?)D)?"
    r"(?:T(?:(?P<hours>\d+(?:\.\d*)?)H)?(?:(?P<minutes>\d+(?:\.\d*)?)M)?(?:(?P<seconds>\d+(?:\.\d*)?)S)?)?$"
)

# DurationFormat / LagFormat codes (MS Project's TimeUnit): the unit shown, elapsed or not,
# and whether it is estimated ("3d?"). 19/20 are percent (lags only); 21/53 are "null".
ELAPSED_CODES = frozenset({4, 6, 8, 10, 12, 20, 36, 38, 40, 42, 44, 52})
ESTIMATED_CODES = frozenset(range(35, 45)) | {51, 52, 53}
PERCENT_CODES = frozenset({19, 20, 51, 52})


def text(element: ET.Element, tag: str) -> str | None:
    """The stripped text of child `tag`, or None when it is absent or empty."""
    child = element.find(tag)
    if child is None or child.text is None:
        return None
    value = child.text.strip()
    return value or None


def integer(element: ET.Element, tag: str, default: int | None = None) -> int | None:
    value = text(element, tag)
    if value is None:
        return default
    try:
        return int(float(value))
    except ValueError:
        raise InputError(f"<{tag}> holds {value!r}, which is not a whole number") from None


def number(element: ET.Element, tag: str, default: float | None = None) -> float | None:
    value = text(element, tag)
    if value is None:
        return default
    try:
        found = float(value)
    except ValueError:
        raise InputError(f"<{tag}> holds {value!r}, which is not a number") from None
    if not math.isfinite(found):
        raise InputError(f"<{tag}> holds {value!r}, which is not a number")
    return found


def money(element: ET.Element, tag: str) -> float:
    """An amount MSPDI keeps in cents (Cost, FixedCost, CostPerUse), in the currency's units."""
    return (number(element, tag) or 0.0) / 100.0


def flag(element: ET.Element, tag: str, default: bool = False) -> bool:
    value = text(element, tag)
    if value is None:
        return default
    return value.lower() in ("1", "true")


def moment(element: ET.Element, tag: str) -> datetime | None:
    """A date and time, to the minute; None when absent or outside the years Planner schedules."""
    value = text(element, tag)
    if value is None:
        return None
    try:
        found = datetime.fromisoformat(value.rstrip("Z")[:19])
    except ValueError:
        raise InputError(f"<{tag}> holds {value!r}, which is not a date") from None
    if not FIRST_YEAR <= found.year <= LAST_YEAR:
        return None
    return found.replace(second=0, microsecond=0)


def clock(element: ET.Element, tag: str) -> int | None:
    """A time of day (`08:00:00`) as minutes from midnight; `00:00:00` as an end is midnight (1440)."""
    value = text(element, tag)
    if value is None:
        return None
    try:
        found = time.fromisoformat(value[:8])
    except ValueError:
        raise InputError(f"<{tag}> holds {value!r}, which is not a time of day") from None
    return found.hour * 60 + found.minute


def xsd_minutes(value: str) -> float:
    """The minutes of an XML Schema duration such as `PT8H0M0S` or `-PT4H30M0S` (a day is 24 hours)."""
    match = _XSD_DURATION.match(value.strip())
    if not match or value.strip() in ("P", "PT", "-P", "-PT"):
        raise InputError(f"{value!r} is not a duration (MS Project writes e.g. PT8H0M0S)")
    part = {k: float(v) if v else 0.0 for k, v in match.groupdict().items() if k != "sign"}
    minutes = part["days"] * 1440 + part["hours"] * 60 + part["minutes"] + part["seconds"] / 60
    return -minutes if match.group("sign") else minutes


def duration_minutes(element: ET.Element, tag: str) -> float | None:
    value = text(element, tag)
    return None if value is None else xsd_minutes(value)
