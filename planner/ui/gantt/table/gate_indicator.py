"""The gate warning of the Indicators column: a gate task whose checklist has open or failed items. Qt-free.

The tooltip names each checklist and its counts ("Security audit: 1 failed, 3 open"); the
sign is strong (red) when an item failed, amber while items are only open (gate_sign.py
paints it, in the table and beside the gate's diamond in the chart). The warnings are
computed once per edit (TaskFacts.memo is cleared on every change, a checklist item's
too), so a repaint only looks them up by task.
"""

from __future__ import annotations

from planner.core.quality.gates import GateWarning, warnings_by_task
from planner.ui.gantt.table.facts import TaskFacts

GATE = "gate"
TIP_END = "Double-click to open the checklist"


def gate_warnings_of(facts: TaskFacts, task_id: int) -> list[GateWarning]:
    return facts.memo("gate_warnings", lambda: warnings_by_task(facts.project)).get(task_id, [])


def gate_tip(warnings: list[GateWarning]) -> str:
    lines = "\n".join(f"Gate not cleared: {w.text}" for w in warnings)
    return f"{lines}\n{TIP_END}"
