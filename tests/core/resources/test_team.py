"""The Team view: per person, tasks this week, next week and late, and load % by week."""

from __future__ import annotations

import math
from datetime import date, datetime

import pytest

from planner.core.model.entities import CalendarException
from planner.core.resources.team import as_of_day, team_rows

from .build import Plan


def test_a_person_s_week_tasks_late_tasks_and_load() -> None:
    plan = Plan()
    ana, bo = plan.person("Ana"), plan.person("Bo", max_units=0.5)
    spec = plan.task("Spec", "2027-01-04", days=3)  # due Mon-Wed of week 1, not started: moved past the status date
    build = plan.task("Build", "2027-01-13", days=5)  # Wed week 2 to Tue week 3
    test = plan.task("Test", "2027-01-18", days=2)  # week 3
    plan.assign(spec, ana)
    plan.assign(build, ana)
    plan.assign(test, bo)
    plan.project.status_date = datetime(2027, 1, 12, 17)  # Tuesday of week 2
    usage = plan.usage()
    assert as_of_day(usage) == date(2027, 1, 12)
    ana_row, bo_row = team_rows(usage, as_of_day(usage), weeks=3)
    assert usage.schedule.span(spec)[0] == datetime(2027, 1, 13, 8)
    assert (ana_row.this_week, ana_row.next_week, ana_row.late) == ((spec, build), (build,), (spec,))
    assert ana_row.load == pytest.approx((1.2, 0.4, 0.0))  # 48h of 40h, then 16h of 40h
    assert (bo_row.this_week, bo_row.next_week, bo_row.late) == ((), (test,), ())
    assert bo_row.load[1] == pytest.approx(16 / 20)  # at 50% she has 20h a week


def test_a_task_past_its_deadline_is_late() -> None:
    plan = Plan()
    ana = plan.person("Ana")
    spec = plan.task("Spec", "2027-01-04", days=5)
    plan.project.tasks[spec].deadline = datetime(2027, 1, 6, 17)
    plan.assign(spec, ana)
    (row,) = team_rows(plan.usage(), date(2027, 1, 4), weeks=1)
    assert row.late == (spec,)


def test_a_complete_task_is_neither_late_nor_on_the_week() -> None:
    plan = Plan()
    ana = plan.person("Ana")
    spec = plan.task("Spec", "2027-01-04", days=2)
    plan.assign(spec, ana)
    task = plan.project.tasks[spec]
    task.percent_complete, task.actual_start, task.actual_finish = (
        100,
        datetime(2027, 1, 4, 8),
        datetime(2027, 1, 5, 17),
    )
    plan.project.status_date = datetime(2027, 1, 6, 17)
    (row,) = team_rows(plan.usage(), date(2027, 1, 6), weeks=1)
    assert row.late == () and row.this_week == ()


def test_a_week_without_working_time_has_no_load_figure() -> None:
    plan = Plan()
    plan.person("Ana")
    plan.project.calendars[1].exceptions.append(CalendarException(date(2027, 1, 4), date(2027, 1, 8), "Shutdown"))
    (row,) = team_rows(plan.usage(), date(2027, 1, 4), weeks=2)
    assert math.isnan(row.load[0]) and row.load[1] == 0.0
