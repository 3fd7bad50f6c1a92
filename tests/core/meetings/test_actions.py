"""Open, overdue and recent: what the dashboard and the Meetings page list, and the way back from a task."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.core.communication import action_typing
from planner.core.communication.actions import (
    actions_of_task,
    decision_date,
    meetings_in_order,
    open_actions,
    overdue_actions,
    recent_decisions,
)
from planner.core.communication.entities import ActionItem, ActionStatus, Decision, Meeting
from planner.core.communication.registers import ACTIONS
from planner.core.edits.edit import apply_edit
from planner.core.errors import InputError
from planner.core.model.entities import Task
from planner.core.model.factory import new_project
from planner.core.records.edits import set_record_field

S = ActionStatus


@pytest.fixture
def project():
    p = new_project("Portal", datetime(2027, 1, 4, 8, 0))
    p.tasks[5] = Task(5, "Pen test", position=1)
    p.meetings[1] = Meeting(1, "Steering committee 1", held=date(2027, 1, 18))
    p.meetings[2] = Meeting(2, "Steering committee 2", held=date(2027, 2, 1))
    p.action_items[1] = ActionItem(1, "Book the pen test", 1, due=date(2027, 1, 29), task_id=5)
    p.action_items[2] = ActionItem(2, "Send minutes", 1, due=date(2027, 1, 20), status=S.DONE)
    p.action_items[3] = ActionItem(3, "Hire a tester", 2, due=date(2027, 2, 15))
    p.action_items[4] = ActionItem(4, "Ask the vendor", 2)
    p.action_items[5] = ActionItem(5, "Old idea", 2, due=date(2027, 1, 5), status=S.DROPPED)
    return p


def test_open_actions_soonest_due_first_undated_last(project):
    assert [a.id for a in open_actions(project)] == [1, 3, 4]


def test_overdue_means_open_and_due_before_the_day(project):
    assert [a.id for a in overdue_actions(project, date(2027, 2, 15))] == [1]  # A3 is due that day: not late yet
    assert [a.id for a in overdue_actions(project, date(2027, 2, 16))] == [1, 3]
    assert overdue_actions(project, date(2027, 1, 29)) == []


def test_a_decision_is_dated_by_its_own_date_or_its_meeting(project):
    project.decisions[1] = Decision(1, "Cut the chat feature", 1)
    project.decisions[2] = Decision(2, "Keep the go-live date", 2)
    project.decisions[3] = Decision(3, "Approve an extra tester", 2, made=date(2027, 2, 3))
    project.decisions[4] = Decision(4, "Undated musing")
    assert decision_date(project, project.decisions[1]) == date(2027, 1, 18)
    assert [d.id for d in recent_decisions(project, date(2027, 2, 15))] == [3, 2, 1]
    assert [d.id for d in recent_decisions(project, date(2027, 2, 2))] == [2, 1]  # A3's date is after the day
    assert [d.id for d in recent_decisions(project, date(2027, 2, 15), count=1)] == [3]


def test_from_the_task_back_to_its_action(project):
    assert [a.id for a in actions_of_task(project, 5)] == [1]
    assert actions_of_task(project, 99) == []


def test_meetings_read_by_date(project):
    project.meetings[3] = Meeting(3, "Kick-off", held=date(2027, 1, 4))
    project.meetings[4] = Meeting(4, "Not yet held")
    assert [m.id for m in meetings_in_order(project)] == [3, 1, 2, 4]


def typed(project, action_id, key, text):
    edit = set_record_field(project, ACTIONS, action_id, key, text)
    if edit is not None:
        apply_edit(project, edit)


def test_setting_an_action_done_dates_it_and_reopening_clears_it(project, monkeypatch):
    monkeypatch.setattr(action_typing, "today", lambda: date(2027, 2, 10))
    typed(project, 3, "status", "do")
    assert (project.action_items[3].status, project.action_items[3].done) == (S.DONE, date(2027, 2, 10))
    typed(project, 3, "status", "open")
    assert (project.action_items[3].status, project.action_items[3].done) == (S.OPEN, None)


def test_typing_a_done_date_closes_the_action_and_clearing_it_opens_it(project):
    typed(project, 4, "done", "2027-02-05")
    assert (project.action_items[4].status, project.action_items[4].done) == (S.DONE, date(2027, 2, 5))
    typed(project, 4, "status", "done")  # already done: its date stays
    assert project.action_items[4].done == date(2027, 2, 5)
    typed(project, 4, "done", "")
    assert (project.action_items[4].status, project.action_items[4].done) == (S.OPEN, None)


def test_a_done_action_leaves_its_task_alone(project):
    typed(project, 1, "status", "done")
    assert project.tasks[5].percent_complete == 0
    assert project.action_items[1].task_id == 5


def test_other_cells_type_as_any_register(project):
    typed(project, 3, "owner", "  Sabine   Klein ")
    assert project.action_items[3].owner == "Sabine Klein"
    with pytest.raises(InputError, match="status 'later' is not one of open, done, dropped"):
        set_record_field(project, ACTIONS, 3, "status", "later")
    with pytest.raises(InputError, match="done"):
        set_record_field(project, ACTIONS, 3, "done", "soon")
