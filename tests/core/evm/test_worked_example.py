"""Earned value of the worked example (tests/core/evm/worked.py) against the figures worked out by hand."""

from __future__ import annotations

from datetime import datetime

import pytest

from planner.core.evm.earned_schedule import earned_schedule
from planner.core.evm.earned_value import EarnedValue
from planner.core.schedule.engine import schedule
from tests.core.evm.worked import ACTUALS, BUILD, DESIGN, STATUS, TEST, baselined_with_progress


@pytest.fixture
def value():
    project = baselined_with_progress()
    return EarnedValue(schedule(project), STATUS, actuals=ACTUALS)


def test_project_figures_match_the_hand_calculation(value):
    total = value.total()
    # BAC 10,000 + 8,000 + 4,000; PV: Design all, Build half (5 of 10 days), Test none.
    assert (total.bac, total.pv, total.ev, total.ac) == pytest.approx((22_000, 14_000, 13_200, 15_000))
    assert total.sv == pytest.approx(-800) and total.cv == pytest.approx(-1_800)
    assert total.spi == pytest.approx(13_200 / 14_000) and total.cpi == pytest.approx(0.88)
    assert total.eac == pytest.approx(25_000)  # 22,000 / 0.88
    assert total.etc == pytest.approx(10_000) and total.vac == pytest.approx(-3_000)
    assert total.tcpi == pytest.approx(8_800 / 7_000)
    assert total.eac_atypical == pytest.approx(23_800)  # 15,000 + (22,000 - 13,200)
    assert total.eac_cpi_spi == pytest.approx(15_000 + 8_800 / (0.88 * 13_200 / 14_000))


def test_complete_task_over_budget(value):
    design = value.task(DESIGN)
    assert (design.pv, design.ev, design.ac) == pytest.approx((10_000, 10_000, 12_000))
    assert design.spi == pytest.approx(1.0) and design.cpi == pytest.approx(10 / 12)
    assert design.eac == pytest.approx(12_000) and design.vac == pytest.approx(-2_000)


def test_task_half_way_through_its_baseline(value):
    build = value.task(BUILD)
    assert (build.pv, build.ev, build.ac) == pytest.approx((4_000, 3_200, 3_000))
    assert build.spi == pytest.approx(0.8) and build.cpi == pytest.approx(3_200 / 3_000)


def test_task_not_started_has_no_indices_and_says_why(value):
    test = value.task(TEST)
    assert (test.bac, test.pv, test.ev, test.ac) == (4_000, 0, 0, 0)
    assert test.spi is None and test.cpi is None and test.tcpi == pytest.approx(1.0)
    assert test.eac == 4_000  # nothing earned or spent: the plan stands
    assert "PV is 0" in test.why_none("spi") and "AC is 0" in test.why_none("cpi")


def test_earned_schedule_by_hand(value):
    found = earned_schedule(value)
    # PV reaches EV 13,200 after Design's 10 days and 3,200 / 800 = 4 days of Build: ES = 14 days;
    # AT is 15 working days (4-22 Jan); the baseline lasts 25 days.
    assert found.es_days == pytest.approx(14) and found.at_days == pytest.approx(15)
    assert found.planned_days == pytest.approx(25) and found.spi_t == pytest.approx(14 / 15)
    assert found.sv_t_days == pytest.approx(-1)
    assert found.es_date == datetime(2027, 1, 21, 17, 0)
    # 25 / (14/15) = 26.79 days = 26 days and 377 minutes: Tue 9 Feb 15:17.
    assert found.forecast_finish == datetime(2027, 2, 9, 15, 17)


def test_no_baseline_gives_no_figures_rather_than_inf():
    project = baselined_with_progress()
    project.baselines.clear()
    project.task_baselines.clear()
    value = EarnedValue(schedule(project), STATUS, actuals=ACTUALS)
    total = value.total()
    assert total.bac == 0 and total.spi is None and total.ac == 15_000
    assert total.eac is None and "EV is 0" in total.why_none("eac")
    assert "save a baseline" in total.why_none("spi")
    assert earned_schedule(value) is None


def test_a_cpi_next_to_nothing_gives_no_forecast_and_says_why():
    from planner.core.evm.figures import Figures

    found = Figures(bac=1.0, pv=1.0, ev=1e-300, ac=1.0)
    assert found.cpi == pytest.approx(1e-300) and found.eac is None and found.vac is None
    assert "too close to 0" in found.why_none("eac")
