"""The team part's task-table column: the skills a task needs, typed `React 3; Testing 2`.

The minimum levels are what the workload part's skill match ranks people by. Hidden by
default; the column menu shows it.
"""

from __future__ import annotations

from planner.core.team.skill_levels import format_levels, needs_of_task, task_needs_edit
from planner.ui.gantt.table.cell_edits import Outcome
from planner.ui.gantt.table.columns import Column
from planner.ui.gantt.table.facts import TaskFacts


def _skills_text(facts: TaskFacts, task_id: int) -> str:
    return format_levels(needs_of_task(facts.project, task_id))


def _skills_edit(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    edit = task_needs_edit(facts.project, task_id, text)
    new = [c.after.name for c in edit.changes if c.table == "skills" and c.before is None] if edit else []
    return edit, f"Added to the skills list: {', '.join(new)}" if new else None


COLUMNS: tuple[Column, ...] = (
    Column(
        "required_skills",
        "Required Skills",
        18,
        _skills_text,
        _skills_edit,
        shown=False,
        tip="React 3; Testing 2: skills with the minimum level (1-5) the task needs",
    ),
)
