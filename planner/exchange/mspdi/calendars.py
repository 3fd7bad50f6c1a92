"""MS Project calendars as Planner's: base calendars, resource and task calendars on a base,
weekly hours, exceptions (MS Project 2003's dated week days and 2007's recurring
exceptions) and work weeks.

MSPDI numbers week days 1 (Sunday) to 7 (Saturday); Planner's week starts on Monday. A
derived calendar (a resource's) lists only the days it changes from its base: the other
days are the base's, so it is carried with its base (`base_id`) and, when it changes no
day, `inherits_week`, which is exactly MS Project's rule. A work week (a period with its
own weekly hours) has no home of its own in Planner: each of its days that differs from
the calendar's week becomes an exception, so the working time is the same day by day.
"""

from __future__ import annotations

import calendar as month_days
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta

from planner.core.model.entities import STANDARD_DAY, Calendar, CalendarException, Interval
from planner.exchange.mspdi.notes import ImportNotes
from planner.exchange.mspdi.values import clock, flag, integer, moment, text

Week = tuple[tuple[Interval, ...], ...]
STANDARD_WEEK: Week = (STANDARD_DAY,) * 5 + ((), ())
_MONDAY_FIRST = (2, 3, 4, 5, 6, 7, 1)  # MSPDI DayType of Planner's week day 0 (Monday) ... 6 (Sunday)


def working_times(element: ET.Element) -> tuple[Interval, ...]:
    """The day's hours from <WorkingTimes>, in order; midnight as an end is 1440."""
    found = []
    for period in element.findall("WorkingTimes/WorkingTime"):
        start, end = clock(period, "FromTime"), clock(period, "ToTime")
        if start is None or end is None:
            continue
        if end <= start:
            end = 1440 if end == 0 else end
        if start < end:
            found.append((start, end))
    return _merged(sorted(found))


def _merged(intervals: list[Interval]) -> tuple[Interval, ...]:
    merged: list[Interval] = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def day_hours(element: ET.Element) -> tuple[Interval, ...]:
    """A <WeekDay> or <Exception>'s hours: none when not working, the standard day when working
    without times listed (MS Project's default hours)."""
    if not flag(element, "DayWorking"):
        return ()
    return working_times(element) or STANDARD_DAY


def week_days(element: ET.Element) -> dict[int, tuple[Interval, ...]]:
    """Planner week day (0 Monday) -> hours, for the days <WeekDays> lists (DayType 1-7)."""
    found = {}
    for day in element.findall("WeekDays/WeekDay"):
        kind = integer(day, "DayType", 0)
        if kind in _MONDAY_FIRST:
            found[_MONDAY_FIRST.index(kind)] = day_hours(day)
    return found


class CalendarReader:
    """Reads <Calendars> into Planner calendars keyed by new ids; `ids` maps MSPDI UIDs to them."""

    def __init__(self, notes: ImportNotes, years: range) -> None:
        self.notes, self.years = notes, years
        self.ids: dict[int, int] = {}
        self.calendars: dict[int, Calendar] = {}

    def read(self, root: ET.Element) -> dict[int, Calendar]:
        elements = root.findall("Calendars/Calendar")
        uids = [integer(e, "UID") for e in elements]
        next_id = max((u for u in uids if u is not None and u > 0), default=0) + 1
        by_uid: dict[int, ET.Element] = {}
        for element, uid in zip(elements, uids, strict=True):
            if uid is None or uid in by_uid:
                continue  # MS Project gives every calendar a UID of its own
            by_uid[uid] = element
            if uid > 0:
                self.ids[uid] = uid
            else:
                self.ids[uid], next_id = next_id, next_id + 1
        for uid, element in by_uid.items():
            self._calendar(uid, element, by_uid, set())
        return self.calendars

    def planner_id(self, uid: int | None) -> int | None:
        """The Planner calendar of an MSPDI CalendarUID; None for -1 (none) or an unknown one."""
        if uid is None or uid < 0:
            return None
        found = self.ids.get(uid)
        if found is None or found not in self.calendars:
            self.notes.add("unknown_calendar")
            return None
        return found

    def _calendar(self, uid: int, element: ET.Element, by_uid: dict, seen: set[int]) -> Calendar:
        cid = self.ids[uid]
        if cid in self.calendars:
            return self.calendars[cid]
        seen.add(uid)
        own = week_days(element)
        base_uid = integer(element, "BaseCalendarUID", -1)
        base = None
        if not flag(element, "IsBaseCalendar", True) and base_uid in by_uid and base_uid not in seen:
            base = self._calendar(base_uid, by_uid[base_uid], by_uid, seen)
        if base is not None:
            week = tuple(own.get(day, base.week[day]) for day in range(7))
        else:
            week = tuple(own.get(day, STANDARD_WEEK[day]) for day in range(7))
        name = text(element, "Name") or f"Calendar {uid}"
        result = Calendar(
            cid,
            name,
            week=week,
            exceptions=self._exceptions(element, week),
            base_id=base.id if base is not None else None,
            inherits_week=base is not None and not own,
        )
        self.calendars[cid] = result
        return result

    def _exceptions(self, element: ET.Element, week: Week) -> list[CalendarException]:
        found: list[CalendarException] = []
        modern = element.findall("Exceptions/Exception")
        if modern:
            for exception in modern:
                found.extend(self._modern(exception))
        else:
            for day in element.findall("WeekDays/WeekDay"):
                if integer(day, "DayType", -1) == 0:
                    found.extend(_dated(day, "", day_hours(day)))
        weeks = element.findall("WorkWeeks/WorkWeek")
        if weeks:
            self.notes.add("work_weeks")
            found.extend(self._work_weeks(weeks, week))
        return found

    def _modern(self, exception: ET.Element) -> list[CalendarException]:
        name = text(exception, "Name") or ""
        hours = day_hours(exception)
        kind = integer(exception, "Type", 1)
        if kind == 1:
            return _dated(exception, name, hours)
        start, finish = _period(exception)
        if start is None or finish is None:
            return []
        days = recurring_days(exception, kind, start, finish)
        if days is None:
            self.notes.add("recurring_exception_unknown")
            return []
        return [CalendarException(d, d, name, hours) for d in days]

    def _work_weeks(self, weeks: list[ET.Element], week: Week) -> list[CalendarException]:
        found = []
        first, last = date(self.years.start, 1, 1), date(self.years.stop - 1, 12, 31)
        for work_week in weeks:
            start, finish = _period(work_week)
            if start is None or finish is None:
                continue
            own = week_days(work_week)
            name = text(work_week, "Name") or "Work week"
            day = max(start, first)
            while day <= min(finish, last):
                hours = own.get(day.weekday())
                if hours is not None and hours != week[day.weekday()]:
                    found.append(CalendarException(day, day, name, hours))
                day += timedelta(days=1)
        return found


