"""The working time of a resource: its calendar on top of its base, compiled.

This is the one question the scheduler (work on a resource's calendar), the workload
(capacity per day) and the leveller ask about a person's availability. A resource without
a calendar of its own works the project's calendar.
"""

from __future__ import annotations

from planner.core.model.entities import Calendar, Project, Resource
from planner.core.schedule.calendar_base import effective_calendar
from planner.core.schedule.compiled import calendar_years
from planner.core.schedule.worktime import WorkTime, compile_calendar


def resource_calendar(project: Project, resource: Resource) -> Calendar:
    """The resolved calendar a resource works: its own exceptions over its base's, its week."""
    own = project.calendars.get(resource.calendar_id) if resource.calendar_id is not None else None
    return effective_calendar(project.calendars, own if own is not None else project.calendar)


def resource_worktime(project: Project, resource: Resource, years: range | None = None) -> WorkTime:
    """The resource's working time compiled (shared with every other user of the same calendar).

    `WorkTime.work_at(b) - WorkTime.work_at(a)` is the resource's capacity in minutes between
    two instants at 100% units; multiply by `max_units` for its ceiling.
    """
    return compile_calendar(resource_calendar(project, resource), years or calendar_years(project))
