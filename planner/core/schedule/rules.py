"""Per-task rules that bend the plain forward/backward pass: constraints, deadlines,
progress at the status date, elapsed durations and manually scheduled tasks.

Most tasks have none, so the passes look a rule up only where one exists and keep
their inner loop on integers.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.core.model.entities import ConstraintType, Project, Task
from planner.core.schedule.network import GATE, LEAF, ROLLUP, Network
from planner.core.schedule.worktime import WorkTime, to_abs

C = ConstraintType
START_CONSTRAINTS = (C.SNET, C.SNLT, C.MSO)
FINISH_CONSTRAINTS = (C.FNET, C.FNLT, C.MFO)


def constrained_start(kind: ConstraintType, day: int, best: int, duration: int) -> int | None:
    """The early start a constraint imposes on a task whose links allow `best`, or None when it
    does not bind. Constraint dates win over links (MS Project's "tasks honour their constraint
    dates"); a link the constraint overrides shows as negative float on the predecessor.

    Works on any one time scale: work offsets, or instants for elapsed tasks.
    """
    if kind is C.SNET:
        return day if day > best else None
    if kind is C.MSO:
        return day
    if kind is C.SNLT:
        return day if best > day else None
    if kind is C.FNET:
        return day - duration if day - duration > best else None
    if kind is C.MFO:
        return day - duration
    if kind is C.FNLT:
        return day - duration if best + duration > day else None
    return None


def late_finish_limit(kind: ConstraintType, day: int, span: int) -> int | None:
    """The latest finish a constraint allows (the start ones through the task's span), or None."""
    if kind is C.SNLT or kind is C.MSO:
        return day + span
    if kind is C.FNLT or kind is C.MFO:
        return day
    return None


@dataclass
class NodeRule:
    """What one node must honour, with every date already a work offset of its calendar.

    Elapsed tasks ignore calendars, so for them the same dates are kept as instants too
    (minutes since the worktime EPOCH: `date_at`, `deadline_at`, ...).
    """

    constraint: ConstraintType = C.ASAP
    date: int = 0
    # A zero-duration task pinned by the constraint shows at the finish form of the date
    # (a milestone that must start on Friday 17:00 shows Friday 17:00, not Monday 08:00).
    date_form: bool = False
    deadline: int | None = None
    percent: float = 0.0
    actual_start: int | None = None
    actual_finish: int | None = None
    status: int | None = None
    elapsed: int | None = None  # calendar minutes of an elapsed duration
    date_at: int = 0
    deadline_at: int | None = None
    status_at: int | None = None
    actual_start_at: int | None = None
    actual_finish_at: int | None = None
    # A manually scheduled task's start as the PM typed it: a work offset and the instant itself
    # (kept even outside working time, as MS Project keeps it).
    manual: int | None = None
    manual_at: int | None = None

    def constrain_late_finish(self, best: int, span: int) -> int:
        """Late finish after the constraint and the deadline (which MS Project counts too)."""
        limit = late_finish_limit(self.constraint, self.date, span)
        if limit is not None and limit < best:
            best = limit
        if self.deadline is not None and self.deadline < best:
            best = self.deadline
        return best

    @property
    def not_started(self) -> bool:
        return self.percent == 0 and self.actual_start is None


def node_rules(project: Project, net: Network) -> dict[int, NodeRule]:
    """Rules for the nodes that need one; summary constraints act on the gate, deadlines on the rollup."""
    rules: dict[int, NodeRule] = {}
    status = status_offset(project)
    leaf, calendars, tasks = net.leaf, net.calendars, project.tasks
    for task_id in leaf if status is not None else _ruled(tasks):
        node = leaf.get(task_id)
        rule = None if node is None else _leaf_rule(tasks[task_id], calendars[node], status)
        if rule is not None:
            rules[node] = rule
    for task_id in net.gate:
        rules.update(_summary_rules(tasks[task_id], net))
    return rules


def status_offset(project: Project) -> int | None:
    """The status date as an instant, or None when the project has none."""
    return to_abs(project.status_date) if project.status_date else None


def task_rules(task: Task, net: Network, status: int | None) -> dict[int, NodeRule]:
    """The rules of one task's nodes, as node_rules finds them (to redo them for the tasks an edit
    changed, keeping everyone else's)."""
    node = net.leaf.get(task.id)
    if node is None:
        return _summary_rules(task, net) if task.id in net.gate else {}
    if status is None and not _is_ruled(task):
        return {}
    return {node: _leaf_rule(task, net.calendars[node], status)}


def _summary_rules(task: Task, net: Network) -> dict[int, NodeRule]:
    """A summary's start constraint on its gate; its finish constraint and deadline on its rollup."""
    if task.constraint_type is C.ASAP and not task.deadline:
        return {}
    rules: dict[int, NodeRule] = {}
    gate = net.gate[task.id]
    calendar = net.calendars[gate]
    kind = ConstraintType(task.constraint_type)
    if kind in START_CONSTRAINTS and task.constraint_date:
        rules[gate] = NodeRule(kind, calendar.offset(task.constraint_date))
    finish_rule = NodeRule()
    if kind is C.FNLT and task.constraint_date:
        finish_rule = NodeRule(C.FNLT, calendar.offset(task.constraint_date))
    if task.deadline:
        finish_rule.deadline = calendar.offset(task.deadline)
    if finish_rule.deadline is not None or finish_rule.constraint is C.FNLT:
        rules[net.rollup[task.id]] = finish_rule
    return rules


def _is_ruled(task: Task) -> bool:
    """Whether a task has anything but a plain As Soon As Possible schedule (_ruled, for one)."""
    return (
        task.constraint_type is not C.ASAP
        or task.deadline is not None
        or bool(task.percent_complete)
        or task.actual_start is not None
        or task.actual_finish is not None
        or task.duration.elapsed
        or task.manual
    )


def _ruled(tasks: dict[int, Task]) -> list[int]:
    """The tasks with anything but a plain As Soon As Possible schedule (most have none), in one
    sweep: reading a field of 100,000 tasks costs more than testing it, so each task is read once."""
    asap = C.ASAP
    return [
        task_id
        for task_id, task in tasks.items()
        if task.constraint_type is not asap
        or task.deadline is not None
        or task.percent_complete
        or task.actual_start is not None
        or task.actual_finish is not None
        or task.duration.elapsed
        or task.manual
    ]


def _form_of(calendar: WorkTime, instant: int, finish_like: bool) -> bool:
    """Whether `instant` reads as the finish form of its work offset (17:00 rather than 08:00)."""
    offset = calendar.work_at(instant)
    if calendar.start_instant(offset) == instant:
        return False
    if calendar.finish_instant(offset) == instant:
        return True
    return finish_like  # outside working time: a start moves on to the next work, a finish back to the last


def _leaf_rule(task: Task, calendar: WorkTime, status: int | None) -> NodeRule | None:
    constraint = ConstraintType(task.constraint_type)
    if constraint.needs_date and task.constraint_date is None:
        constraint = C.ASAP
    date_at = to_abs(task.constraint_date) if constraint.needs_date else 0
    deadline_at = to_abs(task.deadline) if task.deadline else None
    actual_start_at = to_abs(task.actual_start) if task.actual_start else None
    actual_finish_at = to_abs(task.actual_finish) if task.actual_finish else None
    percent = 100.0 if task.actual_finish is not None else float(task.percent_complete or 0)
    manual_at = to_abs(task.manual_start) if task.manual and task.manual_start is not None else None
    return NodeRule(
        constraint=constraint,
        date=calendar.work_at(date_at) if constraint.needs_date else 0,
        date_form=_form_of(calendar, date_at, constraint in FINISH_CONSTRAINTS) if constraint.needs_date else False,
        deadline=calendar.work_at(deadline_at) if deadline_at is not None else None,
        percent=percent,
        actual_start=calendar.work_at(actual_start_at) if actual_start_at is not None else None,
        actual_finish=calendar.work_at(actual_finish_at) if actual_finish_at is not None else None,
        status=calendar.work_at(status) if status is not None else None,
        elapsed=task.duration.minutes if task.duration.elapsed else None,
        date_at=date_at,
        deadline_at=deadline_at,
        status_at=status,
        actual_start_at=actual_start_at,
        actual_finish_at=actual_finish_at,
        manual=calendar.work_at(manual_at) if manual_at is not None else None,
        manual_at=manual_at,
    )


__all__ = [
    "GATE",
    "LEAF",
    "ROLLUP",
    "NodeRule",
    "constrained_start",
    "late_finish_limit",
    "node_rules",
    "status_offset",
    "task_rules",
]
