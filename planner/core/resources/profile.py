"""One resource's load as a step function over its calendar's working time.

The loads of a resource (loads.py) add up to a piecewise-constant rate over its
work offsets: the units it is giving at each working minute. Its integral is the
work done up to an offset, so the work in any period is two interpolations, for any
number of assignments and periods, in numpy.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from planner.core.resources.loads import AssignmentLoad


class LoadProfile:
    """The summed rate of some loads: breakpoints `xs` (work offsets) and the rate after each."""

    def __init__(self, loads: Sequence[AssignmentLoad]) -> None:
        flat = [load for load in loads if not load.off_calendar and load.work_finish > load.work_start]
        points = np.array([x for load in flat for x in (load.work_start, load.work_finish)], dtype=np.int64)
        rates = np.array([r for load in flat for r in (load.rate, -load.rate)], dtype=np.float64)
        self.xs, inverse = np.unique(points, return_inverse=True)
        deltas = np.zeros(len(self.xs))
        np.add.at(deltas, inverse, rates)
        steps = np.cumsum(deltas)[:-1] if len(self.xs) else np.zeros(0)
        self.steps = np.where(np.abs(steps) < 1e-9, 0.0, steps)  # rate on [xs[k], xs[k+1])
        done = np.concatenate(([0.0], np.cumsum(self.steps * np.diff(self.xs)))) if len(self.xs) else np.zeros(0)
        self.done = done  # work done up to each breakpoint
        self.off = [load for load in loads if load.off_calendar]

    def work_at(self, offsets: np.ndarray) -> np.ndarray:
        """Work done (minutes) up to each work offset, by the loads on the calendar."""
        if not len(self.xs):
            return np.zeros(len(offsets))
        return np.interp(offsets, self.xs, self.done)

    def off_work(self, instants: np.ndarray) -> np.ndarray:
        """Work done up to each instant by the loads placed off the calendar (spread over elapsed time)."""
        total = np.zeros(len(instants))
        for load in self.off:
            finish = max(load.finish, load.start + 1)
            total += load.work_minutes * np.clip((instants - load.start) / (finish - load.start), 0.0, 1.0)
        return total

    def peak(self) -> float:
        """The most units given at any working minute (MS Project's Peak)."""
        on = float(self.steps.max()) if len(self.steps) else 0.0
        return max([on, *(load.units for load in self.off)])

    def peak_between(self, low: int, high: int, start: int, finish: int) -> float:
        """The most units given in work offsets [low, high), or at instants [start, finish) off calendar."""
        on = 0.0
        if high > low and len(self.xs):
            first = int(np.searchsorted(self.xs, low, "right")) - 1
            last = int(np.searchsorted(self.xs, high, "left")) - 1
            first, last = max(first, 0), min(last, len(self.steps) - 1)
            if last >= first:
                on = float(self.steps[first : last + 1].max())
        off = sum(load.units for load in self.off if load.start < finish and max(load.finish, load.start + 1) > start)
        return on + off
