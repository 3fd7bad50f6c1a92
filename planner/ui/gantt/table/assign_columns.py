"""The task table's assignment columns: Resource Names and Work, Type and Effort Driven (hidden).

Typing `Ana[50%];Bo` in Resource Names assigns (MS Project's notation, core/resources/names.py);
a name that is no resource makes the table ask whether to create it (task_table.py).
"""

from __future__ import annotations

from planner.core.edits import assignment_edits
from planner.core.errors import InputError
from planner.core.model.entities import TaskType
from planner.ui.gantt.table.assigned_facts import format_hours
from planner.ui.gantt.table.cell_edits import Outcome
from planner.ui.gantt.table.columns_base import Column
from planner.ui.gantt.table.facts import TaskFacts


def _names_text(facts: TaskFacts, task_id: int) -> str:
    return facts.assigned.names(facts.project, task_id)


def _work_minutes(facts: TaskFacts, task_id: int) -> int:
    return facts.assigned.work(facts.project, facts.outline, task_id)


def _names_edit(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    if facts.is_summary(task_id):
        raise InputError("a summary task takes its work from its subtasks; assign resources to them")
    return assignment_edits.assign_names(facts.project, task_id, text), None


def _work_edit(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    if facts.is_summary(task_id):
        raise InputError("a summary task's work is its subtasks' work; change theirs")
    return assignment_edits.set_task_work(facts.project, task_id, text), None


def _type_edit(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    return assignment_edits.set_task_type(facts.project, task_id, text), None


def _effort_edit(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    word = text.strip().casefold()
    if word not in YES_NO:
        raise InputError(f"Effort Driven is Yes or No, not {text.strip()!r}")
    return assignment_edits.set_effort_driven(facts.project, task_id, YES_NO[word]), None


YES_NO = {"yes": True, "y": True, "true": True, "1": True, "no": False, "n": False, "false": False, "0": False}

COLUMNS: tuple[Column, ...] = (
    Column(
        "resource_names",
        "Resource Names",
        20,
        _names_text,
        _names_edit,
        summary_editable=False,
        tip="Who does the task: names or initials, units in brackets, e.g. Ana[50%];Bo; Cement[2] for "
        "material. Alt+F10 opens Assign Resources",
    ),
    Column(
        "work",
        "Work",
        7,
        lambda f, t: format_hours(_work_minutes(f, t)),
        _work_edit,
        sort_key=_work_minutes,
        align="right",
        shown=False,
        summary_editable=False,
        tip="Hours of work: duration x units, summed over the resources; a summary's is its subtasks'",
    ),
    Column(
        "task_type",
        "Type",
        12,
        lambda f, t: TaskType(f.task(t).task_type).label,
        _type_edit,
        shown=False,
        tip="Fixed Units, Fixed Work or Fixed Duration: which of duration, work and units holds when another changes",
    ),
    Column(
        "effort_driven",
        "Effort Driven",
        8,
        lambda f, t: "Yes" if f.task(t).effort_driven else "No",
        _effort_edit,
        shown=False,
        tip="Yes: adding a resource shares the work and shortens the task; No: each adds work",
    ),
)
