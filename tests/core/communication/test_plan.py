"""The communication plan's rhythm: next due dates, marking a line done, overdue and due soon."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.core.communication.entities import Frequency
from planner.core.communication.plan import (
    advanced_due,
    due_soon,
    mark_done,
    mark_lines_done,
    next_due_after,
    overdue_communications,
)
from planner.core.communication.registers import COMMUNICATIONS
from planner.core.edits.edit import apply_edit
from planner.core.errors import InputError
from planner.core.model.factory import new_project
from planner.core.records.edits import add_record

F = Frequency


@pytest.mark.parametrize(
    ("day", "frequency", "expected"),
    [
        (date(2027, 2, 15), F.WEEKLY, date(2027, 2, 22)),
        (date(2027, 2, 15), F.FORTNIGHTLY, date(2027, 3, 1)),
        (date(2027, 1, 15), F.MONTHLY, date(2027, 2, 15)),
        (date(2027, 1, 31), F.MONTHLY, date(2027, 2, 28)),  # clipped to the month's end
        (date(2027, 12, 10), F.MONTHLY, date(2028, 1, 10)),
        (date(2027, 11, 30), F.QUARTERLY, date(2028, 2, 29)),  # a leap year's February
        (date(2027, 2, 19), F.DAILY, date(2027, 2, 22)),  # Friday -> Monday
        (date(2027, 2, 15), F.AT_MILESTONES, None),
        (date(2027, 2, 15), F.AS_NEEDED, None),
        (date(2027, 2, 15), None, None),
    ],
)
def test_next_due_after_follows_the_frequency(day, frequency, expected):
    assert next_due_after(day, frequency) == expected


@pytest.mark.parametrize(
    ("due", "frequency", "done", "expected"),
    [
        (date(2027, 2, 12), F.WEEKLY, date(2027, 2, 12), date(2027, 2, 19)),  # on time
        (date(2027, 2, 5), F.WEEKLY, date(2027, 2, 15), date(2027, 2, 19)),  # late: the rhythm is kept
        (date(2027, 2, 19), F.WEEKLY, date(2027, 2, 17), date(2027, 2, 26)),  # early: this one is done
        (None, F.FORTNIGHTLY, date(2027, 2, 15), date(2027, 3, 1)),  # never due: from the day done
        (date(2027, 1, 31), F.MONTHLY, date(2027, 3, 2), date(2027, 3, 31)),  # no drift after a short month
        (date(2027, 3, 1), F.AT_MILESTONES, date(2027, 3, 1), None),
    ],
)
def test_a_line_done_moves_on_from_its_old_due_date(due, frequency, done, expected):
    assert advanced_due(due, frequency, done) == expected


@pytest.fixture
def project():
    p = new_project("Portal", datetime(2027, 1, 4, 8, 0))
    rows = [
        ("Weekly status report", F.WEEKLY, date(2027, 2, 12)),
        ("Steering committee", F.FORTNIGHTLY, date(2027, 2, 17)),
        ("Newsletter", F.MONTHLY, date(2027, 2, 28)),
        ("Go-live comms", F.AT_MILESTONES, date(2027, 2, 1)),
        ("Ad hoc", F.AS_NEEDED, None),
    ]
    for what, frequency, due in rows:
        apply_edit(p, add_record(p, COMMUNICATIONS, what=what, frequency=frequency, next_due=due))
    return p


def test_mark_done_dates_the_line_and_advances_it_in_one_undoable_edit(project):
    before = project.communications[1]
    edit = mark_done(project, 1, date(2027, 2, 15))
    apply_edit(project, edit)
    line = project.communications[1]
    assert (line.last_done, line.next_due) == (date(2027, 2, 15), date(2027, 2, 19))
    assert edit.label == "Mark K1 done"
    apply_edit(project, edit.inverse())
    assert project.communications[1] == before


def test_mark_done_of_a_line_without_rhythm_leaves_the_next_date_to_the_pm(project):
    apply_edit(project, mark_done(project, 4, date(2027, 2, 15)))
    assert project.communications[4].next_due is None
    assert project.communications[4].last_done == date(2027, 2, 15)


def test_mark_done_of_a_missing_line_is_refused_in_words(project):
    with pytest.raises(InputError, match="there is no communication K9"):
        mark_done(project, 9, date(2027, 2, 15))


def test_overdue_and_due_soon(project):
    day = date(2027, 2, 15)
    assert [c.what for c in overdue_communications(project, day)] == ["Go-live comms", "Weekly status report"]
    assert [c.what for c in due_soon(project, day)] == ["Steering committee"]
    assert [c.what for c in due_soon(project, day, days=14)] == ["Steering committee", "Newsletter"]
    assert [c.what for c in overdue_communications(project, date(2027, 2, 12))] == [
        "Go-live comms"
    ]  # due today is not late


def test_several_lines_are_marked_done_as_one_step(project):
    edit = mark_lines_done(project, [1, 3], date(2027, 2, 15))
    assert edit.label == "Mark 2 communications done"
    apply_edit(project, edit)
    assert [project.communications[i].last_done for i in (1, 2, 3)] == [date(2027, 2, 15), None, date(2027, 2, 15)]
    assert project.communications[3].next_due == date(2027, 3, 28)
