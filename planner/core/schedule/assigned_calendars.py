"""Work scheduled on the resources' calendars, as MS Project does.

A task with work resources works when they do: Ana works Mon-Thu, so her 5-day task
runs into the next Monday; Bo is off 2027-03-01..03-12, so his task waits for him. The
task's node in the network gets the *meeting* of its work resources' calendars (the
hours all of them work), met also with the task's own calendar when it has one (MS
Project intersects them). Every assignment here spans its task at its units, so the
task finishes when its last assignment does: exactly the meeting's finish whenever one
calendar's working time lies within the other's (a part-timer, a vacation, a resource
calendar built on the project calendar, which is how resource calendars are made).
Two people whose weeks merely overlap (Mon-Thu and Tue-Fri) get the overlap, which
finishes no earlier than either; when the calendars share no hour of the week the
task keeps the calendar of its first resource.

Nothing here costs a project whose resources all work the project calendar: one look
at the resources and no task is touched.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from planner.core.model.entities import Calendar, CalendarException, Interval, Project, Resource
from planner.core.schedule.calendar_base import effective_calendar
from planner.core.schedule.worktime import WorkTime, _public_holidays, compile_calendar


def own_calendar(project: Project, resource: Resource) -> Calendar | None:
    """The resource's working time (its calendar on its base: calendar_base.py, as
    resource_calendar.py resolves it), or None when it works the project calendar."""
    if resource.calendar_id is None or resource.calendar_id == project.calendar_id:
        return None
    own = project.calendars.get(resource.calendar_id)
    return None if own is None else effective_calendar(project.calendars, own)


def task_calendars(project: Project, years: range) -> dict[int, WorkTime]:
    """Task id -> the compiled calendar its work is scheduled on, for the tasks whose work
    resources do not all work the project calendar (the others keep their own calendar)."""
    own = {}
    for resource in project.resources.values():
        if resource.kind == "work":
            calendar = own_calendar(project, resource)
            if calendar is not None:
                own[resource.id] = calendar
    if not own:
        return {}
    working: dict[int, list[int]] = {}
    for a in project.assignments.values():
        resource = project.resources.get(a.resource_id)
        if resource is not None and resource.kind == "work" and a.task_id in project.tasks:
            working.setdefault(a.task_id, []).append(a.resource_id)
    found: dict[int, WorkTime] = {}
    met: dict[tuple, WorkTime] = {}
    for task_id, resource_ids in working.items():
        if not any(r in own for r in resource_ids):
            continue
        task = project.tasks[task_id]
        base = project.calendars.get(task.calendar_id) if task.calendar_id is not None else None
        base = None if base is None else effective_calendar(project.calendars, base)
        calendars = [own.get(r, project.calendar) for r in sorted(set(resource_ids))]
        if base is not None:
            calendars.append(base)
        key = tuple(id(c) for c in calendars)
        if key not in met:
            met[key] = compile_calendar(meeting(calendars, years), years)
        found[task_id] = met[key]
    return found


def meeting(calendars: list[Calendar], years: range) -> Calendar:
    """A calendar working exactly when all of `calendars` do (the first one when they never meet)."""
    unique = list({id(c): c for c in calendars}.values())
    if len(unique) == 1:
        return unique[0]
    week = tuple(_meet_days(day) for day in zip(*(c.week for c in unique), strict=True))
    if not any(week):
        return unique[0]
    days = sorted({day for c in unique for day in _special_days(c, years)})
    exceptions = [
        CalendarException(day, day, "", _meet_days([_hours_on(c, day, years) for c in unique])) for day in days
    ]
    name = " + ".join(c.name for c in unique)
    return Calendar(-1, f"meeting of {name}", week, exceptions)


def _meet_days(days: Iterable[tuple[Interval, ...]]) -> tuple[Interval, ...]:
    """The hours common to several days' working intervals."""
    days = list(days)
    common = list(days[0])
    for other in days[1:]:
        common = [(max(s, t), min(e, u)) for s, e in common for t, u in other if max(s, t) < min(e, u)]
    return tuple(sorted(common))


def _special_days(calendar: Calendar, years: range) -> Iterable[date]:
    for exception in calendar.exceptions:
        day = exception.start
        while day <= exception.finish:
            yield day
            day += timedelta(days=1)
    if calendar.country:
        yield from _public_holidays(calendar.country, years)


def _hours_on(calendar: Calendar, day: date, years: range) -> tuple[Interval, ...]:
    """The calendar's working hours on one day: its exception's, a holiday's none, else its week's."""
    for exception in reversed(calendar.exceptions):  # a later exception wins, as when compiled
        if exception.start <= day <= exception.finish:
            return exception.hours
    if calendar.country and day in _public_holidays(calendar.country, years):
        return ()
    return calendar.week[day.weekday()]
