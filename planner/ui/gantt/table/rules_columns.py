"""The rules part's task-table column: Task Mode, as MS Project shows it.

Manually Scheduled: the task stays where the PM put it (typing its Start moves it; links and
constraints do not) and its bar is teal; Auto Scheduled: the scheduler places it. Switching to
manual keeps the task's dates (core/edits/rules_edits.py). Hidden by default; the column menu
shows it.
"""

from __future__ import annotations

from planner.core.edits.rules_edits import MODE_LABELS, parse_mode, set_task_mode
from planner.core.errors import InputError
from planner.ui.gantt.table.cell_edits import Outcome
from planner.ui.gantt.table.columns_base import Column
from planner.ui.gantt.table.facts import TaskFacts


def _mode_text(facts: TaskFacts, task_id: int) -> str:
    if facts.is_summary(task_id):
        return MODE_LABELS[False]
    return MODE_LABELS[facts.task(task_id).manual]


def _mode_edit(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    if facts.is_summary(task_id):
        raise InputError("a summary task is scheduled from its subtasks; set the mode of its subtasks")
    return set_task_mode(facts.schedule, [task_id], parse_mode(text)), None


COLUMNS: tuple[Column, ...] = (
    Column(
        "task_mode",
        "Task Mode",
        18,
        _mode_text,
        _mode_edit,
        shown=False,
        summary_editable=False,
        tip="Manually Scheduled: the task stays where you put it, whatever its links say (teal bar); "
        "Auto Scheduled: links and constraints place it",
    ),
)
