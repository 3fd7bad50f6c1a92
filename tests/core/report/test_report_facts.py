"""The status report's facts on the worked example of issue 11 (checkable by hand) and on the demo."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.core.errors import InputError
from planner.core.report.facts import status_facts
from planner.core.report.period import Period, default_period, period_between
from planner.core.schedule.engine import schedule
from planner.core.status.rating import Rag
from planner.exchange.demo import demo_project
from tests.core.evm.worked import STATUS, baselined_with_progress, planned_project


@pytest.fixture(scope="module")
def worked():
    project = baselined_with_progress()
    return status_facts(schedule(project), default_period(project.status_date, date(2030, 1, 1)))


def test_the_default_period_is_the_two_weeks_ending_at_the_status_date_or_today():
    assert default_period(STATUS, date(2030, 1, 1)) == Period(date(2027, 1, 9), date(2027, 1, 22))
    assert default_period(None, date(2027, 3, 5)) == Period(date(2027, 2, 20), date(2027, 3, 5))
    assert period_between(date(2027, 1, 4), None, STATUS, date(2030, 1, 1)) == Period(
        date(2027, 1, 4), date(2027, 1, 22)
    )
    assert period_between(None, date(2027, 2, 14), STATUS, date(2030, 1, 1)).first == date(2027, 2, 1)
    assert Period(date(2027, 1, 9), date(2027, 1, 22)).following() == Period(date(2027, 1, 23), date(2027, 2, 5))
    with pytest.raises(InputError, match=r"ends \(2027-01-01\) before it begins \(2027-01-08\)"):
        period_between(date(2027, 1, 8), date(2027, 1, 1), STATUS, date(2030, 1, 1))


def test_design_finished_in_the_period_build_and_test_slipped_a_day(worked):
    assert [(t.id, t.name, t.finish) for t in worked.finished] == [(1, "Design", datetime(2027, 1, 15, 17))]
    # Build is 40% done where the baseline had 50%: its remaining 6 days end a day after its baseline
    slips = {t.name: (t.finish_slip_days, t.start_slip_days) for t in worked.slipped}
    assert slips == {"Build": (1.0, 0.0), "Test": (1.0, 1.0)}
    assert worked.slipped_later == 0
    assert [(t.name, t.percent) for t in worked.next] == [("Build", 40.0), ("Test", 0.0)]
    assert (worked.key_dates.baseline_finish, worked.key_dates.slip_days) == (datetime(2027, 2, 5, 17), 1.0)


def test_schedule_amber_cost_green_risk_not_rated_and_the_rule_behind_each(worked):
    schedule_, cost, risk, quality = worked.ratings
    assert (schedule_.rag, cost.rag, risk.rag, quality.rag) == (Rag.AMBER, Rag.GREEN, Rag.NA, Rag.NA)
    assert worked.overall is Rag.AMBER
    assert schedule_.reading == "SPI 0.94; the forecast finish is 1 working day after the baseline finish"
    assert "more than 10 working days past" in schedule_.rule
    # the work's cost at the people's rates: as much spent as earned
    assert "CPI 1.00" in cost.reading and "red when CPI < 0.90" in cost.rule
    assert risk.reading == "No risks logged yet: the Risk tab"
    assert worked.earned_value.ev == pytest.approx(13_200)


def test_without_a_baseline_neither_schedule_nor_cost_is_rated():
    project = planned_project()
    project.tasks[3].deadline = datetime(2027, 1, 29, 17)  # Test finishes on 5 Feb
    facts = status_facts(schedule(project), Period(date(2027, 1, 4), date(2027, 1, 15)))
    schedule_, cost, *_ = facts.ratings
    assert (schedule_.rag, cost.rag) == (Rag.NA, Rag.NA)
    assert schedule_.reading == "No baseline yet: Project > Set Baseline"
    assert [(t.name, t.deadline_slip_days) for t in facts.past_deadline] == [("Test", 5.0)]
    assert facts.slipped == [] and facts.earned_value is None and facts.s_curve is None


@pytest.fixture(scope="module")
def demo():
    project = demo_project()
    return status_facts(schedule(project), default_period(project.status_date, date(2030, 1, 1)))


def test_the_demo_reports_what_its_pm_would_tell_the_steering_committee(demo):
    assert demo.author == "Anna Schmidt"  # the team's project manager
    assert demo.period == Period(date(2027, 2, 2), date(2027, 2, 15))
    assert [r.rag for r in demo.ratings[:3]] == [Rag.RED, Rag.RED, Rag.RED]
    assert "CRM partner delivers the order-sync API late" in demo.ratings[2].reading
    sign_off = next(t for t in demo.milestones if t.name == "Requirements signed off")
    assert (sign_off.finish_slip_days, sign_off.deadline_slip_days) == (11.0, 1.0)
    assert [t.name for t in demo.past_deadline] == ["Requirements signed off"]
    assert {s.name for s in demo.overallocated} == {"Deniz Yilmaz", "Stefan Braun"}
    in_progress = [t.name for t in demo.next if 0 < t.percent < 100]
    assert "Business requirements specification" in in_progress
    # the slipped list is what was due by the end of the next period; the rest is counted
    horizon = demo.period.following().closes
    assert demo.slipped and all(t.baseline_start <= horizon for t in demo.slipped)
    assert demo.slipped_later > 0
    assert demo.risks.top[0].risk.title == "CRM partner delivers the order-sync API late"
    # cost by phase: the WBS's top level, adding up to the project's BAC
    assert [p.name for p in demo.phases][:3] == ["Initiation", "Requirements", "Design"]
    assert sum(p.bac for p in demo.phases) == pytest.approx(demo.earned_value.bac)
    initiation = demo.phases[0]
    assert (initiation.bac, initiation.ac, initiation.forecast) == (11_930.0, 12_810.0, 12_810.0)
