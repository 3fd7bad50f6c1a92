"""Change Working Time: typed weekly hours, exceptions and holidays become one calendar edit, or a refusal."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.core.edits.calendar_edits import TypedException, format_hours, parse_hours, working_time_edit
from planner.core.edits.edit import apply_edit
from planner.core.errors import InputError
from planner.core.model.duration import Duration
from planner.core.model.entities import STANDARD_DAY, CalendarException, Task
from planner.core.model.factory import new_project
from planner.core.schedule.engine import schedule

STANDARD = "08:00-12:00, 13:00-17:00"
WEEK = [STANDARD] * 5 + ["", ""]


@pytest.fixture
def project():
    project = new_project("Relaunch", datetime(2027, 1, 4, 8, 0))
    project.tasks[1] = Task(1, "Build", position=1, duration=Duration(5 * 480))
    return project


@pytest.mark.parametrize(
    ("typed", "hours"),
    [
        ("08:00-12:00, 13:00-17:00", STANDARD_DAY),
        ("8-12; 13-17", STANDARD_DAY),
        ("8am-12pm, 1pm-5pm", STANDARD_DAY),
        ("13:00-17:00, 08:00-12:00", STANDARD_DAY),
        ("22:00-24:00", ((22 * 60, 24 * 60),)),
        ("non-working", ()),
        ("", ()),
    ],
)
def test_hours_are_read_as_a_pm_types_them(typed, hours):
    assert parse_hours(typed, "Monday") == hours


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("8-12, 11-17", "overlap"),
        ("17-8", "ends before it starts"),
        ("9", "is not a span of hours"),
        ("8:75-12", "is not a time of day"),
    ],
)
def test_hours_that_cannot_be_read_are_refused(typed, reason):
    with pytest.raises(InputError, match=f"Monday: .*{reason}"):
        parse_hours(typed, "Monday")


def test_format_hours_is_what_parse_hours_reads():
    assert format_hours(STANDARD_DAY) == STANDARD
    assert parse_hours(format_hours(STANDARD_DAY), "Monday") == STANDARD_DAY


def test_a_shorter_friday_a_holiday_and_a_half_day_move_the_schedule_and_undo_restores(project):
    week = [STANDARD] * 4 + ["08:00-12:00", "", ""]
    rows = [
        TypedException("Shutdown", "2027-01-05", "Wed 2027-01-06"),
        TypedException("Team day", "1/7/27", "", "08:00-12:00"),
    ]
    edit = working_time_edit(project, 1, week, rows, "")
    assert len(edit.changes) == 1 and edit.changes[0].table == "calendars"
    apply_edit(project, edit)
    calendar = project.calendar
    assert calendar.week[4] == ((480, 720),)
    assert calendar.exceptions == [
        CalendarException(date(2027, 1, 5), date(2027, 1, 6), "Shutdown"),
        CalendarException(date(2027, 1, 7), date(2027, 1, 7), "Team day", ((480, 720),)),
    ]
    # Mon 8h, Tue-Wed off, Thu 4h, Fri 4h, Mon 8h, Tue 8h, Wed 8h: 40 hours end Wed 13 Jan
    assert schedule(project).dates(1).finish == datetime(2027, 1, 13, 17, 0)
    apply_edit(project, edit.inverse())
    assert project.calendar.exceptions == [] and project.calendar.week[4] == STANDARD_DAY
    assert schedule(project).dates(1).finish == datetime(2027, 1, 8, 17, 0)


def test_a_country_s_public_holidays_are_kept(project):
    project.start = datetime(2027, 3, 22, 8, 0)  # Good Friday is 26 March 2027, Easter Monday 29 March
    assert schedule(project).dates(1).finish == datetime(2027, 3, 26, 17, 0)
    apply_edit(project, working_time_edit(project, 1, WEEK, [], "de"))
    assert project.calendar.country == "DE"
    assert schedule(project).dates(1).finish == datetime(2027, 3, 30, 17, 0)


def test_nothing_changed_is_no_edit(project):
    assert working_time_edit(project, 1, WEEK, [], "") is None


@pytest.mark.parametrize(
    ("week", "rows", "country", "reason"),
    [
        ([""] * 7, [], "", "has no working time in its week"),
        (WEEK, [], "XX", "no public holidays are known for country code 'XX'"),
        (WEEK, [TypedException("Trip", "2027-02-10", "2027-02-01")], "", "finishes .* before it starts"),
        (WEEK, [TypedException("Trip", "")], "", "needs a start date"),
        (WEEK, [TypedException("Trip", "next week")], "", "is not a date"),
        (WEEK, [TypedException("Half", "2027-02-01", "", "8-12, 10-14")], "", "overlap"),
    ],
)
def test_working_time_that_cannot_be_taken_is_refused(project, week, rows, country, reason):
    with pytest.raises(InputError, match=reason):
        working_time_edit(project, 1, week, rows, country)
    assert project.calendar.exceptions == [] and project.calendar.country == ""
