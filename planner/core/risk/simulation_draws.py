"""One chunk of runs' random draws: each estimated task's duration, and which risks occur.

Durations are drawn by the inverse of their distribution's CDF from one uniform number per
task and run (triangular, uniform) or from numpy's beta (PERT), then rounded to whole working
minutes as the scheduler takes them. A task whose three values are equal always gets that
value, which is how "every duration at its most likely" equals the CPM schedule exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from planner.core.model.estimates import Distribution, TaskEstimate


@dataclass(frozen=True)
class RiskEvent:
    """What the simulation needs of one risk: its chance in a run, and what it does when it occurs.

    The register (core/risk) owns risks; this is the part of one the simulation reads. A
    negative delay or cost is an opportunity (work saved, money saved)."""

    risk_id: int
    probability: float  # 0..1
    delay_minutes: int  # working minutes added to each linked task's duration
    cost: float  # added to the run's total cost
    task_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Estimates:
    """The estimated tasks as columns: index i is task `task_ids[i]`."""

    task_ids: tuple[int, ...]
    low: np.ndarray  # optimistic minutes
    mode: np.ndarray  # most likely
    high: np.ndarray  # pessimistic
    kinds: np.ndarray  # 0 triangular, 1 PERT, 2 uniform

    @classmethod
    def of(cls, estimates: list[TaskEstimate]) -> Estimates:
        order = list(Distribution)
        return cls(
            tuple(e.task_id for e in estimates),
            np.array([e.optimistic_minutes for e in estimates], float),
            np.array([e.most_likely_minutes for e in estimates], float),
            np.array([e.pessimistic_minutes for e in estimates], float),
            np.array([order.index(e.distribution) for e in estimates], np.int8),
        )

    def means(self) -> np.ndarray:
        """Each task's mean duration, for the analytic checks and the report."""
        tri = (self.low + self.mode + self.high) / 3
        pert = (self.low + 4 * self.mode + self.high) / 6
        uni = (self.low + self.high) / 2
        return np.choose(self.kinds, [tri, pert, uni])

    def draw(self, rng: np.random.Generator, runs: int) -> np.ndarray:
        """Durations in minutes, shape (tasks, runs), as floats before rounding (their order is
        the draws' order, which sensitivity ranks). Each distribution's rows are drawn apart, so
        a row costs only its own distribution's arithmetic."""
        drawn = np.empty((len(self.task_ids), runs))
        wide = self.high > self.low
        drawn[~wide] = self.mode[~wide, None]
        for kind, draw_rows in ((0, _triangular), (1, _pert), (2, _uniform)):
            rows = np.flatnonzero(wide & (self.kinds == kind))
            if len(rows):
                drawn[rows] = draw_rows(rng, self.low[rows, None], self.mode[rows, None], self.high[rows, None], runs)
        return drawn


def _triangular(rng: np.random.Generator, low: np.ndarray, mode: np.ndarray, high: np.ndarray, runs: int):
    """By the inverse CDF: below the mode's share of the width, the rising side, else the falling."""
    width = high - low
    u = rng.random((len(low), runs))
    rising = np.sqrt(u * (width * (mode - low)))
    rising += low
    falling = np.sqrt((1 - u) * (width * (high - mode)))
    np.subtract(high, falling, out=falling)
    return np.where(u < (mode - low) / width, rising, falling)


def _pert(rng: np.random.Generator, low: np.ndarray, mode: np.ndarray, high: np.ndarray, runs: int):
    """A beta with the classic PERT shape (lambda 4): mean (o + 4m + p) / 6."""
    width = high - low
    alpha = 1 + 4 * (mode - low) / width
    beta = 1 + 4 * (high - mode) / width
    return low + rng.beta(alpha, beta, (len(low), runs)) * width


def _uniform(rng: np.random.Generator, low: np.ndarray, _mode: np.ndarray, high: np.ndarray, runs: int):
    return low + rng.random((len(low), runs)) * (high - low)


def occurrences(rng: np.random.Generator, risks: list[RiskEvent], runs: int) -> np.ndarray:
    """Which risks occur in which runs, shape (risks, runs), booleans."""
    chances = np.array([r.probability for r in risks], float)[:, None]
    return rng.random((len(risks), runs)) < chances
