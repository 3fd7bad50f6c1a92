"""Time-phased work: an assignment's work spread flat over its resource's working time."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.core.model.duration import Duration
from planner.core.model.entities import STANDARD_DAY
from planner.core.resources.overallocation import overallocations
from planner.core.resources.periods import Granularity, period_label
from planner.core.resources.usage import period_instants

from .build import Plan

HOURS = 60


def test_a_full_time_assignment_works_eight_hours_a_working_day_and_none_at_the_weekend() -> None:
    plan = Plan()
    ana = plan.person("Ana")
    plan.assign(plan.task("Build", "2027-01-06", days=3), ana)  # Wed, Thu, Fri
    usage = plan.usage()
    days = period_instants(date(2027, 1, 4), date(2027, 1, 10), Granularity.DAY)
    assert list(usage.work(ana, days) / HOURS) == [0, 0, 8, 8, 8, 0, 0]
    assert list(usage.capacity(ana, days) / HOURS) == [8, 8, 8, 8, 8, 0, 0]


def test_half_units_spread_half_the_work_per_day_and_weeks_add_the_days_up() -> None:
    plan = Plan()
    bo = plan.person("Bo")
    plan.assign(plan.task("Test", "2027-01-04", days=10), bo, units=0.5, work_hours=40)
    usage = plan.usage()
    weeks = period_instants(date(2027, 1, 4), date(2027, 1, 17), Granularity.WEEK)
    assert list(usage.work(bo, weeks) / HOURS) == [20, 20]
    assert list(usage.assignment_work(1, weeks) / HOURS) == [20, 20]
    assert usage.peak_units(bo) == pytest.approx(0.5)


def test_a_part_timer_s_work_lands_on_her_working_days_only() -> None:
    plan = Plan()
    mon_thu = plan.calendar("Mon-Thu", (STANDARD_DAY,) * 4 + ((), (), ()))
    ana = plan.person("Ana", calendar_id=mon_thu)
    plan.assign(plan.task("Design", "2027-01-04", days=5), ana)  # 40h: her Mon-Thu, then the next Monday
    usage = plan.usage()
    days = period_instants(date(2027, 1, 4), date(2027, 1, 11), Granularity.DAY)
    assert list(usage.work(ana, days) / HOURS) == [8, 8, 8, 8, 0, 0, 0, 8]
    assert list(usage.capacity(ana, days) / HOURS) == [8, 8, 8, 8, 0, 0, 0, 8]


def test_a_person_who_works_saturdays_only_has_the_work_on_saturday() -> None:
    plan = Plan()
    saturdays = plan.calendar("Saturdays", ((),) * 5 + (STANDARD_DAY, ()))
    bo = plan.person("Bo", calendar_id=saturdays)
    plan.assign(plan.task("Deploy", "2027-01-05", days=1), bo, work_hours=8)  # the scheduler moves it to Sat 9
    usage = plan.usage()
    days = period_instants(date(2027, 1, 4), date(2027, 1, 10), Granularity.DAY)
    assert list(usage.work(bo, days) / HOURS) == [0, 0, 0, 0, 0, 8, 0]


def test_months_and_labels() -> None:
    plan = Plan()
    ana = plan.person("Ana")
    plan.assign(plan.task("Long", "2027-01-25", days=10), ana)  # Jan 25-29, Feb 1-5
    usage = plan.usage()
    months = period_instants(date(2027, 1, 25), date(2027, 2, 5), Granularity.MONTH)
    assert list(usage.work(ana, months) / HOURS) == [40, 40]
    assert period_label(date(2027, 1, 4), Granularity.WEEK) == "W01 2027"
    assert period_label(date(2027, 2, 1), Granularity.MONTH) == "Feb 2027"
    assert period_label(date(2027, 1, 4), Granularity.DAY) == "Mon 04 Jan"


def test_weekend_work_of_an_elapsed_task_is_kept_and_meets_no_capacity() -> None:
    plan = Plan()
    stefan = plan.person("Stefan")
    cutover = plan.task("Cutover", "2027-01-09", days=1)  # Saturday
    plan.project.tasks[cutover].duration = Duration(600, elapsed=True)  # 08:00 to 18:00, round the clock
    plan.assign(cutover, stefan, work_hours=8)
    usage = plan.usage()
    days = period_instants(date(2027, 1, 8), date(2027, 1, 10), Granularity.DAY)
    assert list(usage.work(stefan, days) / HOURS) == pytest.approx([0, 8, 0])  # not lost: on the Saturday
    assert list(usage.capacity(stefan, days) / HOURS) == [8, 0, 0]
    (over,) = overallocations(usage, stefan)
    assert (over.start, over.finish, over.task_ids) == (datetime(2027, 1, 9, 8), datetime(2027, 1, 9, 18), (cutover,))