def _period(element: ET.Element) -> tuple[date | None, date | None]:
    period = element.find("TimePeriod")
    if period is None:
        return None, None
    start, finish = moment(period, "FromDate"), moment(period, "ToDate")
    return (start.date() if start else None), (_last_day(finish) if finish else None)


def _last_day(finish: datetime) -> date:
    """The last day a period's ToDate covers: 23:59 is that day, 00:00 the day before."""
    if finish.hour == 0 and finish.minute == 0:
        return finish.date() - timedelta(days=1)
    return finish.date()


def _dated(element: ET.Element, name: str, hours: tuple[Interval, ...]) -> list[CalendarException]:
    start, finish = _period(element)
    if start is None or finish is None:
        return []
    return [CalendarException(start, max(start, finish), name, hours)]


def recurring_days(element: ET.Element, kind: int, start: date, finish: date) -> list[date] | None:
    """The days of a recurring exception between `start` and `finish` (MSPDI Type 2-7), or None
    for a kind MS Project does not write. Months are 0-based; MonthItem 3-9 is Sunday-Saturday,
    MonthPosition 0-3 the first to fourth, 4 the last; DaysOfWeek is a mask, 1 Sunday ... 64 Saturday."""
    period = max(1, integer(element, "Period", 1) or 1)
    if kind == 7:
        return [start + timedelta(days=i) for i in range(0, (finish - start).days + 1, period)]
    if kind == 6:
        mask = integer(element, "DaysOfWeek", 0) or 0
        week_start = start - timedelta(days=(start.weekday() + 1) % 7)  # MS Project's weeks start on Sunday
        days = []
        day = start
        while day <= finish:
            if ((day - week_start).days // 7) % period == 0 and mask & (1 << ((day.weekday() + 1) % 7)):
                days.append(day)
            day += timedelta(days=1)
        return days
    if kind in (4, 5):
        months = _months(start, finish, period)
    elif kind in (2, 3):
        month = (integer(element, "Month", 0) or 0) + 1
        months = [(year, month) for year in range(start.year, finish.year + 1)]
    else:
        return None
    if kind in (2, 4):
        wanted = integer(element, "MonthDay", 1) or 1
        candidates = [_day_of(year, month, wanted) for year, month in months]
    else:
        item, position = integer(element, "MonthItem", 3) or 3, integer(element, "MonthPosition", 0) or 0
        candidates = [_positioned(year, month, item, position) for year, month in months]
    return [d for d in candidates if d is not None and start <= d <= finish]


def _months(start: date, finish: date, period: int) -> list[tuple[int, int]]:
    months, index = [], start.year * 12 + start.month - 1
    while index <= finish.year * 12 + finish.month - 1:
        months.append((index // 12, index % 12 + 1))
        index += period
    return months


def _day_of(year: int, month: int, day: int) -> date | None:
    if not 1 <= month <= 12:
        return None
    return date(year, month, min(day, month_days.monthrange(year, month)[1]))


def _positioned(year: int, month: int, item: int, position: int) -> date | None:
    """The first ... fourth or last (`position` 4) Sunday-Saturday (`item` 3-9), day (0),
    weekday (1) or weekend day (2) of a month."""
    if not 1 <= month <= 12:
        return None
    length = month_days.monthrange(year, month)[1]
    days = [date(year, month, d) for d in range(1, length + 1)]
    if item == 0:
        matching = days
    elif item == 1:
        matching = [d for d in days if d.weekday() < 5]
    elif item == 2:
        matching = [d for d in days if d.weekday() >= 5]
    else:
        matching = [d for d in days if (d.weekday() + 1) % 7 == item - 3]
    if not matching:
        return None
    return matching[-1] if position >= 4 else matching[min(position, len(matching) - 1)]
