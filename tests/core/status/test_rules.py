"""The one red/amber/green rule set, at its thresholds, and n/a (never green) when an input is missing."""

from __future__ import annotations

import pytest

from planner.core.status.rating import Rag, Rating, overall, worst
from planner.core.status.rules import rate_cost, rate_quality, rate_risk, rate_schedule


@pytest.mark.parametrize(
    ("slip", "spi", "rag"),
    [
        (0, 1.0, Rag.GREEN),
        (-3, 0.95, Rag.GREEN),
        (0.25, 1.0, Rag.AMBER),  # past the baseline finish at all
        (10, 1.0, Rag.AMBER),
        (10.25, 1.0, Rag.RED),  # more than 10 working days past
        (-3, 0.94, Rag.AMBER),  # early, but earning too little
        (-3, 0.89, Rag.RED),
        (0, None, Rag.GREEN),  # no planned value yet: the finish alone decides
    ],
)
def test_schedule_is_the_worse_of_the_slip_and_spi(slip, spi, rag) -> None:
    assert rate_schedule(slip, spi).rag is rag


def test_schedule_without_a_baseline_is_not_rated_and_says_how_to_get_one() -> None:
    rating = rate_schedule(None, 1.2)
    assert rating.rag is Rag.NA
    assert rating.reading == "No baseline yet: Project > Set Baseline"
    assert rating.rule.startswith("Amber when SPI < 0.95 or the forecast finish is past the baseline finish")


def test_schedule_reading_names_the_figures() -> None:
    rating = rate_schedule(3.0, 0.87)
    assert rating.reading == "SPI 0.87; the forecast finish is 3 working days after the baseline finish"
    assert rating.measured == {"slip_days": 3.0, "spi": 0.87}


@pytest.mark.parametrize(
    ("cpi", "eac", "rag"),
    [
        (1.0, 100_000, Rag.GREEN),
        (1.0, 100_001, Rag.AMBER),  # forecast over budget
        (0.94, 95_000, Rag.AMBER),
        (1.0, 105_000, Rag.AMBER),  # 5% over: still amber
        (1.0, 105_100, Rag.RED),
        (0.89, 90_000, Rag.RED),
        (None, 100_000, Rag.GREEN),  # nothing spent, nothing earned: the plan stands
    ],
)
def test_cost_is_the_worse_of_cpi_and_the_forecast_overrun(cpi, eac, rag) -> None:
    assert rate_cost(100_000, cpi, eac).rag is rag


def test_cost_without_costs_or_any_measure_is_not_rated() -> None:
    assert rate_cost(0, None, None).reading == "No baseline with costs yet: Project > Set Baseline"
    unmeasured = rate_cost(5_000, None, None, "value was earned at no actual cost")
    assert (unmeasured.rag, unmeasured.reading) == (Rag.NA, "Not measurable yet: value was earned at no actual cost")


def test_risk_follows_the_worst_open_threat_and_the_reserve() -> None:
    assert rate_risk(3, (4, "a"), 0, 0, 1_000, 5_000).rag is Rag.GREEN
    assert rate_risk(3, (4, "a"), 0, 0, 6_000, 5_000).rag is Rag.AMBER  # the reserve does not cover the EMV
    assert rate_risk(3, (9, "a"), 0, 1, 1_000, 5_000).rag is Rag.AMBER
    high = rate_risk(3, (16, "Vendor late"), 1, 1, 1_000, 5_000)
    assert high.rag is Rag.RED and "the highest scores 16 ('Vendor late')" in high.reading
    assert rate_risk(3, (0, ""), 0, 0, 0, 0).rag is Rag.GREEN  # risks, none open
    assert rate_risk(0, (0, ""), 0, 0, 0, 0).rag is Rag.NA  # an empty register is no evidence


def test_quality_follows_critical_and_major_defects_and_the_gates() -> None:
    assert rate_quality(4, 0, 0, 0, 0).rag is Rag.GREEN
    assert rate_quality(4, 0, 1, 0, 0).rag is Rag.AMBER
    assert rate_quality(4, 0, 0, 0, 1).rag is Rag.AMBER
    assert rate_quality(4, 1, 0, 0, 0).rag is Rag.RED
    failed = rate_quality(4, 0, 0, 1, 0)
    assert (
        failed.rag is Rag.RED
        and failed.reading
        == "0 critical and 0 major defects open; 1 gate with a failed item; 0 due with unchecked items"
    )
    assert rate_quality(0, 0, 0, 0, 0).reading == "No defects or checklists yet: the Quality tab"


def test_overall_is_the_worst_area_rated() -> None:
    def rated(area: str, rag: Rag) -> Rating:
        return Rating(area, rag, "", "")

    assert worst() is Rag.NA and worst(Rag.NA, Rag.GREEN) is Rag.GREEN
    found = overall([rated("Schedule", Rag.AMBER), rated("Cost", Rag.NA), rated("Risk", Rag.AMBER)])
    assert (found.rag, found.reading) == (Rag.AMBER, "Amber from schedule, risk")
    assert found.measured == {"schedule": "amber", "cost": "n/a", "risk": "amber"}
    assert overall([rated("Cost", Rag.NA)]).rag is Rag.NA
