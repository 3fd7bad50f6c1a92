"""Working-time arithmetic on integers: a calendar compiled into lookup tables.

Every instant is an integer minute since EPOCH ("abs"). A compiled calendar maps an
instant to the working minutes done since EPOCH ("work offset") and back, in O(1)
or one bisect. The scheduler adds durations on work offsets, so a 3-day task is
`start + 1440` whatever weekends and holidays lie between.

A work offset names two instants: the *start form* is the moment work resumes
(Monday 08:00) and the *finish form* the moment it stopped (Friday 17:00); MS
Project shows starts and finishes that way, and so do we.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import accumulate

from planner.core.errors import InputError
from planner.core.model.entities import Calendar, Interval

EPOCH = datetime(1984, 1, 2)  # a Monday
EPOCH_ORDINAL = EPOCH.toordinal()
LAST_DAY = date(2149, 12, 31)
DAYS = LAST_DAY.toordinal() - EPOCH_ORDINAL + 1
MINUTES_PER_DAY = 1440


def to_abs(moment: datetime) -> int:
    """Minutes since EPOCH; refuses dates the tables do not cover."""
    day = moment.toordinal() - EPOCH_ORDINAL
    if not 0 <= day < DAYS:
        raise InputError(f"{moment:%Y-%m-%d} is outside the years Planner schedules (1984-2149)")
    return day * MINUTES_PER_DAY + moment.hour * 60 + moment.minute


def from_abs(minutes: int) -> datetime:
    return EPOCH + timedelta(minutes=minutes)


class _DayPattern:
    """Lookup tables for one day's working intervals."""

    __slots__ = ("before", "finish_at", "intervals", "start_at", "work")

    def __init__(self, intervals: tuple[Interval, ...]) -> None:
        self.intervals = intervals
        before = [0] * (MINUTES_PER_DAY + 1)
        start_at: list[int] = []
        finish_at: list[int] = [intervals[0][0] if intervals else 0]
        done = 0
        for minute in range(MINUTES_PER_DAY):
            before[minute] = done
            if any(s <= minute < e for s, e in intervals):
                start_at.append(minute)
                done += 1
                finish_at.append(minute + 1)
        before[MINUTES_PER_DAY] = done
        self.work = done
        self.before = before
        self.start_at = start_at
        self.finish_at = finish_at


@lru_cache(maxsize=64)
def _pattern(intervals: tuple[Interval, ...]) -> _DayPattern:
    return _DayPattern(intervals)


def _check_intervals(intervals: tuple[Interval, ...], what: str) -> tuple[Interval, ...]:
    clean = tuple(sorted((int(s), int(e)) for s, e in intervals))
    previous_end = 0
    for start, end in clean:
        if not 0 <= start < end <= MINUTES_PER_DAY or start < previous_end:
            raise InputError(f"{what}: working hours must be increasing, non-overlapping times within a day")
        previous_end = end
    return clean


def _day_hours(calendar: Calendar, years: range) -> dict[int, tuple[Interval, ...]]:
    """Day index -> hours for every day that differs from the weekly pattern."""
    special: dict[int, tuple[Interval, ...]] = {}
    if calendar.country:
        for day in _public_holidays(calendar.country, years):
            special[day.toordinal() - EPOCH_ORDINAL] = ()
    for exception in calendar.exceptions:
        hours = _check_intervals(exception.hours, f"exception {exception.name or exception.start}")
        for ordinal in range(exception.start.toordinal(), exception.finish.toordinal() + 1):
            special[ordinal - EPOCH_ORDINAL] = hours
    return special


@lru_cache(maxsize=32)
def _public_holidays(country: str, years: range) -> tuple[date, ...]:
    import holidays  # imported here: building its tables costs time only when a calendar asks

    try:
        table = holidays.country_holidays(country.upper(), years=list(years))
    except NotImplementedError:
        raise InputError(f"no public holidays are known for country code {country!r}") from None
    return tuple(sorted(table))


