"""How MSPDI writes values: dates, xsd durations, tenths of minutes, cents, and its codes.

MSPDI's conventions, as MS Project writes them and MPXJ reads them: a duration or work is
an xsd:duration in hours (`PT12H30M0S`, elapsed hours for an elapsed task), a lag and a
slack are integers in tenths of a minute, money is in cents (hundredths of the currency),
units are fractions (1 is 100%), a rate is per hour whatever unit it is shown in.
"""

from __future__ import annotations

from datetime import datetime, time

from planner.core.model.entities import ConstraintType, LinkType, TaskType

NAMESPACE = "http://schemas.microsoft.com/project"
SAVE_VERSION = 14  # Project 2010's layout, which MS Project 2010-2021 and ProjectLibre open
NO_UID = -1  # "none" for a calendar reference

CONSTRAINT_CODES = {
    ConstraintType.ASAP: 0,
    ConstraintType.ALAP: 1,
    ConstraintType.MSO: 2,
    ConstraintType.MFO: 3,
    ConstraintType.SNET: 4,
    ConstraintType.SNLT: 5,
    ConstraintType.FNET: 6,
    ConstraintType.FNLT: 7,
}
LINK_CODES = {LinkType.FF: 0, LinkType.FS: 1, LinkType.SF: 2, LinkType.SS: 3}
TASK_TYPE_CODES = {TaskType.FIXED_UNITS: 0, TaskType.FIXED_DURATION: 1, TaskType.FIXED_WORK: 2}
ACCRUAL_CODES = {"start": 1, "end": 2, "prorated": 3}  # MSPDI's AccrueAt and FixedCostAccrual
RATE_FORMATS = {"m": 1, "h": 2, "d": 3, "w": 4, "mo": 5, "y": 7}  # how a rate is shown

# Duration and lag formats: working and elapsed minutes, hours, days, weeks, months, percent.
FORMAT_MINUTES, FORMAT_HOURS, FORMAT_DAYS = 3, 5, 7
ELAPSED_OFFSET = 1  # 4 = elapsed minutes, 6 = elapsed hours, 8 = elapsed days ...
FORMAT_PERCENT = 19


def flag(value: bool) -> str:
    return "1" if value else "0"


def moment(value: datetime) -> str:
    """`2027-01-04T08:00:00`: MSPDI's dateTime, to the second, without a time zone."""
    return value.strftime("%Y-%m-%dT%H:%M:%S")


def clock(minutes: int) -> str:
    """A time of day from minutes after midnight; midnight at the end of a day is `00:00:00`."""
    minutes %= 1440
    return time(minutes // 60, minutes % 60).strftime("%H:%M:%S")


def hours(minutes: float) -> str:
    """An xsd:duration in hours, minutes and seconds, as MS Project writes work: `PT12H30M0S`."""
    seconds = round(minutes * 60)
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    return f"{sign}PT{seconds // 3600}H{seconds % 3600 // 60}M{seconds % 60}S"


def tenths(minutes: float) -> str:
    """Minutes as MSPDI's integer tenths of a minute (lags, slack, levelling delay)."""
    return str(round(minutes * 10))


def cents(amount: float) -> str:
    """Money in hundredths of the currency, as MSPDI stores every cost."""
    return f"{round(amount * 100):d}"


def number(value: float) -> str:
    """A plain decimal without a needless `.0`: rates, units."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def duration_format(minutes: float, elapsed: bool, minutes_per_day: int) -> int:
    """The unit MS Project shows a duration or lag in: Planner's (planner.core.model.duration.format_minutes),
    days when they divide evenly enough, else hours, else minutes."""
    day = 1440 if elapsed else minutes_per_day
    if minutes == 0 or ((minutes * 100) % day == 0 and abs(minutes) >= day / 8):
        code = FORMAT_DAYS
    elif minutes % 60 == 0:
        code = FORMAT_HOURS
    else:
        code = FORMAT_MINUTES
    return code + (ELAPSED_OFFSET if elapsed else 0)
