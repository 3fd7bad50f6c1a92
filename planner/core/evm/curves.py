"""Earned value over time, for the S-curve, the monthly cash flow and the burn rate.

PV is the baseline's cost curve (each task's baseline cost spread over its baseline span in
its working time, as `EarnedValue.planned_at`), sampled with numpy so a 10,000-task curve
costs milliseconds. EV and AC are known only up to the status date: each task's earned
value is spread evenly from its actual start (its baseline start if it has none) to its
actual finish or the status date; actual cost follows the cost part's dated actuals
(expenses on their dates, work done spread over the work) when it came from there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import pairwise

import numpy as np

from planner.core.cost.phasing import cumulative
from planner.core.evm.earned_schedule import earned_schedule
from planner.core.evm.earned_value import EarnedValue


@dataclass(frozen=True)
class Curves:
    """Cumulative amounts at each sample day (end of day); EV and AC stop at the status date."""

    days: list[date]
    pv: list[float]
    ev: list[float | None]
    ac: list[float | None]
    status: datetime
    bac: float
    eac: float | None
    forecast_finish: datetime | None


def _end_of(day: date) -> datetime:
    return datetime.combine(day, time(23, 59))


def planned_at_many(value: EarnedValue, moments: Sequence[datetime]) -> np.ndarray:
    """The project's PV at each moment."""
    return value.planned_at_many(moments)


def _progress_span(value: EarnedValue, task_id: int) -> tuple[datetime, datetime]:
    """From the task's actual start (its baseline start if none) to its actual finish or the status date."""
    task, row = value.project.tasks[task_id], value.leaves[task_id].row
    began = task.actual_start or (row.start if row is not None else value.status)
    ended = min(task.actual_finish or value.status, value.status)
    return began, max(began, ended)


def _spread(value: EarnedValue, amounts: dict[int, float], moments: Sequence[datetime]) -> np.ndarray:
    """Each task's amount spread evenly over its progress span in its working time, summed at each moment."""
    groups: dict[int, tuple[object, list[tuple[int, int, float]]]] = {}
    for task_id, amount in amounts.items():
        if amount == 0:
            continue
        calendar = value.leaves[task_id].calendar
        began, ended = _progress_span(value, task_id)
        entry = groups.setdefault(id(calendar), (calendar, []))
        entry[1].append((calendar.offset(began), calendar.offset(ended), amount))
    total = np.zeros(len(moments))
    for calendar, rows in groups.values():
        table = np.array(rows, dtype=float)
        starts, finishes, costs = table[:, 0], table[:, 1], table[:, 2]
        at = np.array([calendar.offset(moment) for moment in moments], dtype=float)[:, None]
        span = finishes - starts
        fraction = np.where(span > 0, (at - starts) / np.where(span > 0, span, 1), (at >= finishes) * 1.0)
        total += (np.clip(fraction, 0.0, 1.0) * costs).sum(axis=1)
    return total


def earned_at_many(value: EarnedValue, moments: Sequence[datetime]) -> np.ndarray:
    """The project's EV at each moment up to the status date, each task's EV spread over its progress."""
    return _spread(value, {task_id: value.task(task_id).ev for task_id in value.leaves}, moments)


def actual_at_many(value: EarnedValue, moments: Sequence[datetime]) -> np.ndarray:
    """The project's AC at each moment up to the status date: expenses on their dates (a day counts
    once a moment reaches into it; midnight does not), the rest of each task's actual cost (its
    work done) spread over its progress."""
    spread_part = {task_id: leaf.actual for task_id, leaf in value.leaves.items()}
    dated: dict[date, float] = {}
    if value.costs is not None:
        for task_id, expenses in value.costs.expenses.items():
            for expense in expenses:
                dated[expense.date] = dated.get(expense.date, 0.0) + expense.amount
                if task_id in spread_part:
                    spread_part[task_id] -= expense.amount
    found = _spread(value, spread_part, moments)
    if value.costs is None:
        return found + value.project_level_actual
    points = cumulative(dated)
    if points:
        ordinals = np.array([day.toordinal() for day, _ in points])
        totals = np.array([0.0] + [amount for _, amount in points])
        reached = [m.date().toordinal() - (1 if m.time() == time(0) else 0) for m in moments]
        found = found + totals[np.searchsorted(ordinals, reached, "right")]
    return found


