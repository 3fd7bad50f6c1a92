"""A meeting recorded from the communication plan: prefilled from the line, which is marked done, in one edit."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.core.communication.entities import Communication, Frequency
from planner.core.communication.plan_meeting import meeting_from_plan, plan_lines
from planner.core.edits.edit import apply_edit
from planner.core.errors import InputError
from planner.core.model.factory import new_project


@pytest.fixture
def project():
    p = new_project("Portal", datetime(2027, 1, 4, 8, 0))
    p.communications[1] = Communication(1, "Status report", frequency=Frequency.WEEKLY)
    p.communications[2] = Communication(
        2, "Steering committee", audience="Sponsor, PMO", frequency=Frequency.FORTNIGHTLY, next_due=date(2027, 2, 11)
    )
    return p


def test_the_meeting_takes_the_lines_name_audience_and_due_date_and_the_line_moves_on(project):
    edit = meeting_from_plan(project, 2)
    apply_edit(project, edit)
    (meeting,) = project.meetings.values()
    assert (meeting.title, meeting.attendees, meeting.held, meeting.communication_id) == (
        "Steering committee", "Sponsor, PMO", date(2027, 2, 11), 2)  # fmt: skip
    line = project.communications[2]
    assert (line.last_done, line.next_due) == (date(2027, 2, 11), date(2027, 2, 25))
    assert edit.label == "New meeting from K2"
    apply_edit(project, edit.inverse())
    assert not project.meetings and project.communications[2].next_due == date(2027, 2, 11)


def test_a_line_without_a_due_date_is_held_today(project):
    apply_edit(project, meeting_from_plan(project, 1, today=date(2027, 3, 1)))
    assert project.meetings[1].held == date(2027, 3, 1)
    assert project.communications[1].next_due == date(2027, 3, 8)


def test_lines_soonest_due_first_and_an_unknown_line_refused(project):
    assert [line.id for line in plan_lines(project)] == [2, 1]
    with pytest.raises(InputError, match="there is no communication K9"):
        meeting_from_plan(project, 9)
