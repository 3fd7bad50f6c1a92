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

from planner.core.schedule.network import ROLLUP, STRUCTURAL
from planner.core.schedule.progress import own_percent, summary_percents
from planner.core.schedule.worktime import from_abs

if TYPE_CHECKING:
    from planner.core.model.entities import Project
    from planner.core.model.wbs import Outline
    from planner.core.schedule.network import Network
    from planner.core.schedule.worktime import WorkTime


class Driver(IntEnum):
    """What set a task's early start, when no link did (a link's driver is its edge index)."""

    PROJECT_START = -1
    CONSTRAINT = -2
    PROGRESS = -3
    STATUS_DATE = -4
    MANUAL = -5  # a manually scheduled task starts where the PM put it


@dataclass(frozen=True)
class StartDriver:
    """The driver in task terms: kind is link, summary, subtask, constraint, progress, status date,
    manual (a manually scheduled task) or project start. "summary": the task starts when its summary
    lets it (`summary_id`); "subtask": a summary starts with its earliest subtask (`subtask_id`),
    whose own driver says why."""

    kind: str
    link_id: int | None = None
    summary_id: int | None = None
    subtask_id: int | None = None


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
    percent_complete: float = 0.0  # a summary's rolled up from its subtasks (core/schedule/progress.py)