class WorkTime:
    """A calendar compiled for fast conversions between instants and work offsets."""

    def __init__(self, calendar: Calendar, years: range = range(2020, 2040)) -> None:
        week = [_pattern(_check_intervals(day, f"calendar {calendar.name}")) for day in calendar.week]
        if not any(p.work for p in week):
            raise InputError(f"calendar {calendar.name!r} has no working time in its week")
        patterns = (week * (DAYS // 7 + 1))[:DAYS]  # EPOCH is a Monday
        for day, hours in _day_hours(calendar, years).items():
            if 0 <= day < DAYS:
                patterns[day] = _pattern(hours)
        cumulative = [0, *accumulate(p.work for p in patterns)]
        self.calendar = calendar
        self.minutes_per_week = sum(p.work for p in week)
        self._cum = cumulative
        self._before = [p.before for p in patterns]
        self._start_at = [p.start_at for p in patterns]
        self._finish_at = [p.finish_at for p in patterns]
        self._patterns = patterns

    def work_at(self, instant: int) -> int:
        """Working minutes done from EPOCH up to `instant`."""
        day, minute = divmod(instant, MINUTES_PER_DAY)
        if not 0 <= day < DAYS:
            raise InputError("a date falls outside the years Planner schedules (1984-2149)")
        return self._cum[day] + self._before[day][minute]

    def start_instant(self, work: int) -> int:
        """The instant work resumes after `work` minutes done (start form)."""
        day = bisect_right(self._cum, work) - 1
        if day >= DAYS:
            raise InputError("the schedule runs past the last year Planner schedules (2149)")
        return day * MINUTES_PER_DAY + self._start_at[day][work - self._cum[day]]

    def finish_instant(self, work: int) -> int:
        """The first instant at which `work` minutes are done (finish form)."""
        day = bisect_left(self._cum, work) - 1
        if day < 0:
            return self.start_instant(work)
        if day >= DAYS:
            raise InputError("the schedule runs past the last year Planner schedules (2149)")
        return day * MINUTES_PER_DAY + self._finish_at[day][work - self._cum[day]]

    def is_working_day(self, day: date) -> bool:
        index = day.toordinal() - EPOCH_ORDINAL
        return 0 <= index < DAYS and self._patterns[index].work > 0

    def hours_of(self, day: date) -> tuple[Interval, ...]:
        """The working intervals of one day, for shading non-working time in charts."""
        index = day.toordinal() - EPOCH_ORDINAL
        return self._patterns[index].intervals if 0 <= index < DAYS else ()

    # Datetime conveniences for tests, the CLI and the GUI (never in the hot loop).
    def start_of(self, work: int) -> datetime:
        return from_abs(self.start_instant(work))

    def finish_of(self, work: int) -> datetime:
        return from_abs(self.finish_instant(work))

    def offset(self, moment: datetime) -> int:
        return self.work_at(to_abs(moment))

    def add_working(self, moment: datetime, minutes: int) -> datetime:
        """The finish of `minutes` of work starting at `moment` (MS Project's finish form)."""
        return self.finish_of(self.offset(moment) + minutes)


def calendar_key(calendar: Calendar, years: range) -> tuple:
    """A hashable fingerprint: two calendars with equal keys compile to equal tables."""
    exceptions = tuple((e.start, e.finish, tuple(map(tuple, e.hours))) for e in calendar.exceptions)
    week = tuple(tuple(map(tuple, day)) for day in calendar.week)
    return (calendar.name, week, exceptions, calendar.country.upper(), years)


_compiled: dict[tuple, WorkTime] = {}


def compile_calendar(calendar: Calendar, years: range) -> WorkTime:
    """The compiled calendar, reused while the calendar is unchanged (a reschedule per edit).

    The least recently used is dropped past 32, never the whole cache: a schedule kept from
    before (the cached one) and one made now must share the calendars in use.
    """
    key = calendar_key(calendar, years)
    found = _compiled.pop(key, None)
    if found is None:
        if len(_compiled) >= 32:
            del _compiled[next(iter(_compiled))]
        found = WorkTime(calendar, years)
    _compiled[key] = found  # last: the most recently used
    return found
