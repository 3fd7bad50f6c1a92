"""The power/interest grid (Mendelow): where a stakeholder sits, and how far their engagement is from wanted.

Power and interest are levels 1-5; a level of 3 or more counts as high. The middle
level leans to attention on purpose: a stakeholder of medium power and medium
interest is managed closely rather than only monitored, because the cost of
neglecting one is higher than the cost of a few more updates. The grid's chart
draws its quadrant lines between levels 2 and 3 for the same reason.
"""

from __future__ import annotations

from enum import StrEnum

from planner.core.communication.entities import Engagement, Stakeholder

HIGH_LEVEL = 3  # power or interest at this level or above is "high"
ENGAGEMENT_ORDER = tuple(Engagement)  # unaware first, leading last


class Quadrant(StrEnum):
    """The four strategies of the grid, in the order a PM reads them (most attention first)."""

    MANAGE_CLOSELY = "manage closely"  # high power, high interest
    KEEP_SATISFIED = "keep satisfied"  # high power, low interest
    KEEP_INFORMED = "keep informed"  # low power, high interest
    MONITOR = "monitor"  # low power, low interest

    @property
    def high_power(self) -> bool:
        return self in (Quadrant.MANAGE_CLOSELY, Quadrant.KEEP_SATISFIED)

    @property
    def high_interest(self) -> bool:
        return self in (Quadrant.MANAGE_CLOSELY, Quadrant.KEEP_INFORMED)


def quadrant_of(power: int, interest: int) -> Quadrant:
    """The quadrant of a power and an interest level (1-5)."""
    high_power, high_interest = power >= HIGH_LEVEL, interest >= HIGH_LEVEL
    if high_power:
        return Quadrant.MANAGE_CLOSELY if high_interest else Quadrant.KEEP_SATISFIED
    return Quadrant.KEEP_INFORMED if high_interest else Quadrant.MONITOR


def quadrant(stakeholder: Stakeholder) -> Quadrant:
    """Where the stakeholder sits on the power/interest grid."""
    return quadrant_of(stakeholder.power, stakeholder.interest)


def engagement_level(engagement: Engagement) -> int:
    """0 for unaware up to 4 for leading."""
    return ENGAGEMENT_ORDER.index(engagement)


def engagement_gap(stakeholder: Stakeholder) -> int:
    """Wanted minus now, in levels: 2 means two levels short; 0 on target; below 0 more engaged than wanted."""
    return engagement_level(stakeholder.wanted) - engagement_level(stakeholder.engagement)


class GapBand(StrEnum):
    """How an engagement gap is coloured: the table's cells and the grid's dots agree."""

    ON_TARGET = "on target"  # at or beyond where wanted
    ONE_SHORT = "one level short"
    FAR_SHORT = "two or more levels short"


def gap_band(gap: int) -> GapBand:
    if gap <= 0:
        return GapBand.ON_TARGET
    return GapBand.ONE_SHORT if gap == 1 else GapBand.FAR_SHORT


def quadrant_counts(stakeholders: list[Stakeholder]) -> dict[Quadrant, int]:
    """How many stakeholders sit in each quadrant, every quadrant named (0 when empty)."""
    counts = dict.fromkeys(Quadrant, 0)
    for stakeholder in stakeholders:
        counts[quadrant(stakeholder)] += 1
    return counts
