"""The level part's task-table column: Leveling Delay, as MS Project shows it.

How long Level Resources made the task wait after its predecessors and constraints allow it
to start (working time; `0d` for a task not delayed). Read-only: Level Resources writes it and
Clear Leveling removes it; `planner why` and the preview say who the task waits for. Hidden by default; the
column menu shows it.
"""

from __future__ import annotations

from planner.core.level.report import task_delay
from planner.core.model.duration import format_minutes
from planner.ui.gantt.table.columns import Column
from planner.ui.gantt.table.facts import TaskFacts


def _delay_minutes(facts: TaskFacts, task_id: int) -> int:
    delay = task_delay(facts.project, task_id) if facts.project.levelling_delays else None
    return 0 if delay is None else delay.delay_minutes


def _delay_text(facts: TaskFacts, task_id: int) -> str:
    return format_minutes(_delay_minutes(facts, task_id), units=facts.project.units)


COLUMNS: tuple[Column, ...] = (
    Column(
        "leveling_delay",
        "Leveling Delay",
        9,
        _delay_text,
        sort_key=_delay_minutes,
        align="right",
        schedule=True,
        shown=False,
        summary_editable=False,
        tip="How long Level Resources delays the task after its predecessors allow it to start",
    ),
)
