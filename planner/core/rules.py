"""Per-task rules that bend the plain forward/backward pass: constraints, deadlines,
progress at the status date, and elapsed durations.

Most tasks have none, so the passes look a rule up only where one exists and keep
their inner loop on integers.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.core.model import ConstraintType, Project
from planner.core.network import GATE, LEAF, ROLLUP, Network
from planner.core.result import Driver
from planner.core.worktime import to_abs

C = ConstraintType
START_CONSTRAINTS = (C.SNET, C.SNLT, C.MSO)


@dataclass
class NodeRule:
    """What one node must honour, with every date already a work offset of its calendar."""

    constraint: ConstraintType = C.ASAP
    date: int = 0
    deadline: int | None = None
    percent: float = 0.0
    actual_start: int | None = None
    actual_finish: int | None = None
    status: int | None = None
    elapsed: int | None = None  # calendar minutes of an elapsed duration

    def constrain_start(self, best: int, driver: Driver | int, form: bool, duration: int) -> tuple[int, Driver | int, bool]:
        """Early start after the constraint; constraint dates win over links (MS Project's default)."""
        kind, day = self.constraint, self.date
        if kind is C.SNET and day > best or kind is C.MSO or kind is C.SNLT and best > day:
            return day, Driver.CONSTRAINT, False
        if kind is C.FNET and day - duration > best or kind is C.MFO or kind is C.FNLT and best + duration > day:
            return day - duration, Driver.CONSTRAINT, True
        return best, driver, form

    def constrain_late_finish(self, best: int, span: int) -> int:
        """Late finish after the constraint and the deadline (which MS Project counts too)."""
        kind, day = self.constraint, self.date
        if kind in (C.SNLT, C.MSO):
            best = min(best, day + span)
        elif kind in (C.FNLT, C.MFO):
            best = min(best, day)
        if self.deadline is not None:
            best = min(best, self.deadline)
        return best


def node_rules(project: Project, net: Network) -> dict[int, NodeRule]:
    """Rules for the nodes that need one; summary constraints act on the gate, deadlines on the rollup."""
    rules: dict[int, NodeRule] = {}
    status = to_abs(project.status_date) if project.status_date else None
    for task_id, task in project.tasks.items():
        if task_id in net.leaf:
            node = net.leaf[task_id]
            rule = _leaf_rule(task, net.calendars[node], status)
            if rule is not None:
                rules[node] = rule
        elif task_id in net.gate:
            calendar = net.calendars[net.gate[task_id]]
            if task.constraint_type in START_CONSTRAINTS and task.constraint_date:
                rules[net.gate[task_id]] = NodeRule(task.constraint_type, calendar.offset(task.constraint_date))
            finish_rule = NodeRule()
            if task.constraint_type is C.FNLT and task.constraint_date:
                finish_rule = NodeRule(C.FNLT, calendar.offset(task.constraint_date))
            if task.deadline:
                finish_rule.deadline = calendar.offset(task.deadline)
            if finish_rule.deadline is not None or finish_rule.constraint is C.FNLT:
                rules[net.rollup[task_id]] = finish_rule
    return rules


def _leaf_rule(task, calendar, status: int | None) -> NodeRule | None:
    constraint = ConstraintType(task.constraint_type)
    if constraint.needs_date and task.constraint_date is None:
        constraint = C.ASAP
    plain = (
        constraint is C.ASAP
        and task.deadline is None
        and not task.percent_complete
        and task.actual_start is None
        and task.actual_finish is None
        and status is None
        and not task.duration.elapsed
    )
    if plain:
        return None
    percent = 100.0 if task.actual_finish is not None else float(task.percent_complete or 0)
    return NodeRule(
        constraint=constraint,
        date=calendar.offset(task.constraint_date) if constraint.needs_date else 0,
        deadline=calendar.offset(task.deadline) if task.deadline else None,
        percent=percent,
        actual_start=calendar.offset(task.actual_start) if task.actual_start else None,
        actual_finish=calendar.offset(task.actual_finish) if task.actual_finish else None,
        status=calendar.work_at(status) if status is not None else None,
        elapsed=task.duration.minutes if task.duration.elapsed else None,
    )


__all__ = ["NodeRule", "node_rules", "LEAF", "GATE", "ROLLUP"]
