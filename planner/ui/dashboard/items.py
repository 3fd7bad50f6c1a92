"""The Overview's lists as items: each names the table and row it comes from, so a click opens it."""

from __future__ import annotations

from planner.core.model.entities import Project
from planner.core.records.registry import spec_of
from planner.core.status.assess import ProjectStatus
from planner.ui.dashboard.figures_strip import day, money, slip_text
from planner.ui.dashboard.item_list import Item

LISTS = {  # title: (headers, the columns that stretch, what an empty list says)
    "Next milestones": (("ID", "Milestone", "Forecast", "Slip"), (1,), "No milestones ahead."),
    "Top risks": (("Score", "Risk", "Owner", "EMV"), (1,), "No open threats."),
    "Gate warnings": (("Gate", "Checklist", "Failed", "Open"), (0, 1), "No gate has failed or unchecked items."),
    "Overdue actions": (("Due", "Action", "Owner"), (1,), "No action item is overdue."),
    "Overdue communications": (("Due", "Communication", "Owner"), (1,), "Every communication is on time."),
    "Recent decisions": (("Date", "Decision"), (1,), "No decisions recorded yet."),
}


def _label(table: str, record_id: int) -> str:
    return spec_of(table).label(record_id)


def list_items(status: ProjectStatus, project: Project, rows: dict[int, int]) -> dict[str, list[Item]]:
    """Each list's items, by the list's title; `rows`: a task's Unique ID -> its ID (row number)."""
    return {
        "Next milestones": [
            Item("tasks", m.task_id, (str(m.id), m.name, day(m.forecast), slip_text(m.slip_days)),
                 late=bool(m.slip_days and m.slip_days > 0), late_column=3,
                 tip=f"{m.name}: forecast {day(m.forecast)}, baseline {day(m.baseline)}")
            for m in status.milestones
        ],
        "Top risks": [
            Item("risks", x.risk.id, (str(x.score), f"R{x.risk.id} {x.risk.title}", x.owner, money(x.emv)),
                 late=x.score >= 15)
            for x in status.top_risks
        ],
        "Gate warnings": [
            Item("checklists", w.checklist_id, (f"{rows.get(w.task_id, '')} {w.gate}".strip(),
                 f"{_label('checklists', w.checklist_id)} {w.title}", str(w.failed), str(w.open)), late=bool(w.failed),
                 late_column=2)
            for w in status.gate_warnings
        ],
        "Overdue actions": [
            Item("action_items", a.id, (day(a.due), f"{_label('action_items', a.id)} {a.title}", a.owner), late=True)
            for a in status.overdue_actions
        ],
        "Overdue communications": [
            Item("communications", c.id, (day(c.next_due), f"{_label('communications', c.id)} {c.what}", c.owner),
                 late=True)
            for c in status.overdue_communications
        ],
        "Recent decisions": [
            Item("decisions", d.id, (day(d.made or _held(project, d.meeting_id)),
                                     f"{_label('decisions', d.id)} {d.decision}"))
            for d in status.recent_decisions
        ],
    }  # fmt: skip


def _held(project: Project, meeting_id: int | None):
    meeting = project.meetings.get(meeting_id) if meeting_id else None
    return meeting.held if meeting else None
