"""Over-allocation: more work in a period than max units x working time, with when and which tasks."""

from __future__ import annotations

from datetime import datetime

import pytest

from planner.core.model.entities import Resource
from planner.core.resources.overallocation import overallocated_tasks, overallocations
from planner.core.resources.periods import Granularity
from planner.core.resources.summary import resource_summaries

from .build import Plan


def test_two_full_time_tasks_on_the_same_days_overallocate_from_the_first_to_the_last_shared_day() -> None:
    plan = Plan()
    ana = plan.person("Ana")
    build = plan.task("Build API", "2027-01-04", days=5)  # Mon-Fri
    review = plan.task("Review", "2027-01-07", days=4)  # Thu, Fri, Mon, Tue
    plan.assign(build, ana)
    plan.assign(review, ana)
    (over,) = overallocations(plan.usage(), ana)
    assert (over.start, over.finish) == (datetime(2027, 1, 7, 8), datetime(2027, 1, 8, 17))
    assert over.peak_units == pytest.approx(2.0)
    assert over.task_ids == (build, review)


def test_a_run_continues_over_the_weekend() -> None:
    plan = Plan()
    ana = plan.person("Ana")
    plan.assign(plan.task("A", "2027-01-07", days=4), ana)
    plan.assign(plan.task("B", "2027-01-07", days=4), ana)
    (over,) = overallocations(plan.usage(), ana)
    assert (over.start, over.finish) == (datetime(2027, 1, 7, 8), datetime(2027, 1, 12, 17))


def test_by_day_a_short_overlap_within_a_free_day_is_no_overallocation_but_by_the_hour_it_is() -> None:
    plan = Plan()
    ana = plan.person("Ana")
    plan.assign(plan.task("Morning", "2027-01-04", days=0.5), ana)
    plan.assign(plan.task("Also morning", "2027-01-04", days=0.25), ana)
    usage = plan.usage()
    assert overallocations(usage, ana, Granularity.DAY) == []
    assert usage.peak_units(ana) == pytest.approx(2.0)  # for two hours she is asked for two people's work


def test_more_units_than_max_units_overallocate_a_single_task() -> None:
    plan = Plan()
    claudia = plan.person("Claudia", max_units=0.5)
    task = plan.task("Audit", "2027-01-04", days=2)
    plan.assign(task, claudia)
    usage = plan.usage()
    (over,) = overallocations(usage, claudia, Granularity.DAY)
    assert overallocations(usage, claudia, Granularity.WEEK) == []  # 16h of her 20h that week
    assert over.task_ids == (task,) and over.peak_units == pytest.approx(1.0)
    assert overallocated_tasks(usage) == {task: (claudia,)}


def test_material_resources_are_never_overallocated_and_cost_units_times_rate() -> None:
    plan = Plan()
    licence = plan.person("Licences")
    plan.project.resources[licence] = Resource(licence, "Licences", kind="material", standard_rate=120, cost_per_use=50)
    plan.assign(plan.task("Buy", "2027-01-04", days=1), licence, units=10)
    plan.assign(plan.task("Buy more", "2027-01-04", days=1), licence, units=5)
    (summary,) = resource_summaries(plan.usage())
    assert not summary.overallocated
    assert summary.cost == pytest.approx(15 * 120 + 2 * 50)
    assert summary.work_minutes == 0


def test_summary_of_a_person_gives_work_cost_and_peak() -> None:
    plan = Plan()
    ana = plan.person("Ana", rate=80, cost_per_use=10)
    plan.assign(plan.task("A", "2027-01-04", days=2), ana)
    plan.assign(plan.task("B", "2027-01-05", days=1), ana, units=0.5)
    (summary,) = resource_summaries(plan.usage())
    assert summary.work_minutes == 20 * 60
    assert summary.cost == pytest.approx(20 * 80 + 2 * 10)
    assert summary.peak_units == pytest.approx(1.5)
    assert summary.overallocated and summary.overallocations[0].start == datetime(2027, 1, 5, 8)


def test_a_cost_resource_costs_the_amounts_on_its_assignments_and_overtime_is_paid_at_its_rate() -> None:
    plan = Plan()
    travel = plan.person("Travel")
    plan.project.resources[travel] = Resource(travel, "Travel", kind="cost")
    ana = plan.person("Ana", rate=80)
    plan.project.resources[ana].overtime_rate = 120
    task = plan.task("Workshop", "2027-01-04", days=1)
    plan.assign(task, travel)
    plan.assign(task, ana, work_hours=10)
    plan.project.assignments[1].cost = 450.0
    plan.project.assignments[2].overtime_work_minutes = 120
    travel_summary, ana_summary = resource_summaries(plan.usage())
    assert travel_summary.cost == pytest.approx(450.0) and not travel_summary.overallocated
    assert ana_summary.cost == pytest.approx(8 * 80 + 2 * 120)
