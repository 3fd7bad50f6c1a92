"""Time-phased work and capacity per resource and per assignment, by day, week or month.

`Usage` is built once from a schedule (a few milliseconds per thousand assignments)
and then answers any timescale: the usage view asks for the periods in view, the
over-allocation finder for the periods each resource works in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from functools import cached_property

import numpy as np

from planner.core.model.entities import Resource
from planner.core.resources.day_offsets import DayOffsets
from planner.core.resources.loads import WORK_KIND, AssignmentLoad, assignment_loads, resource_calendars
from planner.core.resources.periods import Granularity, day_instant, instant_day, period_days, period_start
from planner.core.resources.profile import LoadProfile
from planner.core.schedule.result import Schedule
from planner.core.schedule.worktime import MINUTES_PER_DAY, WorkTime


class Usage:
    """The loads of every resource of one scheduled project."""

    def __init__(self, schedule: Schedule) -> None:
        self.schedule = schedule
        self.project = schedule.project
        self.calendars: dict[int, WorkTime] = resource_calendars(self.project)
        self.loads: list[AssignmentLoad] = assignment_loads(schedule, self.calendars)
        by_resource: dict[int, list[AssignmentLoad]] = defaultdict(list)
        for load in self.loads:
            by_resource[load.resource_id].append(load)
        self.by_resource = dict(by_resource)
        self.by_assignment = {load.assignment_id: load for load in self.loads}
        self._profiles: dict[int, LoadProfile] = {}
        self._day_offsets: dict[int, DayOffsets] = {}  # by id() of a compiled calendar

    def resource(self, resource_id: int) -> Resource:
        return self.project.resources[resource_id]

    def is_work(self, resource_id: int) -> bool:
        """Only work resources (people, equipment) have time to run out of; material and cost do not."""
        return self.resource(resource_id).kind == WORK_KIND

    def profile(self, resource_id: int) -> LoadProfile:
        found = self._profiles.get(resource_id)
        if found is None:
            found = self._profiles[resource_id] = LoadProfile(self.by_resource.get(resource_id, []))
        return found

    def work_offsets(self, resource_id: int, instants: Sequence[int]) -> np.ndarray:
        """The resource calendar's work offsets at each instant."""
        calendar = self.calendars[resource_id]
        table = self._day_offsets.get(id(calendar))
        if table is None:
            table = self._day_offsets[id(calendar)] = DayOffsets(calendar)
        return table.at(np.asarray(instants, dtype=np.int64))

    def work(self, resource_id: int, instants: Sequence[int]) -> np.ndarray:
        """Minutes of work the resource has in each period between consecutive instants."""
        profile = self.profile(resource_id)
        done = profile.work_at(self.work_offsets(resource_id, instants))
        if profile.off:
            done = done + profile.off_work(np.asarray(instants, dtype=np.float64))
        return np.diff(done)

    def available(self, resource_id: int, instants: Sequence[int]) -> np.ndarray:
        """Working minutes of the resource's calendar in each period (at 100%)."""
        return np.diff(self.work_offsets(resource_id, instants)).astype(np.float64)

    def capacity(self, resource_id: int, instants: Sequence[int]) -> np.ndarray:
        """Minutes of work the resource can give in each period: max units x its working time."""
        return self.resource(resource_id).max_units * self.available(resource_id, instants)

    def assignment_work(self, assignment_id: int, instants: Sequence[int]) -> np.ndarray:
        """Minutes of one assignment's work in each period between consecutive instants."""
        load = self.by_assignment[assignment_id]
        if load.off_calendar:
            return np.diff(LoadProfile([load]).off_work(np.asarray(instants, dtype=np.float64)))
        offsets = self.work_offsets(load.resource_id, instants)
        overlap = np.minimum(offsets[1:], load.work_finish) - np.maximum(offsets[:-1], load.work_start)
        return np.clip(overlap, 0, None) * load.rate

    def peak_units(self, resource_id: int) -> float:
        return self.profile(resource_id).peak()

    def total_work(self, resource_id: int) -> int:
        return sum(load.work_minutes for load in self.by_resource.get(resource_id, []))

    @cached_property
    def span(self) -> tuple[date, date] | None:
        """The first and last day any assignment works on, or None without assignments."""
        if not self.loads:
            return None
        return instant_day(min(x.start for x in self.loads)), instant_day(max(x.finish for x in self.loads))

    def resource_span(self, resource_id: int) -> tuple[date, date] | None:
        loads = self.by_resource.get(resource_id)
        if not loads:
            return None
        return instant_day(min(x.start for x in loads)), instant_day(max(x.finish for x in loads))


def period_instants(first: date, last: date, granularity: Granularity) -> np.ndarray:
    """The boundaries of the periods covering `first`..`last`, as instants."""
    if granularity is Granularity.MONTH:
        return np.array([day_instant(day) for day in period_days(first, last, granularity)], dtype=np.int64)
    start = period_start(first, granularity)
    step = 7 if granularity is Granularity.WEEK else 1
    count = (last - start).days // step + 2
    return day_instant(start) + np.arange(count, dtype=np.int64) * step * MINUTES_PER_DAY
