"""Over-allocation: a resource given more work in a period than its capacity there.

MS Project judges it day by day by default (a resource at 150% for one hour of a
day it otherwise has free is not over-allocated by day); the granularity is a
parameter here, as its levelling basis is. Consecutive over-allocated periods are
one over-allocation, with when it starts and ends, the most units given in it and
the tasks involved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import numpy as np

from planner.core.resources.periods import Granularity
from planner.core.resources.usage import Usage, period_instants
from planner.core.schedule.worktime import from_abs

TOLERANCE_MINUTES = 0.5  # rounding of work to whole minutes is not an over-allocation


@dataclass(frozen=True)
class Overallocation:
    resource_id: int
    start: datetime  # the first working moment of the first over-allocated period
    finish: datetime  # the last working moment of the last one
    peak_units: float
    task_ids: tuple[int, ...]  # in order of start, the tasks working in it


def over_periods(usage: Usage, resource_id: int, instants: np.ndarray) -> np.ndarray:
    """Per period between the instants: whether the resource's work there exceeds its capacity."""
    if not usage.is_work(resource_id):
        return np.zeros(max(len(instants) - 1, 0), dtype=bool)
    work = usage.work(resource_id, instants)
    return work > usage.capacity(resource_id, instants) + TOLERANCE_MINUTES


def overallocations(usage: Usage, resource_id: int, granularity: Granularity = Granularity.DAY) -> list[Overallocation]:
    """The resource's over-allocations, in order of time."""
    span = usage.resource_span(resource_id)
    if span is None or not usage.is_work(resource_id):
        return []
    instants = period_instants(*span, granularity)
    work = usage.work(resource_id, instants)
    available = usage.available(resource_id, instants)
    over = work > usage.resource(resource_id).max_units * available + TOLERANCE_MINUTES
    idle = (available == 0) & (work == 0)
    found = []
    for first, last in _runs(over, idle):
        found.append(_overallocation(usage, resource_id, int(instants[first]), int(instants[last + 1])))
    return found


def _runs(flags: np.ndarray, idle: np.ndarray) -> list[tuple[int, int]]:
    """(first, last) index of each run of True; idle periods (a weekend: no time, no work) between
    two flagged ones join them, so that a week over-allocated Monday to Monday is one run."""
    counted = np.flatnonzero(~idle)
    kept = flags[counted].astype(np.int8)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], kept, [0]))))
    return [(int(counted[a]), int(counted[b - 1])) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def _overallocation(usage: Usage, resource_id: int, start: int, finish: int) -> Overallocation:
    """The over-allocation over instants [start, finish): its working span, peak and tasks."""
    calendar = usage.calendars[resource_id]
    low, high = calendar.work_at(start), calendar.work_at(finish)
    profile = usage.profile(resource_id)
    loads = sorted(
        (x for x in usage.by_resource[resource_id] if x.start < finish and x.finish > start and x.work_minutes),
        key=lambda x: (x.start, x.task_id),
    )
    if high > low:  # the first and last working moments of the span
        first, last = calendar.start_instant(low), calendar.finish_instant(high)
    else:  # work put where the resource has no working time: the loads' own span
        first, last = max(start, min(x.start for x in loads)), min(finish, max(x.finish for x in loads))
    return Overallocation(
        resource_id=resource_id,
        start=from_abs(first),
        finish=from_abs(last),
        peak_units=round(profile.peak_between(low, high, start, finish), 4),
        task_ids=tuple(dict.fromkeys(x.task_id for x in loads)),
    )


def overallocated_tasks(usage: Usage, granularity: Granularity = Granularity.DAY) -> dict[int, tuple[int, ...]]:
    """Task id -> the resources over-allocated while it works for them (the task table's flag)."""
    flagged: dict[int, list[int]] = {}
    for resource_id in usage.by_resource:
        for over in overallocations(usage, resource_id, granularity):
            for task_id in over.task_ids:
                flagged.setdefault(task_id, []).append(resource_id)
    return {task: tuple(dict.fromkeys(ids)) for task, ids in flagged.items()}
