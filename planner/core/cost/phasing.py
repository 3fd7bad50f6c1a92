"""Spreading an amount over time: on the first day, over the working time of a span, or on the last day.

Time-phased cost is kept by day (a dict from date to amount, days without cost left
out) and summed into months where a report wants months. A prorated amount follows
the task calendar's working minutes, so a weekend or a holiday gets none of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from planner.core.model.costs import Accrual
from planner.core.schedule.worktime import EPOCH_ORDINAL, MINUTES_PER_DAY, WorkTime

Daily = dict[date, float]


def day_of(instant: int) -> date:
    return date.fromordinal(EPOCH_ORDINAL + instant // MINUTES_PER_DAY)


def finish_day(instant: int) -> date:
    """The day a finish instant belongs to: 17:00 ends that day, midnight ends the day before."""
    return date.fromordinal(EPOCH_ORDINAL + max(0, instant - 1) // MINUTES_PER_DAY)


def point_in(calendar: WorkTime, start: int, finish: int, fraction: float) -> int:
    """The instant by which `fraction` of the span's working time is done (its progress point)."""
    if fraction <= 0 or finish <= start:
        return start
    if fraction >= 1:
        return finish
    begun, ended = calendar.work_at(start), calendar.work_at(finish)
    if ended <= begun:
        return start
    return max(start, min(finish, calendar.finish_instant(begun + round((ended - begun) * fraction))))


def spread(amount: float, accrual: Accrual, calendar: WorkTime, start: int, finish: int, into: Daily) -> None:
    """Add `amount` to the days of [start, finish] (instants) as `accrual` says."""
    if not amount:
        return
    if accrual is Accrual.END and finish > start:
        _add(into, finish_day(finish), amount)
        return
    begun, ended = (calendar.work_at(start), calendar.work_at(finish)) if finish > start else (0, 0)
    if accrual is Accrual.START or ended <= begun:
        _add(into, day_of(start), amount)
        return
    per_minute = amount / (ended - begun)
    first, last = start // MINUTES_PER_DAY, (finish - 1) // MINUTES_PER_DAY
    before = begun
    for day in range(first, last + 1):
        after = min(ended, calendar.work_at((day + 1) * MINUTES_PER_DAY))
        if after > before:
            _add(into, date.fromordinal(EPOCH_ORDINAL + day), (after - before) * per_minute)
            before = after


def _add(into: Daily, day: date, amount: float) -> None:
    into[day] = into.get(day, 0.0) + amount


def merged(parts: Iterable[Daily]) -> Daily:
    total: Daily = {}
    for part in parts:
        for day, amount in part.items():
            total[day] = total.get(day, 0.0) + amount
    return total


def by_month(daily: Daily) -> dict[str, float]:
    """Amounts per month, keys "YYYY-MM" in order."""
    months: dict[str, float] = {}
    for day in sorted(daily):
        key = f"{day.year:04d}-{day.month:02d}"
        months[key] = months.get(key, 0.0) + daily[day]
    return months


def cumulative(daily: Daily) -> list[tuple[date, float]]:
    """Running totals by day, in order (an S-curve's points)."""
    total, points = 0.0, []
    for day in sorted(daily):
        total += daily[day]
        points.append((day, total))
    return points