class LazyFloats:
    """Free float per node, worked out the first time someone asks (most views never do)."""

    def __init__(self, size: int, compute: Callable[[int], int]) -> None:
        self._size = size
        self._values: dict[int, int] = {}
        self._compute = compute

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, node: int) -> int:
        value = self._values.get(node)
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
    # Rollup node -> the summary's late finish as shown, worked out when first asked for.
    _summary_late: dict[int, int] = field(default_factory=dict, init=False, repr=False)
    # Summary task id -> rolled-up % complete, worked out when a summary's is first asked for.
    _summary_percent: dict[int, float] | None = field(default=None, init=False, repr=False)

    @property
    def project_finish(self) -> datetime:
        return from_abs(self.finish_instant)

    def _node(self, task_id: int) -> int:
        """The node that holds a task's dates: a leaf, or a summary's rollup."""
        net = self.net
        node = net.rollup.get(task_id)
        return net.leaf[task_id] if node is None else node

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

    def late_finish(self, node: int) -> int:
        """The late finish a node shows, as a work offset of its calendar. A summary's is the latest
        late finish of its subtasks (MS Project), not the bound its own successors and the project
        finish put on it: that bound is what the backward pass pushes onto the subtasks, and it
        would show float on a summary whose subtasks have none."""
        if self.net.kinds[node] != ROLLUP:
            return self.lf[node]
        known = self._summary_late
        found = known.get(node)
        if found is not None:
            return found
        members, kinds = self.net.members, self.net.kinds
        pending, stack = [], [node]  # the nested summaries not known yet, parents before children
        while stack:
            rollup = stack.pop()
            pending.append(rollup)
            stack.extend(child for child in members[rollup] if kinds[child] == ROLLUP and child not in known)
        for rollup in reversed(pending):  # children before their parents
            calendar = self.net.calendars[rollup]
            known[rollup] = max(self._late_finish_in(child, calendar) for child in members[rollup])
        return known[node]

    def _late_finish_in(self, node: int, calendar: WorkTime) -> int:
        """A subtask's late finish as a work offset of its summary's calendar."""
        late = self.late_exact.get(node)
        if late is not None:
            return calendar.work_at(late[1])
        value = self._summary_late[node] if self.net.kinds[node] == ROLLUP else self.lf[node]
        own = self.net.calendars[node]
        return value if own is calendar else calendar.work_at(own.finish_instant(value))

    def total_float(self, task_id: int) -> int:
        """Total float in working minutes of the task's calendar (negative: behind a constraint);
        in elapsed minutes for an elapsed task, which may slip through nights and weekends. A
        summary's is its late finish (its subtasks' latest) minus its early finish."""
        node = self._node(task_id)
        late = self.late_exact.get(node)
        if late is not None:
            return late[1] - self.exact[node][1]
        return self.late_finish(node) - self.ef[node]

    def percent_complete(self, task_id: int) -> float:
        """The task's % complete; a summary's rolled up from its subtasks, weighted by duration."""
        if task_id not in self.net.rollup:
            return own_percent(self.project.tasks[task_id])
        if self._summary_percent is None:
            self._summary_percent = summary_percents(self.project, self.outline)
        return self._summary_percent.get(task_id, 0.0)

    def is_critical(self, task_id: int) -> bool:
        """No float left and not complete: a complete task or summary is never critical."""
        return self.total_float(task_id) <= 0 and self.percent_complete(task_id) < 100  # float first: cheaper

    def _is_zero(self, task_id: int, node: int) -> bool:
        """A milestone is one instant, and so is a summary of milestones only."""
        if task_id in self.net.rollup:
            return self.es[node] == self.ef[node]
        return self.net.durations[node] == 0 and node not in self.exact

    def span(self, task_id: int) -> tuple[datetime, datetime]:
        """The scheduled start and finish, as `dates()` gives them, without the floats and late
        dates: the Gantt chart asks for it per visible row on every paint."""
        node = self._node(task_id)
        return self._span(node, self._is_zero(task_id, node))

    def _span(self, node: int, zero: bool) -> tuple[datetime, datetime]:
        start, finish = self.start[node], self.finish[node]
        exact = self.exact.get(node)  # elapsed work: instants, unless placed late (an ALAP subtask)
        return (
            from_abs(exact[0]) if exact and start == self.es[node] else self._start_dt(node, start, zero),
            from_abs(exact[1]) if exact and finish == self.ef[node] else self._finish_dt(node, finish, zero),
        )

    def dates(self, task_id: int) -> TaskDates:
        """Every computed date and float of one task."""
        node = self._node(task_id)
        task = self.project.tasks[task_id]
        summary = task_id in self.net.rollup
        zero = self._is_zero(task_id, node)
        start, finish = self._span(node, zero)
        exact = self.exact.get(node)
        if exact:
            early_start, early_finish = from_abs(exact[0]), from_abs(exact[1])
        else:
            early_start, early_finish = (
                self._start_dt(node, self.es[node], zero),
                self._finish_dt(node, self.ef[node], zero),
            )
        late = self.late_exact.get(node)
        if late:
            late_start, late_finish = from_abs(late[0]), from_abs(late[1])
        else:
            # A summary's late start is its gate's: the earliest late start of its subtasks (each
            # follows the gate), within the summary's own start constraint. Shown in the summary's form.
            late_start = self._start_dt(node, self.ls[self.net.gate[task_id]] if summary else self.ls[node], zero)
            late_finish = self._finish_dt(node, self.late_finish(node), zero)
        total_float = self.total_float(task_id)
        free_float = max(0, self.free_float[node])
        percent = self.percent_complete(task_id)
        return TaskDates(
            task_id=task_id,
            start=start,
            finish=finish,
            early_start=early_start,
            early_finish=early_finish,
            late_start=late_start,
            late_finish=late_finish,
            duration_minutes=task.duration.minutes if not summary else self.ef[node] - self.es[node],
            total_float_minutes=total_float,
            free_float_minutes=min(free_float, max(0, total_float)) if summary else free_float,
            critical=percent < 100 and total_float <= 0,
            summary=summary,
            milestone=task.milestone,
            late_against_deadline=task.deadline is not None and finish > task.deadline,
            percent_complete=percent,
        )

    def start_driver(self, task_id: int) -> StartDriver:
        """Why the task's early start is where it is, in task terms. A summary that starts other
        than its own links and constraint allow (its subtasks start later, or progress earlier)
        starts with its earliest subtask."""
        net = self.net
        gate = net.gate.get(task_id)
        if gate is not None and self.es[net.rollup[task_id]] != self.es[gate]:
            return StartDriver("subtask", subtask_id=self._earliest_subtask(task_id))
        node = gate if gate is not None else net.leaf[task_id]
        driver = self.drivers[node]
        if driver >= 0:
            link_id = self.net.edge_links[driver]
            if link_id == STRUCTURAL:
                return StartDriver("summary", summary_id=self.outline.parent[task_id])
            return StartDriver("link", link_id=link_id)
        return StartDriver(Driver(driver).name.lower().replace("_", " "))

    def _earliest_subtask(self, task_id: int) -> int:
        """The subtask whose early start is the summary's (the first in WBS order on a tie)."""
        calendar = self.net.calendars[self.net.rollup[task_id]]

        def start(child: int) -> int:
            node = self._node(child)
            exact = self.exact.get(node)
            if exact is not None:
                return calendar.work_at(exact[0])
            own = self.net.calendars[node]
            return self.es[node] if own is calendar else calendar.work_at(own.start_instant(self.es[node]))

        return min(self.outline.children[task_id], key=start)

    def critical_path(self) -> list[int]:
        """Critical leaf tasks in order of their early start (then finish, then id)."""
        lf, ef, late = self.lf, self.ef, self.late_exact  # elapsed tasks float on instants
        maybe = [t for t, node in self.net.leaf.items() if lf[node] <= ef[node] or node in late]
        return sorted([t for t in maybe if self.is_critical(t)], key=self._early_key)

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
