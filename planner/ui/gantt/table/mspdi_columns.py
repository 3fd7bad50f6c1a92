"""The mspdi part's task-table columns: what an MS Project file kept about a task (core/model/msproject.py).

MS Project WBS is the WBS code MS Project showed (a code mask's `PRJ-2.3`), or the outline
number for a task whose code was just that; Hyperlink is the task's link as MS Project
showed it. Read-only, hidden by default; the column menu shows them.
"""

from __future__ import annotations

from planner.core.model.msproject import MsProjectTask
from planner.ui.gantt.table.columns import Column
from planner.ui.gantt.table.facts import TaskFacts


def _row(facts: TaskFacts, task_id: int) -> MsProjectTask | None:
    """The task's row: the import keys it by the task's id, so one look finds it."""
    rows = facts.project.msp_tasks
    row = rows.get(task_id) if rows else None
    if row is not None and row.task_id == task_id:
        return row
    return next((r for r in rows.values() if r.task_id == task_id), None) if rows else None


def _wbs(facts: TaskFacts, task_id: int) -> str:
    row = _row(facts, task_id)
    return row.wbs if row is not None and row.wbs else facts.wbs(task_id)


def _hyperlink(facts: TaskFacts, task_id: int) -> str:
    row = _row(facts, task_id)
    return "" if row is None else row.hyperlink or row.hyperlink_address


COLUMNS: tuple[Column, ...] = (
    Column(
        "msp_wbs",
        "MS Project WBS",
        10,
        _wbs,
        shown=False,
        summary_editable=False,
        tip="The WBS code MS Project showed for the task (its outline number unless a code mask or a typed code)",
    ),
    Column(
        "hyperlink",
        "Hyperlink",
        14,
        _hyperlink,
        shown=False,
        summary_editable=False,
        tip="The task's hyperlink as MS Project showed it",
    ),
)
