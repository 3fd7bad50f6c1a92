"""The serial schedule-generation scheme: activities in a given order, each at the earliest
time its placed predecessors and the remaining resource capacity allow.

Every optimiser of `search.py` and the project leveller decode orders through `serial`, so it
is written for speed (a J30 schedule in about 0.1 ms): per resource a plain list of units in
use per period, each activity's resource checks prepared once per profile, the window tested
through `max()` over a slice (C speed), jumping past the last period that does not fit.
"""

from __future__ import annotations

from collections.abc import Sequence

from planner.core.level.problem import Problem


class Profile:
    """Units in use per resource and period, with room left = capacity - units per demand.

    Kept across schedules of one problem (`clear`), so that the per-activity checks, which
    refer to the rows, are built once."""

    def __init__(self, problem: Problem, horizon: int = 0) -> None:
        self.horizon = max(horizon, 1)
        self.rows = [[0] * self.horizon for _ in problem.capacities]
        caps = problem.capacities
        self.checks = [tuple((self.rows[r], caps[r] - q, q) for r, q in dem) for dem in problem.demands]
        self.dirty: list[tuple[int, int]] = []

    def clear(self) -> None:
        """Back to nothing booked (only the spans booked are reset)."""
        rows = self.rows
        for lo, hi in self.dirty:
            zeros = [0] * (hi - lo)
            for row in rows:
                row[lo:hi] = zeros
        self.dirty.clear()

    def grow(self, end: int) -> None:
        """Room up to period `end` in every row (the checks refer to the same list objects)."""
        extra = max(end - self.horizon, self.horizon)
        for row in self.rows:
            row.extend([0] * extra)
        self.horizon += extra

    def earliest_fit_at(self, j: int, start: int, duration: int) -> int:
        """The first period >= start from which activity j's demands fit for `duration` periods."""
        checks = self.checks[j]
        t = start
        while True:
            end = t + duration
            if end > self.horizon:
                self.grow(end)
            for row, limit, _q in checks:
                window = row[t:end]
                if max(window) > limit:
                    k = duration - 1
                    while window[k] <= limit:
                        k -= 1
                    t += k + 1
                    break
            else:
                return t

    def reserve(self, r: int, periods: Sequence[tuple[int, int]]) -> None:
        """Book units of resource r in advance (time its own calendar does not work), period by period."""
        if periods:
            last = max(k for k, _ in periods) + 1
            if last > self.horizon:
                self.grow(last)
            row = self.rows[r]
            for k, units in periods:
                row[k] += units

    def book(self, j: int, start: int, duration: int) -> None:
        """Book activity j's demands for `duration` periods from `start` (no fit check)."""
        if start + duration > self.horizon:
            self.grow(start + duration)
        end = start + duration
        for row, _limit, q in self.checks[j]:
            row[start:end] = [x + q for x in row[start:end]]
        self.dirty.append((start, end))


def serial(problem: Problem, order: Sequence[int], profile: Profile | None = None) -> list[int]:
    """Start times of the activities placed in `order` (precedence-feasible: every predecessor
    of an activity comes before it). A `profile` given may hold work booked beforehand; it is
    left holding this schedule too."""
    if profile is None:
        profile = Profile(problem, sum(problem.durations) + max(problem.release, default=0) + 1)
    durations, preds, release = problem.durations, problem.predecessors, problem.release
    checks_of, dirty = profile.checks, profile.dirty
    start = [0] * problem.size
    low, high = 1 << 62, 0
    for j in order:
        t = release[j]
        for i, off in preds[j]:
            v = start[i] + off
            if v > t:
                t = v
        d = durations[j]
        checks = checks_of[j]
        if d and checks:
            while True:
                end = t + d
                if end > profile.horizon:
                    profile.grow(end)
                for row, limit, _q in checks:
                    window = row[t:end]
                    if max(window) > limit:
                        k = d - 1
                        while window[k] <= limit:
                            k -= 1
                        t += k + 1
                        break
                else:
                    break
            for row, _limit, q in checks:
                row[t:end] = [x + q for x in row[t:end]]
            if t < low:
                low = t
            if end > high:
                high = end
        start[j] = t
    if high:
        dirty.append((low, high))
    return start


def makespan(problem: Problem, start: Sequence[int]) -> int:
    """The latest finish of the schedule."""
    return max((s + d for s, d in zip(start, problem.durations, strict=True)), default=0)
