"""Where a stakeholder sits on the power/interest grid, and how far their engagement is from wanted."""

from __future__ import annotations

import pytest

from planner.core.communication.entities import Engagement, Stakeholder
from planner.core.communication.grid import GapBand, Quadrant, engagement_gap, gap_band, quadrant, quadrant_counts


def person(power: int, interest: int, now: str = "neutral", wanted: str = "supportive") -> Stakeholder:
    return Stakeholder(1, "Eva", power=power, interest=interest, engagement=Engagement(now), wanted=Engagement(wanted))


@pytest.mark.parametrize(
    ("power", "interest", "expected"),
    [
        (5, 5, Quadrant.MANAGE_CLOSELY),
        (3, 3, Quadrant.MANAGE_CLOSELY),  # the middle level counts as high
        (5, 2, Quadrant.KEEP_SATISFIED),
        (3, 1, Quadrant.KEEP_SATISFIED),
        (2, 3, Quadrant.KEEP_INFORMED),
        (1, 5, Quadrant.KEEP_INFORMED),
        (2, 2, Quadrant.MONITOR),
        (1, 1, Quadrant.MONITOR),
    ],
)
def test_the_quadrant_follows_power_and_interest(power, interest, expected):
    assert quadrant(person(power, interest)) is expected
    assert expected.high_power == (power >= 3) and expected.high_interest == (interest >= 3)


@pytest.mark.parametrize(
    ("now", "wanted", "gap", "band"),
    [
        ("neutral", "supportive", 1, GapBand.ONE_SHORT),
        ("resistant", "supportive", 2, GapBand.FAR_SHORT),
        ("unaware", "leading", 4, GapBand.FAR_SHORT),
        ("supportive", "supportive", 0, GapBand.ON_TARGET),
        ("leading", "neutral", -2, GapBand.ON_TARGET),  # more engaged than needed is no shortfall
    ],
)
def test_the_engagement_gap_is_counted_in_levels(now, wanted, gap, band):
    stakeholder = person(3, 3, now, wanted)
    assert engagement_gap(stakeholder) == gap
    assert gap_band(gap) is band


def test_every_quadrant_is_counted_even_when_empty():
    counts = quadrant_counts([person(5, 5), person(4, 4), person(1, 1)])
    assert counts == {
        Quadrant.MANAGE_CLOSELY: 2,
        Quadrant.KEEP_SATISFIED: 0,
        Quadrant.KEEP_INFORMED: 0,
        Quadrant.MONITOR: 1,
    }
