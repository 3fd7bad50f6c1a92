"""Action items and decisions as a PM reads them: what is open, what is overdue, what was decided lately.

The dashboard, the Meetings page, the Gantt's Action column and `planner actions` all
ask these questions; answering them here keeps one meaning of "overdue" (open, due
before the day: an action due today is not late yet) and of a decision's date (its
own, else the date of the meeting that took it).
"""

from __future__ import annotations

from datetime import date

from planner.core.communication.entities import ActionItem, ActionStatus, Decision, Meeting
from planner.core.communication.registers import ACTIONS, MEETINGS
from planner.core.model.entities import Project
from planner.core.quality.metrics import status_day

FAR_FUTURE = date.max


def action_day(project: Project, today: date) -> date:
    """The day actions are judged overdue and dated done: the project's status date (the day the PM
    reports as of), or today without one, as the defect log reads its figures."""
    return status_day(project, today)


def open_actions(project: Project) -> list[ActionItem]:
    """Open actions, soonest due first (those without a due date last), then in the order logged."""
    found = [a for a in project.action_items.values() if a.status is ActionStatus.OPEN]
    return sorted(found, key=lambda a: (a.due or FAR_FUTURE, a.id))


def is_overdue(action: ActionItem, day: date) -> bool:
    return action.status is ActionStatus.OPEN and action.due is not None and action.due < day


def overdue_actions(project: Project, day: date) -> list[ActionItem]:
    """Open actions due before `day`, the longest overdue first."""
    return [a for a in open_actions(project) if is_overdue(a, day)]


def decision_date(project: Project, decision: Decision) -> date | None:
    """The day a decision was made: its own date, else its meeting's."""
    if decision.made is not None:
        return decision.made
    meeting = project.meetings.get(decision.meeting_id) if decision.meeting_id is not None else None
    return meeting.held if meeting is not None else None


def recent_decisions(project: Project, day: date, count: int = 5) -> list[Decision]:
    """The `count` latest decisions made on or before `day`, latest first.

    A decision with no date (neither its own nor its meeting's) cannot be placed in
    time, so it is never "recent"; it stays in the register and the meeting.
    """
    dated = [(decision_date(project, d), d) for d in project.decisions.values()]
    taken = [(made, d) for made, d in dated if made is not None and made <= day]
    taken.sort(key=lambda pair: (pair[0], pair[1].id), reverse=True)
    return [d for _, d in taken[:count]]


def meeting_decisions(project: Project, meeting_id: int) -> list[Decision]:
    return sorted((d for d in project.decisions.values() if d.meeting_id == meeting_id), key=lambda d: d.id)


def meeting_actions(project: Project, meeting_id: int) -> list[ActionItem]:
    return sorted((a for a in project.action_items.values() if a.meeting_id == meeting_id), key=lambda a: a.id)


def actions_of_task(project: Project, task_uid: int) -> list[ActionItem]:
    """The actions that became this task (normally one): the way back from the plan to the meeting."""
    return sorted((a for a in project.action_items.values() if a.task_id == task_uid), key=lambda a: a.id)


def actions_by_task(project: Project) -> dict[int, list[ActionItem]]:
    """Every task's actions in one pass, for a whole table column."""
    found: dict[int, list[ActionItem]] = {}
    for action in sorted(project.action_items.values(), key=lambda a: a.id):
        if action.task_id is not None:
            found.setdefault(action.task_id, []).append(action)
    return found


def meetings_in_order(project: Project) -> list[Meeting]:
    """Meetings as a log is read: by date (undated ones last), then in the order logged."""
    return sorted(project.meetings.values(), key=lambda m: (m.held or FAR_FUTURE, m.id))


def action_summary(project: Project, action: ActionItem) -> str:
    """'A7 Book the external pen test (M3 Steering committee, 2027-02-11; due 2027-03-05, open)': one line
    naming an action, its meeting and where it stands, for a task's tooltip and Task Information."""
    about = []
    meeting = project.meetings.get(action.meeting_id) if action.meeting_id is not None else None
    if meeting is not None:
        held = f", {meeting.held.isoformat()}" if meeting.held else ""
        about.append(f"{MEETINGS.label(meeting.id)} {meeting.title}{held}")
    due = f"due {action.due.isoformat()}, " if action.due else ""
    about.append(f"{due}{action.status.value}")
    return f"{ACTIONS.label(action.id)} {action.title} ({'; '.join(about)})"
