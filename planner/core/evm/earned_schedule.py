"""Earned schedule (Lipke): schedule performance in time rather than money, which MS Project lacks.

ES is the time at which the baseline planned the value earned so far: the point of the
PV curve where PV equals EV. Against the actual time AT (baseline start to status date)
it gives SPI(t) = ES / AT, which, unlike SPI, does not drift back to 1 as a late project
finishes. The forecast duration is the planned duration / SPI(t), and the forecast finish
that much working time after the baseline start. Times are working time of the project
calendar; the figures are reported in days of the project's day length.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from planner.core.evm.earned_value import EarnedValue
from planner.core.evm.figures import ratio
from planner.core.schedule.compiled import calendar_years
from planner.core.schedule.worktime import compile_calendar


@dataclass(frozen=True)
class EarnedSchedule:
    es_days: float  # earned schedule: working days from the baseline start at which PV = EV
    at_days: float  # actual time: working days from the baseline start to the status date
    planned_days: float  # the baseline's duration in working days
    spi_t: float | None  # ES / AT; None before the baseline start
    es_date: datetime  # the date the earned value was planned to be reached
    forecast_finish: datetime | None  # baseline start + planned duration / SPI(t)

    @property
    def sv_t_days(self) -> float:
        """Schedule variance in time: ES - AT (negative: that many days behind)."""
        return self.es_days - self.at_days


def earned_schedule(value: EarnedValue) -> EarnedSchedule | None:
    """The project's earned schedule at the status date; None without a baseline."""
    span = value.baseline_span()
    if span is None:
        return None
    project = value.project
    calendar = compile_calendar(project.calendar, calendar_years(project))
    day = project.units.minutes_per_day
    begin, end = calendar.offset(span[0]), calendar.offset(span[1])
    earned = value.total().ev
    low, high = begin, end
    while low < high:  # the first working minute by which PV reaches EV (PV never decreases)
        middle = (low + high) // 2
        if value.planned_at(calendar.finish_of(middle)) + 1e-6 >= earned:
            high = middle
        else:
            low = middle + 1
    es = low - begin
    at = calendar.offset(value.status) - begin
    planned = end - begin
    spi_t = ratio(es, at) if at > 0 else None
    forecast = None
    if spi_t:
        forecast = calendar.finish_of(begin + round(planned / spi_t))
    return EarnedSchedule(es / day, at / day, planned / day, spi_t, calendar.finish_of(low), forecast)
