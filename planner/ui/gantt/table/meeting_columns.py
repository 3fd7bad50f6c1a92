"""The meetings part's task-table column: the action item a task came from ("A7"), the way back.

Hidden by default (the column menu shows it); its tooltip names the action, its meeting and
due date; double-clicking it opens the action on the Stakeholders tab's Meetings page
(TaskTable asks the window to reveal it). The column reads one index of actions by task,
made once per edit (TaskFacts.memo), so a 10,000-task table costs one pass over the actions.
"""

from __future__ import annotations

from planner.core.communication.actions import action_summary, actions_by_task
from planner.core.communication.entities import ActionItem
from planner.core.communication.registers import ACTIONS
from planner.core.edits.changes import Changes
from planner.ui.gantt.table.columns_base import Column
from planner.ui.gantt.table.facts import TaskFacts

KEY = "action"
MEMO = "meetings.actions"


def task_actions(facts: TaskFacts, task_id: int) -> list[ActionItem]:
    return facts.memo(MEMO, lambda: actions_by_task(facts.project)).get(task_id, [])


def _labels(facts: TaskFacts, task_id: int) -> str:
    return ", ".join(ACTIONS.label(a.id) for a in task_actions(facts, task_id))


def action_tip(facts: TaskFacts, task_id: int) -> str | None:
    """'From action A7 Book the external pen test (M3 Steering committee, 2027-02-11; due 2027-03-05, open)'."""
    lines = [f"From action {action_summary(facts.project, a)}" for a in task_actions(facts, task_id)]
    if not lines:
        return None
    return "\n".join(lines) + "\nDouble-click the Action cell to open it on the Stakeholders tab"


def first_action(facts: TaskFacts, task_id: int) -> int | None:
    found = task_actions(facts, task_id)
    return found[0].id if found else None


def tasks_relinked(facts: TaskFacts, changes: Changes) -> set[int]:
    """The tasks whose Action cell an edit of action items changed: the tasks the touched actions
    named before (read from the index made before the edit, when there is one) and name now."""
    if not changes.action_items:
        return set()
    before = facts.memo(MEMO, lambda: {})  # the index as the rows last showed it, or none was shown
    touched = {t for t, actions in before.items() if any(a.id in changes.action_items for a in actions)}
    rows = facts.project.action_items
    touched |= {a.task_id for i in changes.action_items if (a := rows.get(i)) is not None and a.task_id is not None}
    return touched


COLUMNS: tuple[Column, ...] = (
    Column(
        KEY,
        "Action",
        8,
        _labels,
        shown=False,
        summary_editable=False,
        tip="The meeting's action item the task came from (Make task on the Meetings page); double-click opens it",
    ),
)
