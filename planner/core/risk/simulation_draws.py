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
        the draws' order, which sensitivity ranks)."""
        low, mode, high = self.low[:, None], self.mode[:, None], self.high[:, None]
        width = high - low
        u = rng.random((len(self.task_ids), runs))
        with np.errstate(divide="ignore", invalid="ignore"):
            split = np.where(width > 0, (mode - low) / width, 0.0)
            rising = low + np.sqrt(u * width * (mode - low))
            falling = high - np.sqrt((1 - u) * width * (high - mode))
        drawn = np.where(u < split, rising, falling)
        uniform = self.kinds == 2
        if uniform.any():
            drawn[uniform] = (low + u * width)[uniform]
        pert = np.flatnonzero((self.kinds == 1) & (self.high > self.low))
        if len(pert):
            w = self.high[pert] - self.low[pert]
            alpha = 1 + 4 * (self.mode[pert] - self.low[pert]) / w
            beta = 1 + 4 * (self.high[pert] - self.mode[pert]) / w
            sample = rng.beta(alpha[:, None], beta[:, None], (len(pert), runs))
            drawn[pert] = self.low[pert, None] + sample * w[:, None]
        flat = self.high <= self.low
        if flat.any():
            drawn[flat] = self.mode[flat, None]
        return drawn


def occurrences(rng: np.random.Generator, risks: list[RiskEvent], runs: int) -> np.ndarray:
    """Which risks occur in which runs, shape (risks, runs), booleans."""
    chances = np.array([r.probability for r in risks], float)[:, None]
    return rng.random((len(risks), runs)) < chances
