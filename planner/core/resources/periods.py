"""Timescale periods (day, week, month) as boundaries in the scheduler's integer minutes.

A period is the half-open span between two consecutive boundaries. Weeks start on
Monday (ISO weeks, as a European PM's MS Project shows them), months on the 1st.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum

from planner.core.schedule.worktime import EPOCH_ORDINAL, MINUTES_PER_DAY


class Granularity(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


def period_start(day: date, granularity: Granularity) -> date:
    """The first day of the period that holds `day`."""
    if granularity is Granularity.WEEK:
        return day - timedelta(days=day.weekday())
    if granularity is Granularity.MONTH:
        return day.replace(day=1)
    return day


def next_period(start: date, granularity: Granularity) -> date:
    """The first day of the period after the one starting on `start`."""
    if granularity is Granularity.WEEK:
        return start + timedelta(days=7)
    if granularity is Granularity.MONTH:
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start + timedelta(days=1)


def period_days(first: date, last: date, granularity: Granularity) -> list[date]:
    """The first days of the periods covering `first`..`last`, plus the day after the last period."""
    day = period_start(first, granularity)
    days = [day]
    while day <= last:
        day = next_period(day, granularity)
        days.append(day)
    return days


def day_instant(day: date) -> int:
    """Midnight at the start of `day`, in the scheduler's minutes since EPOCH."""
    return (day.toordinal() - EPOCH_ORDINAL) * MINUTES_PER_DAY


def instant_day(instant: int) -> date:
    """The day an instant falls on."""
    return date.fromordinal(instant // MINUTES_PER_DAY + EPOCH_ORDINAL)


def period_label(start: date, granularity: Granularity) -> str:
    """How a timescale names a period: "Mon 04 Jan", "W01 2027", "Jan 2027"."""
    if granularity is Granularity.WEEK:
        year, week, _ = start.isocalendar()
        return f"W{week:02d} {year}"
    if granularity is Granularity.MONTH:
        return f"{start:%b %Y}"
    return f"{start:%a %d %b}"


def at_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)
