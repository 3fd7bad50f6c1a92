"""Project Information: what a PM types becomes one edit of the settings, or a refusal with the reason."""

from __future__ import annotations

from datetime import datetime

import pytest

from planner.core.edits.edit import apply_edit
from planner.core.edits.project_edits import ProjectInfo, project_info_edit, status_date_edit
from planner.core.errors import InputError
from planner.core.model.duration import TimeUnits, parse_duration
from planner.core.model.entities import Calendar
from planner.core.model.factory import new_project


@pytest.fixture
def project():
    project = new_project("Relaunch", datetime(2027, 1, 4, 8, 0))
    project.calendars[2] = Calendar(2, "Night shift")
    return project


def test_typed_settings_make_one_edit_that_undo_reverses(project):
    info = ProjectInfo(
        name=" Portal ",
        start="Mon 3/15/27 9:00 AM",
        status_date="2027-03-19",
        calendar_id=2,
        currency="USD",
        hours_per_day="7,5",
        hours_per_week="37.5",
    )
    edit = project_info_edit(project, info)
    assert len(edit.changes) == 1
    apply_edit(project, edit)
    assert (project.name, project.start, project.status_date) == (
        "Portal",
        datetime(2027, 3, 15, 9, 0),
        datetime(2027, 3, 19, 17, 0),  # a status date without a time: the end of that working day
    )
    assert (project.calendar_id, project.currency) == (2, "USD")
    assert (project.units.minutes_per_day, project.units.minutes_per_week) == (450, 2250)
    assert parse_duration("1d", project.units).minutes == 450
    apply_edit(project, edit.inverse())
    assert (project.name, project.start, project.status_date, project.currency) == (
        "Relaunch",
        datetime(2027, 1, 4, 8, 0),
        None,
        "EUR",
    )
    assert project.units == TimeUnits()


def test_only_what_differs_is_in_the_edit(project):
    assert project_info_edit(project, ProjectInfo(name="Relaunch", start="2027-01-04", currency="EUR")) is None
    edit = project_info_edit(project, ProjectInfo(name="Relaunch", currency="GBP"))
    assert edit.changes[0].after == {"currency": "GBP"}
    assert edit.changes[0].before == {"currency": "EUR"}


def test_a_day_of_ten_hours_keeps_twenty_days_a_month_and_the_week_as_it_was(project):
    apply_edit(project, project_info_edit(project, ProjectInfo(hours_per_day="10")))
    assert project.units == TimeUnits(600, 2400, 12000)


@pytest.mark.parametrize(
    ("info", "reason"),
    [
        (ProjectInfo(name="  "), "a project needs a name"),
        (ProjectInfo(start="2027-02-30"), "start '2027-02-30' is not a date"),
        (ProjectInfo(start="Tue 2027-03-01"), "is a Monday, not a Tuesday"),
        (ProjectInfo(status_date="soon"), "status date 'soon' is not a date"),
        (ProjectInfo(status_date="2026-12-31"), "is before the project start"),
        (ProjectInfo(hours_per_day="0"), "hours per day must be between 1 and 24, not 0"),
        (ProjectInfo(hours_per_day="25"), "hours per day must be between 1 and 24, not 25"),
        (ProjectInfo(hours_per_day="eight"), "hours per day 'eight' is not a number of hours"),
        (ProjectInfo(hours_per_week="4"), "cannot be fewer than hours per day"),
        (ProjectInfo(calendar_id=9), "there is no calendar 9"),
        (ProjectInfo(currency="Euro dollars"), "currency 'Euro dollars'"),
    ],
)
def test_what_cannot_be_taken_is_refused_with_the_reason(project, info, reason):
    with pytest.raises(InputError, match=reason):
        project_info_edit(project, info)
    assert project.name == "Relaunch" and project.units == TimeUnits()


def test_moving_the_start_past_the_status_date_is_refused(project):
    apply_edit(project, status_date_edit(project, "2027-01-08"))
    with pytest.raises(InputError, match="status date Fri 2027-01-08 is before the project start Mon 2027-01-11"):
        project_info_edit(project, ProjectInfo(start="2027-01-11"))


@pytest.mark.parametrize("typed", ["", "none", "NA", None])
def test_the_status_date_is_cleared_by_typing_nothing_or_na(project, typed):
    apply_edit(project, status_date_edit(project, "2027-01-08"))
    apply_edit(project, status_date_edit(project, typed))
    assert project.status_date is None
