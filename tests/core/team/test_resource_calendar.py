"""A resource's working time: its calendar on the project's, as MS Project builds resource calendars."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from planner.core.errors import InputError
from planner.core.model.entities import Calendar, CalendarException, Resource
from planner.core.model.factory import new_project
from planner.core.schedule.compiled import compile_calendars
from planner.core.schedule.resource_calendar import resource_calendar, resource_worktime

STANDARD_DAY = ((480, 720), (780, 1020))
MON_THU = (STANDARD_DAY,) * 4 + ((), (), ())


def team():
    project = new_project("Team", datetime(2027, 1, 4, 8, 0))
    project.calendar.exceptions.append(CalendarException(date(2027, 5, 7), date(2027, 5, 7), "Bridge day"))
    project.calendars[2] = Calendar(2, "Ana", week=MON_THU, base_id=1)
    vacation = CalendarException(date(2027, 3, 1), date(2027, 3, 12), "Vacation")
    project.calendars[3] = Calendar(3, "Bo", exceptions=[vacation], base_id=1, inherits_week=True)
    project.resources = {
        1: Resource(1, "Ana", calendar_id=2),
        2: Resource(2, "Bo", calendar_id=3),
        3: Resource(3, "Cy"),
    }
    return project


def test_ana_works_monday_to_thursday_and_keeps_the_projects_holidays():
    project = team()
    ana = resource_worktime(project, project.resources[1])
    assert ana.is_working_day(date(2027, 3, 4))  # a Thursday
    assert not ana.is_working_day(date(2027, 3, 5))  # a Friday
    assert ana.is_working_day(date(2027, 5, 6))  # the Thursday before the bridge day
    assert not ana.is_working_day(date(2027, 5, 7))
    assert ana.minutes_per_week == 4 * 480


def test_bo_is_off_for_his_vacation_and_works_the_project_week_otherwise():
    project = team()
    bo = resource_worktime(project, project.resources[2])
    assert not any(bo.is_working_day(date(2027, 3, d)) for d in range(1, 13))
    assert bo.is_working_day(date(2027, 3, 15)) and bo.is_working_day(date(2027, 2, 26))
    start, end = datetime(2027, 3, 1, 0, 0), datetime(2027, 3, 20, 0, 0)
    assert bo.offset(end) - bo.offset(start) == 5 * 480  # capacity in the three weeks: only the third


def test_an_inherited_week_follows_the_project_calendar():
    project = team()
    project.calendars[1] = replace(project.calendar, week=MON_THU)
    bo = resource_worktime(project, project.resources[2])
    assert not bo.is_working_day(date(2027, 2, 26))  # a Friday, now off for the whole company


def test_a_resource_without_a_calendar_works_the_projects():
    project = team()
    assert resource_calendar(project, project.resources[3]) == project.calendar


def test_the_scheduler_compiles_a_resource_calendar_with_its_base():
    compiled = compile_calendars(team())
    assert not compiled[3].is_working_day(date(2027, 3, 2))
    assert not compiled[3].is_working_day(date(2027, 5, 7))  # the base's bridge day


def test_a_vacation_wins_over_the_base_exception_on_the_same_day():
    project = team()
    half = CalendarException(date(2027, 5, 7), date(2027, 5, 7), "Works the bridge day", ((480, 720),))
    project.calendars[3].exceptions.append(half)
    assert resource_worktime(project, project.resources[2]).hours_of(date(2027, 5, 7)) == ((480, 720),)


def test_a_loop_of_base_calendars_is_refused():
    project = team()
    project.calendars[1] = replace(project.calendar, base_id=2)
    with pytest.raises(InputError, match="built on itself"):
        resource_worktime(project, project.resources[1])
