"""What a scheduling run found, per task, as work offsets turned into datetimes on demand.

Converting 100,000 tasks' dates costs more than scheduling them, so the result
keeps integers and converts only the tasks someone looks at.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING

from planner.core.network import STRUCTURAL
from planner.core.worktime import from_abs

if TYPE_CHECKING:
    from planner.core.model import Project
    from planner.core.network import Network
    from planner.core.wbs import Outline


class Driver(IntEnum):
    """What set a task's early start, when no link did (a link's driver is its edge index)."""

    PROJECT_START = -1
    CONSTRAINT = -2
    PROGRESS = -3
    STATUS_DATE = -4


@dataclass(frozen=True)
class StartDriver:
    """The driver in task terms: kind is link, summary, constraint, progress, status date or project start."""

    kind: str
    link_id: int | None = None
    summary_id: int | None = None


@dataclass(frozen=True)
class TaskDates:
    task_id: int
    start: datetime
    finish: datetime
    early_start: datetime
    early_finish: datetime
    late_start: datetime
    late_finish: datetime
    duration_minutes: int
    total_float_minutes: int
    free_float_minutes: int
    critical: bool
    summary: bool
    milestone: bool
    late_against_deadline: bool


class LazyFloats:
    """Free float per node, worked out the first time someone asks (most views never do)."""

    def __init__(self, size: int, compute: Callable[[int], int]) -> None:
        self._values: list[int | None] = [None] * size
        self._compute = compute

    def __len__(self) -> int:
        return len(self._values)

    def __getitem__(self, node: int) -> int:
        value = self._values[node]
        if value is None:
            value = self._values[node] = self._compute(node)
        return value


@dataclass
class Schedule:
    project: Project
    outline: Outline
    net: Network
    es: list[int]
    ef: list[int]
    ls: list[int]
    lf: list[int]
    start: list[int]
    finish: list[int]
    drivers: list[int]
    finish_form: list[bool]
    exact: dict[int, tuple[int, int]]
    finish_instant: int
    free_float: LazyFloats | list[int]  # per node, indexable
    # Late (start, finish) instants of elapsed tasks, whose floats are in elapsed minutes.
    late_exact: dict[int, tuple[int, int]] = field(default_factory=dict)

    @property
    def project_finish(self) -> datetime:
        return from_abs(self.finish_instant)

    def _nodes(self, task_id: int) -> tuple[int, int]:
        """(node holding the early/late start, node holding the finish) of a task."""
        net = self.net
        if task_id in net.rollup:
            return net.rollup[task_id], net.rollup[task_id]
        node = net.leaf[task_id]
        return node, node

    def _start_dt(self, node: int, value: int, zero: bool) -> datetime:
        calendar = self.net.calendars[node]
        if zero and self.finish_form[node]:
            return from_abs(calendar.finish_instant(value))
        return from_abs(calendar.start_instant(value))

    def _finish_dt(self, node: int, value: int, zero: bool) -> datetime:
        calendar = self.net.calendars[node]
        if zero and not self.finish_form[node]:
            return from_abs(calendar.start_instant(value))
        return from_abs(calendar.finish_instant(value))

    def total_float(self, task_id: int) -> int:
        """Total float in working minutes of the task's calendar (negative: behind a constraint);
        in elapsed minutes for an elapsed task, which may slip through nights and weekends."""
        node = self._nodes(task_id)[1]
        late = self.late_exact.get(node)
        if late is not None:
            return late[1] - self.exact[node][1]
        return self.lf[node] - self.ef[node]

    def is_critical(self, task_id: int) -> bool:
        task = self.project.tasks[task_id]
        done = task.percent_complete >= 100 or task.actual_finish is not None
        return not done and self.total_float(task_id) <= 0

    def dates(self, task_id: int) -> TaskDates:
        """Every computed date and float of one task."""
        node, end = self._nodes(task_id)
        task = self.project.tasks[task_id]
        summary = task_id in self.net.rollup
        # A milestone is one instant, and so is a summary of milestones only.
        zero = self.es[end] == self.ef[end] if summary else self.net.durations[node] == 0 and node not in self.exact
        exact = self.exact.get(node)
        start = self._start_dt(node, self.start[node], zero)
        finish = self._finish_dt(end, self.finish[end], zero)
        if exact and self.start[node] == self.es[node]:
            start, finish = from_abs(exact[0]), from_abs(exact[1])
        late_start_node = self.net.gate[task_id] if summary and not zero else node
        early_start = self._start_dt(node, self.es[node], zero)
        early_finish = self._finish_dt(end, self.ef[end], zero)
        if exact:
            early_start, early_finish = from_abs(exact[0]), from_abs(exact[1])
        late_start = self._start_dt(late_start_node, self.ls[late_start_node], zero)
        late_finish = self._finish_dt(end, self.lf[end], zero)
        late = self.late_exact.get(node)
        if late:
            late_start, late_finish = from_abs(late[0]), from_abs(late[1])
        return TaskDates(
            task_id=task_id,
            start=start,
            finish=finish,
            early_start=early_start,
            early_finish=early_finish,
            late_start=late_start,
            late_finish=late_finish,
            duration_minutes=task.duration.minutes if not summary else self.ef[end] - self.es[node],
            total_float_minutes=self.total_float(task_id),
            free_float_minutes=max(0, self.free_float[end]),
            critical=self.is_critical(task_id),
            summary=summary,
            milestone=task.milestone,
            late_against_deadline=task.deadline is not None and finish > task.deadline,
        )

    def start_driver(self, task_id: int) -> StartDriver:
        """Why the task's early start is where it is, in task terms."""
        node = self.net.gate.get(task_id, self.net.leaf.get(task_id))
        driver = self.drivers[node]
        if driver >= 0:
            link_id = self.net.edge_links[driver]
            if link_id == STRUCTURAL:
                return StartDriver("summary", summary_id=self.outline.parent[task_id])
            return StartDriver("link", link_id=link_id)
        return StartDriver(Driver(driver).name.lower().replace("_", " "))

    def critical_path(self) -> list[int]:
        """Critical leaf tasks in order of their early start (then finish, then id)."""
        leaves = [t for t in self.net.leaf if self.is_critical(t)]
        return sorted(leaves, key=self._early_key)

    def _early_key(self, task_id: int) -> tuple[int, int, int]:
        node = self.net.leaf[task_id]
        exact = self.exact.get(node)
        if exact:
            return exact[0], exact[1], task_id
        calendar = self.net.calendars[node]
        start, finish = calendar.start_instant(self.es[node]), calendar.finish_instant(self.ef[node])
        if self.es[node] == self.ef[node]:  # a milestone is one instant, in its form
            start = finish = calendar.finish_instant(self.es[node]) if self.finish_form[node] else start
        return start, finish, task_id