def sample_days(first: date, last: date, step: int) -> list[date]:
    days, day = [], first
    while day < last:
        days.append(day)
        day += timedelta(days=step)
    days.append(last)
    return days


def curves(value: EarnedValue, step_days: int = 7) -> Curves | None:
    """The S-curve's points, weekly from the baseline start to the later of the baseline and forecast
    finish; None without a baseline."""
    span = value.baseline_span()
    if span is None:
        return None
    total = value.total()
    found = earned_schedule(value)
    forecast = found.forecast_finish if found is not None else None
    last = max(span[1], forecast or span[1], value.status).date()
    days = sample_days(span[0].date() - timedelta(days=1), last, step_days)
    status_day = value.status.date()
    if status_day not in days and days[0] < status_day < days[-1]:
        days = sorted({*days, status_day})
    moments = [_end_of(day) for day in days]
    pv = planned_at_many(value, moments)
    ev = earned_at_many(value, moments)
    ac = actual_at_many(value, moments)
    known = [moment <= _end_of(status_day) for moment in moments]
    return Curves(
        days=days,
        pv=[float(x) for x in pv],
        ev=[float(x) if k else None for x, k in zip(ev, known, strict=True)],
        ac=[float(x) if k else None for x, k in zip(ac, known, strict=True)],
        status=value.status,
        bac=total.bac,
        eac=total.eac,
        forecast_finish=forecast,
    )


def month_ends(first: date, last: date) -> list[date]:
    """The last day of each month from `first`'s to `last`'s."""
    ends, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        following = date(year + month // 12, month % 12 + 1, 1)
        ends.append(following - timedelta(days=1))
        year, month = following.year, following.month
    return ends


def monthly_cash_flow(value: EarnedValue) -> list[tuple[str, float, float | None]]:
    """(month "YYYY-MM", planned spend that month (PV), actual spend (AC) or None after the status date)."""
    span = value.baseline_span()
    if span is None:
        return []
    ends = month_ends(span[0].date(), max(span[1], value.status).date())
    moments = [_end_of(day) for day in ends]
    pv = planned_at_many(value, moments)
    capped = [min(moment, value.status) for moment in moments]
    ac = actual_at_many(value, capped)
    found = []
    previous_pv = previous_ac = 0.0
    for day, planned, actual in zip(ends, pv, ac, strict=True):
        month_start = day.replace(day=1)
        spent = None if month_start > value.status.date() else float(actual) - previous_ac
        found.append((f"{day:%Y-%m}", float(planned) - previous_pv, spent))
        previous_pv, previous_ac = float(planned), float(actual)
    return found


@dataclass(frozen=True)
class BurnRate:
    weeks: list[date]  # each week's Monday, up to the status date
    spent: list[float]  # actual spend that week
    average: float  # per week so far
    needed: float | None  # per week from the status date to the baseline finish to land on BAC


def burn_rate(value: EarnedValue) -> BurnRate | None:
    span = value.baseline_span()
    if span is None or value.status <= span[0]:
        return None
    first = span[0].date() - timedelta(days=span[0].weekday())
    mondays = [first + timedelta(days=7 * n) for n in range((value.status.date() - first).days // 7 + 1)]
    edges = [datetime.combine(day, time()) for day in mondays] + [value.status]
    totals = actual_at_many(value, edges)
    spent = [float(b - a) for a, b in pairwise(totals)]
    weeks_so_far = max((value.status - edges[0]).days / 7, 1 / 7)
    total = value.total()
    remaining_weeks = (span[1] - value.status).days / 7
    needed = (total.bac - total.ac) / remaining_weeks if remaining_weeks > 0 else None
    return BurnRate(mondays, spent, total.ac / weeks_so_far, needed)
