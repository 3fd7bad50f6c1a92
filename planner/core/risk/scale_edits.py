"""Rewording the project's scales: one edit for every level changed (a level back at its default keeps a row).

The probability limits must rise from level to level (a band holds its upper limit)
and end at 100%; cost and schedule limits rise too; scope and quality have none.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from planner.core.edits.edit import Change, Edit, Put
from planner.core.errors import InputError
from planner.core.model.entities import Project
from planner.core.risk.entities import Dimension, RiskScale
from planner.core.risk.scales import Level, Scales

LIMITED = (Dimension.PROBABILITY, Dimension.SCHEDULE, Dimension.COST)


@dataclass(frozen=True)
class LevelWording:
    dimension: Dimension
    level: int
    label: str
    limit: float | None


def set_scales(project: Project, wanted: list[LevelWording]) -> Edit | None:
    """The edit giving these levels these labels and limits; None if they have them; InputError if they do not fit."""
    current = Scales(project.risk_scales)
    levels = {d: list(current.of(d)) for d in Dimension}
    for w in wanted:
        if not w.label.strip():
            raise InputError(f"{w.dimension.value} level {w.level} needs a meaning")
        levels[w.dimension][w.level - 1] = Level(w.level, w.label.strip(), w.limit)
    for dimension in LIMITED:
        _check_limits(dimension, [lv.limit for lv in levels[dimension]])
    rows = {(r.dimension, r.level): r for r in project.risk_scales.values()}
    changes: list[Change] = []
    next_id = project.next_id("risk_scales")
    for w in wanted:
        held = current.of(w.dimension)[w.level - 1]
        if (held.label, held.limit) == (w.label.strip(), w.limit):
            continue
        row = rows.get((w.dimension, w.level))
        if row is None:
            changes.append(Put("risk_scales", None, RiskScale(next_id, w.dimension, w.level, w.label.strip(), w.limit)))
            next_id += 1
        else:
            changes.append(Put("risk_scales", row, RiskScale(row.id, w.dimension, w.level, w.label.strip(), w.limit)))
    return Edit("Change risk scales", tuple(changes)) if changes else None


def _check_limits(dimension: Dimension, limits: list[float | None]) -> None:
    """Limits 1-4 given and rising; probability's top limit is 100%."""
    below = limits[:-1]
    if any(limit is None for limit in below):
        raise InputError(f"{dimension.value} levels 1 to 4 each need an upper limit")
    if any(b <= a for a, b in pairwise(below)):
        raise InputError(f"{dimension.value} limits must rise from level 1 to level 4")
    if dimension is Dimension.PROBABILITY:
        if below[0] <= 0:
            raise InputError("probability level 1 must end above 0%")
        if below[-1] >= 1:
            raise InputError("probability level 4 must end below 100% (level 5 runs to 100%)")
