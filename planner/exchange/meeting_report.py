"""The meeting log and the action list as `planner meetings` / `planner actions` print them.

JSON for programs (stable keys, dates as ISO text, tasks by their row ID as everywhere
on the command line), fixed-width text for people. An action's `overdue` is judged on
`day` (core.communication.actions.action_day: the status date, or today without one).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from planner.core.communication.actions import (
    decision_date,
    is_overdue,
    meeting_actions,
    meeting_decisions,
    meetings_in_order,
    open_actions,
)
from planner.core.communication.entities import ActionItem, Decision, Meeting
from planner.core.communication.registers import ACTIONS, DECISIONS, MEETINGS
from planner.core.model.entities import Project
from planner.core.model.task_ids import TaskIds
from planner.core.model.wbs import Outline

TITLE_WIDTH = 44
_NAME_SEPARATORS = re.compile(r"[,;]")


def attendee_names(text: str) -> list[str]:
    """A meeting's attendees, as typed "Anna Schmidt, Markus Weber; Vendor", one name each."""
    return [name.strip() for name in _NAME_SEPARATORS.split(text) if name.strip()]


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def action_entry(project: Project, action: ActionItem, day: date, ids: TaskIds) -> dict[str, Any]:
    """One action as `planner actions --json` writes it (and `planner meetings` under its meeting)."""
    task = ids.id_of(action.task_id) if action.task_id in project.tasks else None
    return {
        "id": action.id,
        "label": ACTIONS.label(action.id),
        "title": action.title,
        "meeting": MEETINGS.label(action.meeting_id) if action.meeting_id is not None else None,
        "owner": action.owner or None,
        "due": _iso(action.due),
        "status": action.status.value,
        "done": _iso(action.done),
        "task": task,
        "overdue": is_overdue(action, day),
    }


def decision_entry(project: Project, decision: Decision) -> dict[str, Any]:
    return {
        "id": decision.id,
        "label": DECISIONS.label(decision.id),
        "decision": decision.decision,
        "made": _iso(decision_date(project, decision)),
        "made_by": decision.made_by or None,
    }


def meeting_entry(project: Project, meeting: Meeting, day: date, ids: TaskIds) -> dict[str, Any]:
    return {
        "id": meeting.id,
        "label": MEETINGS.label(meeting.id),
        "title": meeting.title,
        "held": _iso(meeting.held),
        "attendees": attendee_names(meeting.attendees),
        "notes": meeting.notes,
        "decisions": [decision_entry(project, d) for d in meeting_decisions(project, meeting.id)],
        "actions": [action_entry(project, a, day, ids) for a in meeting_actions(project, meeting.id)],
    }


def meetings_dict(project: Project, day: date) -> dict[str, Any]:
    """`meetings` (by date, each with its decisions and actions) and `day`, as `planner meetings --json`."""
    ids = Outline.of(project).ids
    return {
        "day": day.isoformat(),
        "meetings": [meeting_entry(project, m, day, ids) for m in meetings_in_order(project)],
    }


def listed_actions(project: Project, day: date, overdue_only: bool = False) -> list[ActionItem]:
    """Every action (open ones first, soonest due first), or only the overdue ones."""
    opened = open_actions(project)
    if overdue_only:
        return [a for a in opened if is_overdue(a, day)]
    open_ids = {a.id for a in opened}
    closed = sorted((a for a in project.action_items.values() if a.id not in open_ids), key=lambda a: a.id)
    return opened + closed


def actions_dict(project: Project, day: date, overdue_only: bool = False) -> dict[str, Any]:
    """`actions` and `day`, as `planner actions --json` writes them."""
    ids = Outline.of(project).ids
    return {
        "day": day.isoformat(),
        "actions": [action_entry(project, a, day, ids) for a in listed_actions(project, day, overdue_only)],
    }


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def actions_table(project: Project, day: date, overdue_only: bool = False) -> str:
    """The actions in fixed-width columns; an overdue one is marked `OVERDUE`."""
    entries = actions_dict(project, day, overdue_only)["actions"]
    what = "overdue action" if overdue_only else "action"
    header = f"{'ID':<5} {'Action':<{TITLE_WIDTH}} {'Meeting':<7} {'Owner':<20} {'Due':<10} {'Status':<8} Task"
    out = [f"{project.name}: {len(entries)} {what}{'s' * (len(entries) != 1)} on {day.isoformat()}", header]
    out.append("-" * len(header))
    for e in entries:
        late = "  OVERDUE" if e["overdue"] else ""
        out.append(
            f"{e['label']:<5} {_cut(e['title'], TITLE_WIDTH):<{TITLE_WIDTH}} {e['meeting'] or '':<7} "
            f"{_cut(e['owner'] or '', 20):<20} {e['due'] or '':<10} {e['status']:<8} {e['task'] or ''}{late}"
        )
    return "\n".join(out)


def meetings_text(project: Project, day: date) -> str:
    """Each meeting with its attendees, decisions and actions, as minutes are read."""
    entries = meetings_dict(project, day)["meetings"]
    out = [f"{project.name}: {len(entries)} meeting{'s' * (len(entries) != 1)}"]
    for m in entries:
        out += ["", f"{m['label']}  {m['held'] or '(no date)'}  {m['title']}"]
        if m["attendees"]:
            out.append(f"    Attendees: {', '.join(m['attendees'])}")
        out += [f"    Decision {d['label']}: {d['decision']}" for d in m["decisions"]]
        for a in m["actions"]:
            due = f", due {a['due']}" if a["due"] else ""
            owner = f" ({a['owner']}{due})" if a["owner"] else due
            task = f", task {a['task']}" if a["task"] else ""
            late = ", OVERDUE" if a["overdue"] else ""
            out.append(f"    Action {a['label']}: {a['title']}{owner} [{a['status']}{task}{late}]")
    return "\n".join(out)
