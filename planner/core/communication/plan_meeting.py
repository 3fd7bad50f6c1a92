"""Recording a meeting of the communication plan: the steering committee held, its plan line done.

The meeting takes the line's name as its title, its audience as the attendees and its
next due date as the day held (the day it was planned for; the PM corrects it if it
moved), and refers to the line; the line is marked done on that day
(core.communication.plan.mark_done moves its next due date on by its frequency). Both
in one edit, so one undo takes the meeting back and the plan line with it.
"""

from __future__ import annotations

from datetime import date

from planner.core.communication.entities import Communication
from planner.core.communication.plan import mark_done
from planner.core.communication.registers import COMMUNICATIONS, MEETINGS
from planner.core.edits.compose import compose
from planner.core.edits.edit import Edit
from planner.core.model.entities import Project
from planner.core.records.edits import add_record, record_of


def plan_lines(project: Project) -> list[Communication]:
    """The plan's lines a meeting can be recorded for, soonest due first (undated last)."""
    return sorted(project.communications.values(), key=lambda line: (line.next_due or date.max, line.id))


def meeting_from_plan(project: Project, line_id: int, today: date | None = None) -> Edit:
    """One edit: a meeting of plan line `line_id`, held on its next due date (else `today`), and the line done."""
    line: Communication = record_of(project, COMMUNICATIONS, line_id)
    held = line.next_due or today or date.today()
    values = {"title": line.what, "held": held, "attendees": line.audience, "communication_id": line.id}
    edit = compose(
        project,
        f"New meeting from {COMMUNICATIONS.label(line_id)}",
        (lambda p: add_record(p, MEETINGS, **values), lambda p: mark_done(p, line_id, held)),
    )
    assert edit is not None  # a new meeting is always a change
    return edit
