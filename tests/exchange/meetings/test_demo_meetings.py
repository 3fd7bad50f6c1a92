"""The demo's meeting log tells a credible story, and a mistake in its source names where it is."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest

from planner.core.communication.actions import actions_of_task, meeting_actions, meeting_decisions, overdue_actions
from planner.core.communication.entities import ActionStatus
from planner.core.errors import InputError
from planner.core.model.factory import new_project
from planner.exchange.demo import demo_project
from planner.exchange.demo_meetings import add_meetings_from_toml


@pytest.fixture(scope="module")
def demo():
    return demo_project()


def test_three_steering_committees_a_fortnight_apart_up_to_the_status_date(demo):
    meetings = sorted(demo.meetings.values(), key=lambda m: m.held)
    assert len(meetings) == 3 and all(m.title.startswith("Steering committee") for m in meetings)
    assert [b.held - a.held for a, b in pairwise(meetings)] == [timedelta(days=14)] * 2
    assert meetings[-1].held <= demo.status_date.date()
    assert all("Dr. Katrin Vogel" in m.attendees and m.notes for m in meetings)


def test_each_meeting_has_decisions_and_actions_some_done_some_overdue(demo):
    for meeting in demo.meetings.values():
        assert 2 <= len(meeting_decisions(demo, meeting.id)) <= 3
        assert 2 <= len(meeting_actions(demo, meeting.id)) <= 4
    statuses = {a.status for a in demo.action_items.values()}
    assert statuses == {ActionStatus.OPEN, ActionStatus.DONE}
    assert all(a.owner and a.due for a in demo.action_items.values())
    assert [a.id for a in overdue_actions(demo, demo.status_date.date())] == [5, 6]


def test_one_action_is_tracked_as_a_task_of_the_plan(demo):
    linked = [a for a in demo.action_items.values() if a.task_id is not None]
    assert [(a.id, demo.tasks[a.task_id].name) for a in linked] == [(7, "Penetration test (external)")]
    assert [a.id for a in actions_of_task(demo, linked[0].task_id)] == [7]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[meetings]]\nid = 1\ntitle = "SC"\nheld = "soon"', "portal-meetings.toml: meeting 1: date 'soon'"),
        ('[[meetings]]\nid = 1\ntitle = "SC"\ncolour = "red"', "meeting 1: unknown key 'colour'"),
        (
            '[[meetings]]\nid = 1\ntitle = "SC"\n[[meetings.actions]]\nid = 4\ntitle = "Call"\nstatus = "later"',
            "action 4: status 'later' is not one of open, done, dropped",
        ),
        (
            '[[meetings]]\nid = 1\ntitle = "SC"\n[[meetings.decisions]]\nmade_by = "Anna"',
            "decision: a decision is needed",
        ),
    ],
)
def test_a_mistake_in_the_source_names_its_meeting_or_action(text, message):
    project = new_project("Portal", demo_project().start)
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        add_meetings_from_toml(project, text)


def test_the_action_day_is_the_status_date_or_today(demo):
    from planner.core.communication.actions import action_day

    assert action_day(demo, date(2026, 12, 1)) == date(2027, 2, 15)
    assert action_day(new_project("Fresh", demo.start), date(2026, 12, 1)) == date(2026, 12, 1)


def test_the_meetings_serve_the_plans_steering_committee_and_its_last_done_follows(demo):
    (line,) = [c for c in demo.communications.values() if c.what == "Steering committee"]
    assert {m.communication_id for m in demo.meetings.values()} == {line.id}
    assert line.last_done == date(2027, 2, 11)
    names = {s.name for s in demo.stakeholders.values()}
    attendees = {n.strip() for m in demo.meetings.values() for n in m.attendees.split(",")}
    assert {"Dr. Katrin Vogel", "Thomas Berger", "Frank Meyer", "Oliver Hartmann"} <= names & attendees
