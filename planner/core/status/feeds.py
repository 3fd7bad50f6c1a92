"""What the dashboard lists from the quality and communication registers: open defects by
severity, gate warnings, overdue actions and communications, recent decisions.

The registers' own parts own the meaning of these lists (planner.core.quality.metrics and
gates, planner.core.communication.actions and plan), so the dashboard, the Gantt's warnings,
the Meetings page and their commands agree; this module only names them for the rating and
adds to a gate warning the names a list shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.core.communication import actions, plan
from planner.core.communication.entities import ActionItem, Communication, Decision
from planner.core.model.entities import Project
from planner.core.quality import gates, metrics
from planner.core.quality.entities import Severity

RECENT_DECISIONS = 5


def open_by_severity(project: Project) -> dict[Severity, int]:
    """How many defects are open (new, triaged, in progress, reopened) per severity, worst first: the
    defect log's own count (core.quality.metrics), defects only, as the Defects page and the trends show."""
    return metrics.open_by_severity(project)


@dataclass(frozen=True)
class GateWarning:
    """A gate (the task a checklist checks) whose checklist has failed or unchecked items."""

    checklist_id: int
    task_id: int
    title: str  # the checklist's
    gate: str  # the task's name
    failed: int
    open: int


def gate_warnings(project: Project) -> list[GateWarning]:
    """The audits part's gate warnings, failed ones first, with the checklist's and the gate's names."""
    found = [
        GateWarning(w.checklist_id, w.task_id, project.checklists[w.checklist_id].title,
                    project.tasks[w.task_id].name, w.failed, w.open)
        for w in gates.gate_warnings(project)
    ]  # fmt: skip
    return sorted(found, key=lambda w: (-w.failed, -w.open, w.checklist_id))


def overdue_actions(project: Project, day: date) -> list[ActionItem]:
    """Open action items due before `day`, the longest overdue first."""
    return actions.overdue_actions(project, day)


def overdue_communications(project: Project, day: date) -> list[Communication]:
    """Communication plan lines whose next due day is before `day`, the longest overdue first."""
    return plan.overdue_communications(project, day)


def recent_decisions(project: Project, day: date, count: int = RECENT_DECISIONS) -> list[Decision]:
    """The latest decisions made by `day`, newest first (a decision's day, else its meeting's)."""
    return actions.recent_decisions(project, day, count)
