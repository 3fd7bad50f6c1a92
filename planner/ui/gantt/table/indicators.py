"""The Indicators column: small signs a PM scans for, each with its explanation. Qt-free.

The kinds are painted by planner.ui.gantt.table.delegate; the tooltips say in words what
the sign means for this task, as MS Project's indicator tooltips do.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.core.model.duration import format_minutes
from planner.core.model.entities import ConstraintType
from planner.ui.gantt.table.facts import TaskFacts
from planner.ui.gantt.table.formats import format_date
from planner.ui.gantt.table.gate_indicator import GATE, gate_tip, gate_warnings_of

LATE, CONSTRAINT, NOTE, CRITICAL, DONE = "late", "constraint", "note", "critical", "done"
OVERALLOCATED = "overallocated"
INFLEXIBLE = (ConstraintType.MSO, ConstraintType.MFO, ConstraintType.SNLT, ConstraintType.FNLT)


@dataclass(frozen=True)
class Indicator:
    kind: str
    tip: str
    strong: bool = False  # an inflexible constraint, drawn in the warning colour


def indicators_of(facts: TaskFacts, task_id: int) -> list[Indicator]:
    task = facts.task(task_id)
    dates = facts.dates(task_id)
    bounds = facts.day_bounds
    found: list[Indicator] = []
    if dates.late_against_deadline and task.deadline is not None:
        finish, deadline = format_date(dates.finish, bounds), format_date(task.deadline, bounds)
        found.append(Indicator(LATE, f"Finishes {finish}, after its deadline {deadline}"))
    gates = gate_warnings_of(facts, task_id)  # a gate whose checklist is not cleared
    if gates:
        found.append(Indicator(GATE, gate_tip(gates), strong=any(w.failed for w in gates)))
    if facts.workload.of(task_id):
        found.append(Indicator(OVERALLOCATED, facts.workload.tip(task_id)))
    kind = ConstraintType(task.constraint_type)
    if kind.needs_date and task.constraint_date is not None:
        tip = f"{kind.label} {format_date(task.constraint_date, bounds)}"
        found.append(Indicator(CONSTRAINT, tip, strong=kind in INFLEXIBLE))
    elif kind is ConstraintType.ALAP:
        found.append(Indicator(CONSTRAINT, kind.label))
    if task.notes.strip():
        found.append(Indicator(NOTE, _clip(task.notes)))
    if dates.percent_complete >= 100:
        found.append(Indicator(DONE, "Complete"))
    elif dates.critical and not dates.summary:
        slack = format_minutes(dates.total_float_minutes, False, facts.project.units)
        extra = f" (total float {slack})" if dates.total_float_minutes < 0 else ""
        found.append(Indicator(CRITICAL, f"On the critical path: any delay moves the project finish{extra}"))
    return found


def _clip(text: str, limit: int = 300) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
