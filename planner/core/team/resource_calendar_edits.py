"""A resource's working time as a PM types it in Change Working Time: its week and its exceptions.

The first change gives the resource a calendar of its own, named after it and built on
the calendar it worked until then (the project's, usually), in the same edit, as MS
Project keeps a resource calendar per resource. Its week follows the base while the week
typed is the base's; once it differs (Ana works Mon-Thu) it is the resource's own. The
base's holidays always apply; the exceptions typed here are the resource's (a vacation).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from planner.core.edits.calendar_edits import TypedException, parse_hours, typed_exception
from planner.core.edits.edit import Edit, Put
from planner.core.errors import InputError
from planner.core.model.dates import DAY_NAMES
from planner.core.model.entities import Calendar, Project, Resource
from planner.core.schedule.calendar_base import effective_calendar
from planner.core.schedule.compiled import calendar_years
from planner.core.schedule.worktime import WorkTime


def own_calendar(project: Project, resource: Resource) -> Calendar | None:
    """The resource's calendar of its own (built on a base), if it has one."""
    calendar = project.calendars.get(resource.calendar_id) if resource.calendar_id is not None else None
    return calendar if calendar is not None and calendar.base_id is not None else None


def base_of(project: Project, resource: Resource) -> Calendar:
    """The base calendar under the resource's working time."""
    own = own_calendar(project, resource)
    if own is not None:
        return project.calendars.get(own.base_id, project.calendar)
    if resource.calendar_id is not None and resource.calendar_id in project.calendars:
        return project.calendars[resource.calendar_id]
    return project.calendar


def shown_calendar(project: Project, resource: Resource) -> Calendar:
    """What the dialog opens on: the resource's week (its own or its base's) and its own exceptions."""
    own = own_calendar(project, resource)
    base = base_of(project, resource)
    if own is None:
        return Calendar(0, resource.name, week=base.week, base_id=base.id, inherits_week=True)
    return replace(own, week=base.week if own.inherits_week else own.week)


def resource_working_time_edit(
    project: Project, resource_id: int, week: Sequence[str], exceptions: Sequence[TypedException]
) -> Edit | None:
    """One edit setting the resource's week and exceptions; None when nothing differs."""
    resource = project.resources.get(resource_id)
    if resource is None:
        raise InputError(f"there is no resource with Unique ID {resource_id}")
    if len(week) != 7:
        raise ValueError("a week has seven days, Monday first")
    base = base_of(project, resource)
    typed_week = tuple(parse_hours(text, DAY_NAMES[day]) for day, text in enumerate(week))
    own = own_calendar(project, resource)
    before = own or Calendar(project.next_id("calendars"), _free_name(project, resource.name), base_id=base.id)
    after = replace(
        before,
        week=typed_week,
        inherits_week=typed_week == base.week,
        exceptions=[typed_exception(row) for row in exceptions],
    )
    if own is not None and after == own:
        return None
    if own is None and after.inherits_week and not after.exceptions:
        return None  # nothing of its own: the resource keeps working its base calendar
    resolved = effective_calendar({**project.calendars, after.id: after}, after)
    WorkTime(resolved, calendar_years(project))  # refuses a week with no working time, bad hours
    label = f"Change working time of {resource.name}"
    if own is not None:
        return Edit(label, (Put("calendars", own, after),))
    return Edit(
        label, (Put("calendars", None, after), Put("resources", resource, replace(resource, calendar_id=after.id)))
    )


def _free_name(project: Project, name: str) -> str:
    taken = {c.name.casefold() for c in project.calendars.values()}
    if name.casefold() not in taken:
        return name
    number = 2
    while f"{name} ({number})".casefold() in taken:
        number += 1
    return f"{name} ({number})"
