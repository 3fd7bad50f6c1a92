"""A person's own calendar as capacity on the levelling grid (project_problem.py).

The grid runs on the project calendar's working time. A resource whose calendar differs (a
vacation, a Mon-Thu week) has, in each grid period, only the share of it that their calendar
works: the rest of their max units is booked in advance, so the leveller places nobody's work
for them there. Worked out over the span their tasks can reach (their latest release plus all
their work end to end), where a finite search must stop.
"""

from __future__ import annotations

from planner.core.level.problem import Problem
from planner.core.model.entities import Project
from planner.core.resources.loads import resource_calendars
from planner.core.schedule.worktime import WorkTime

Blocked = dict[int, list[tuple[int, int]]]  # resource index -> (period, units booked in advance)


def blocked_capacity(
    project: Project,
    problem: Problem,
    resource_ids: list[int],
    project_calendar: WorkTime,
    node_calendars: list[WorkTime],
    origin: int,
    step: int,
) -> Blocked:
    """Per problem resource on a calendar of its own, the periods where it works less than the grid.

    A person whose tasks the scheduler already places on a calendar of their own (theirs, or
    the meeting of theirs and the project's: every task they work on is off the project
    calendar) needs none: their tasks' spans hold their days off already."""
    calendars = resource_calendars(project)
    reach = _reach(problem)
    on_own = _on_own_calendar(problem, project_calendar, node_calendars)
    blocked: Blocked = {}
    for r, rid in enumerate(resource_ids):
        own = calendars.get(rid)
        if own is None or own is project_calendar or r in on_own:
            continue
        cap = problem.capacities[r]
        found = []
        for k in range(reach.get(r, 0)):
            begin = project_calendar.start_instant(origin + k * step)
            end = project_calendar.finish_instant(origin + (k + 1) * step)
            worked = own.work_at(end) - own.work_at(begin)
            if worked < step:
                found.append((k, cap - cap * max(worked, 0) // step))
        if found:
            blocked[r] = found
    return blocked


def _on_own_calendar(problem: Problem, project_calendar: WorkTime, node_calendars: list[WorkTime]) -> set[int]:
    """The resources every one of whose tasks the scheduler places off the project calendar."""
    off: set[int] = set()
    seen: set[int] = set()
    for j, dem in enumerate(problem.demands):
        for r, _q in dem:
            seen.add(r)
            if node_calendars[j] is project_calendar:
                off.add(r)
    return seen - off


def _reach(problem: Problem) -> dict[int, int]:
    """Per resource, the last period its tasks can reach: their latest release plus all their work."""
    latest: dict[int, int] = {}
    work: dict[int, int] = {}
    for j, dem in enumerate(problem.demands):
        for r, _q in dem:
            latest[r] = max(latest.get(r, 0), problem.release[j] + problem.durations[j])
            work[r] = work.get(r, 0) + problem.durations[j]
    return {r: latest[r] + work[r] for r in latest}
