"""The project's probability bands and impact definitions, with credible defaults (PMBOK's examples).

A project keeps only the levels it reworded (table `risk_scales`); every other level
reads as the default here, so a new project has working scales without a row.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from planner.core.risk.entities import IMPACT_DIMENSIONS, LEVELS, Dimension, RiskScale

LEVEL_NAMES = ("Very low", "Low", "Medium", "High", "Very high")

DEFAULT_SCALES: dict[Dimension, tuple[tuple[str, float | None], ...]] = {
    Dimension.PROBABILITY: (
        ("up to 10%", 0.10),
        ("10% to 30%", 0.30),
        ("30% to 50%", 0.50),
        ("50% to 70%", 0.70),
        ("over 70%", 1.0),
    ),
    Dimension.SCHEDULE: (
        ("under 1 week", 5.0),
        ("1 to 2 weeks", 10.0),
        ("2 to 4 weeks", 20.0),
        ("1 to 2 months", 40.0),
        ("over 2 months", None),
    ),
    Dimension.COST: (
        ("under 5k", 5_000.0),
        ("5k to 25k", 25_000.0),
        ("25k to 50k", 50_000.0),
        ("50k to 100k", 100_000.0),
        ("over 100k", None),
    ),
    Dimension.SCOPE: (
        ("barely noticeable", None),
        ("minor areas of scope affected", None),
        ("major areas of scope affected", None),
        ("scope reduction unacceptable to the sponsor", None),
        ("end result effectively useless", None),
    ),
    Dimension.QUALITY: (
        ("barely noticeable degradation", None),
        ("only very demanding functions affected", None),
        ("quality reduction needs the sponsor's approval", None),
        ("quality reduction unacceptable to the sponsor", None),
        ("end result effectively unusable", None),
    ),
}


@dataclass(frozen=True)
class Level:
    level: int
    label: str
    limit: float | None

    @property
    def name(self) -> str:
        return LEVEL_NAMES[self.level - 1]


class Scales:
    """Every scale of a project, its own rows over the defaults."""

    def __init__(self, rows: dict[int, RiskScale] | None = None) -> None:
        own = {(r.dimension, r.level): r for r in (rows or {}).values()}
        self.levels: dict[Dimension, tuple[Level, ...]] = {}
        for dimension, defaults in DEFAULT_SCALES.items():
            levels = []
            for level, (label, limit) in zip(LEVELS, defaults, strict=True):
                row = own.get((dimension, level))
                levels.append(Level(level, row.label, row.limit) if row else Level(level, label, limit))
            self.levels[dimension] = tuple(levels)

    def of(self, dimension: Dimension) -> tuple[Level, ...]:
        return self.levels[dimension]

    def probability_score(self, probability: float) -> int:
        """The 1-5 band a probability falls in: a band holds its upper limit (30% is "Low" by default)."""
        limits = [lv.limit if lv.limit is not None else 1.0 for lv in self.levels[Dimension.PROBABILITY][:-1]]
        return bisect.bisect_left(limits, probability - 1e-12) + 1

    def score_of_amount(self, dimension: Dimension, amount: float) -> int | None:
        """The level whose limit an amount (cost) or working days (schedule) fall under; None if no limits."""
        levels = self.levels[dimension]
        limits = [lv.limit for lv in levels[:-1]]
        if any(limit is None for limit in limits):
            return None
        return bisect.bisect_left(limits, amount) + 1

    def describe(self, dimension: Dimension, level: int) -> str:
        """`3 Medium (25k to 50k)`: how a cell's tooltip and the CLI name a level."""
        lv = self.levels[dimension][level - 1]
        return f"{lv.level} {lv.name} ({lv.label})"


def project_scales(project) -> Scales:
    """The scales of `project` (its `risk_scales` rows over the defaults)."""
    return Scales(project.risk_scales)


__all__ = ["DEFAULT_SCALES", "IMPACT_DIMENSIONS", "LEVEL_NAMES", "Level", "Scales", "project_scales"]
