"""What the dashboard lists from the quality and communication registers: open defects by
severity, gate warnings, overdue actions and communications, recent decisions.

The registers' own parts own the rules of these lists; this module reads them the plain way
(status and dates) so the rating has them in one place, and follows those parts' rules where
they differ (see each function).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.core.communication.entities import ActionItem, ActionStatus, Communication, Decision
from planner.core.model.entities import Project
from planner.core.quality import metrics
from planner.core.quality.entities import CheckResult, Severity

RECENT_DECISIONS = 5


def open_by_severity(project: Project) -> dict[Severity, int]:
    """How many defects are open (new, triaged, in progress, reopened) per severity, worst first: the
    defect log's own count (core.quality.metrics), defects only, as the Defects page and the trends show."""
    return metrics.open_by_severity(project)


@dataclass(frozen=True)
class GateWarning:
    """A gate (the task a checklist checks) whose checklist is not all passed."""

    checklist_id: int
    task_id: int
    title: str  # the checklist's
    gate: str  # the task's name
    failed: int
    open: int


def gate_warnings(project: Project) -> list[GateWarning]:
    """Checklists of a task still in the plan with failed or unchecked items, failed ones first."""
    counts: dict[int, list[int]] = {}
    for item in project.checklist_items.values():
        found = counts.setdefault(item.checklist_id, [0, 0])
        found[0] += item.result is CheckResult.FAIL
        found[1] += item.result is CheckResult.OPEN
    warnings = [
        GateWarning(c.id, c.task_id, c.title, project.tasks[c.task_id].name, *counts[c.id])
        for c in project.checklists.values()
        if c.task_id in project.tasks and c.id in counts and any(counts[c.id])
    ]
    return sorted(warnings, key=lambda w: (-w.failed, -w.open, w.checklist_id))


def overdue_actions(project: Project, day: date) -> list[ActionItem]:
    """Open action items due before `day`, the longest overdue first."""
    late = [a for a in project.action_items.values() if a.status is ActionStatus.OPEN and a.due and a.due < day]
    return sorted(late, key=lambda a: (a.due, a.id))


def overdue_communications(project: Project, day: date) -> list[Communication]:
    """Communication plan lines whose next due day is before `day`, the longest overdue first."""
    late = [c for c in project.communications.values() if c.next_due is not None and c.next_due < day]
    return sorted(late, key=lambda c: (c.next_due, c.id))


def recent_decisions(project: Project, count: int = RECENT_DECISIONS) -> list[Decision]:
    """The latest decisions, newest first (a decision's day, else its meeting's)."""

    def made(decision: Decision) -> date:
        meeting = project.meetings.get(decision.meeting_id) if decision.meeting_id else None
        return decision.made or (meeting.held if meeting and meeting.held else None) or date.min

    return sorted(project.decisions.values(), key=lambda d: (made(d), d.id), reverse=True)[:count]
