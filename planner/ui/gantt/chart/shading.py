"""Non-working time in view, as merged (start, end) spans: weekends and holidays, or off-hours at hour zoom."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from planner.core.schedule.worktime import WorkTime

Span = tuple[datetime, datetime]
MIN_DAY_PX = 3.0  # below this a shaded day is noise, not information


def nonworking_spans(calendar: WorkTime, first: datetime, last: datetime, hourly: bool) -> list[Span]:
    """Spans of [first, last] with no work: whole days, or (hourly) every gap between working hours."""
    spans: list[Span] = []
    day = first.date()
    while day <= last.date():
        for start, end in _gaps(calendar, day, hourly):
            if spans and spans[-1][1] == start:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
        day += timedelta(days=1)
    return spans


def _gaps(calendar: WorkTime, day: date, hourly: bool) -> list[Span]:
    midnight = datetime.combine(day, time())
    next_midnight = midnight + timedelta(days=1)
    if not calendar.is_working_day(day):
        return [(midnight, next_midnight)]
    if not hourly:
        return []
    gaps: list[Span] = []
    cursor = 0
    for start, end in calendar.hours_of(day):
        if start > cursor:
            gaps.append((midnight + timedelta(minutes=cursor), midnight + timedelta(minutes=start)))
        cursor = end
    if cursor < 1440:
        gaps.append((midnight + timedelta(minutes=cursor), next_midnight))
    return gaps
