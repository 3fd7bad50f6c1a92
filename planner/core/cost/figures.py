"""The money figures of one task, phase, account or the whole project."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Figures:
    """Budget against cost. `cost` is MS Project's Cost: what has been spent plus what is still to
    spend (actual + remaining), so it is also the forecast at completion; `planned` is what the
    schedule's work and fixed costs come to with no actuals at all (what a baseline saves)."""

    budget: float = 0.0
    planned: float = 0.0
    actual: float = 0.0
    remaining: float = 0.0
    fixed_cost: float = 0.0

    @property
    def cost(self) -> float:
        return self.actual + self.remaining

    @property
    def forecast(self) -> float:
        return self.actual + self.remaining

    @property
    def variance(self) -> float:
        """Budget minus forecast: negative is an overrun."""
        return self.budget - self.forecast

    def add(self, other: Figures) -> None:
        self.budget += other.budget
        self.planned += other.planned
        self.actual += other.actual
        self.remaining += other.remaining
        self.fixed_cost += other.fixed_cost
