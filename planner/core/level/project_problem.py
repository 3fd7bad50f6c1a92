"""A Project's schedule as a resource-constrained problem on a grid of working time.

Every node of the scheduler's network (schedule/network.py) becomes an activity: a leaf task
with its duration, a summary's gate as a point where its subtasks start, its rollup as a point
at its finish. Links become edges with offsets (start[j] >= start[i] + offset), the early
starts of the schedule without levelling become releases (they already hold the constraints
and the project start), and work assignments become demands in percent of a person (100 =
one full-time person) against each resource's max units.

Time is the network's work offsets divided by a common step (the greatest common divisor of
the durations, lags and starts, at least an hour): a project planned in days levels on a
grid of days. A link whose lag the network cannot give in work minutes (across calendars, an
elapsed lag) keeps the gap it had in the unlevelled schedule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from math import gcd

from planner.core.level.problem import Problem
from planner.core.level.resource_time import Blocked, blocked_capacity
from planner.core.model.entities import ConstraintType, Project
from planner.core.schedule.compiled import compile_calendars
from planner.core.schedule.network import GATE, LEAF, ROLLUP
from planner.core.schedule.result import Schedule
from planner.core.schedule.worktime import WorkTime

FinishEdge = tuple[int, int, bool]  # (source activity, offset in periods, from the source's finish)
MIN_STEP = 60  # minutes: finer steps would make the grid of a long project too long
FIXED_CONSTRAINTS = (ConstraintType.MSO, ConstraintType.MFO, ConstraintType.SNLT, ConstraintType.FNLT)


@dataclass
class ProjectProblem:
    """The problem, and how its activities map back to the project."""

    problem: Problem
    step: int  # working minutes per grid period
    origin: int  # the work offset of period 0
    resource_ids: list[int]  # per problem resource, its Unique ID
    node_tasks: list[int]  # per activity (network node), its task's Unique ID
    movable: list[bool]  # per activity: the leveller may delay it
    latest: list[int]  # per activity: its late start in periods (for "within available slack")
    priority: list[int] = field(default_factory=list)
    fixed: list[str | None] = field(default_factory=list)  # per activity: why it may not move
    blocked: Blocked = field(default_factory=dict)  # capacity booked in advance: people's own calendars
    calendars: list[WorkTime] = field(default_factory=list)  # per activity, its node's calendar
    work: list[int] = field(default_factory=list)  # per activity, its duration in its calendar's minutes
    edges: list[list[FinishEdge]] = field(default_factory=list)  # per activity, finish_edges
    project_calendar: WorkTime | None = None

    def span_at(self, j: int, start: int) -> int:
        """Periods activity j covers on the grid when it starts at period `start`: its duration,
        or for a task on a calendar of its own (a part-timer's) its work laid on that calendar
        from there, which covers more or fewer project days depending on where it starts."""
        own, grid, d = self.calendars[j], self.project_calendar, self.problem.durations[j]
        if grid is None or own is grid or not d:
            return d
        at = grid.start_instant(self.origin + start * self.step)
        end = own.finish_instant(own.work_at(at) + self.work[j])
        return max(1, -(-(grid.work_at(end) - self.origin - start * self.step) // self.step))

    def delay_minutes(self, j: int, base: int, start: int) -> int:
        """A wait from period `base` to `start` as working minutes of activity j's own calendar
        (the scheduler adds a levelling delay on the task's calendar)."""
        own, grid = self.calendars[j], self.project_calendar
        if grid is None or own is grid:
            return (start - base) * self.step
        before = grid.start_instant(self.origin + base * self.step)
        after = grid.start_instant(self.origin + start * self.step)
        return own.work_at(after) - own.work_at(before)


def work_demands(project: Project, resource_ids: set[int] | None) -> dict[int, list[tuple[int, int]]]:
    """Per task, its (resource id, percent units) on work resources (those chosen, or all)."""
    resources = project.resources
    demands: dict[int, list[tuple[int, int]]] = {}
    for a in project.assignments.values():
        resource = resources.get(a.resource_id)
        if resource is None or resource.kind != "work" or a.units <= 0:
            continue
        if resource_ids is not None and a.resource_id not in resource_ids:
            continue
        demands.setdefault(a.task_id, []).append((a.resource_id, round(a.units * 100)))
    return demands


def on_project_calendar(schedule: Schedule, calendar: WorkTime) -> tuple[list[int], list[int], list[int]]:
    """Early start, early finish and late start of every node as work offsets of the project
    calendar (a node on a calendar of its own, such as a person's, has them in its own)."""
    net = schedule.net
    es, ef, ls = list(schedule.es), list(schedule.ef), list(schedule.ls)
    if net.single_calendar and all(c is calendar for c in net.calendars[:1]):
        return es, ef, ls
    for node, own in enumerate(net.calendars):
        if own is not calendar:
            es[node] = calendar.work_at(own.start_instant(es[node]))
            ef[node] = calendar.work_at(own.finish_instant(ef[node]))
            ls[node] = calendar.work_at(own.start_instant(ls[node]))
    return es, ef, ls


def _step(starts: list[int], net, durations: list[int]) -> int:
    """The grid step: a common divisor of everything the network measures, at least MIN_STEP."""
    step = 0
    for value in durations:
        step = gcd(step, value)
    for lag in net.links.lag:
        if lag:
            step = gcd(step, abs(lag))
    low = min(starts, default=0)
    for value in starts:
        step = gcd(step, value - low)
        if step and step <= MIN_STEP:
            return MIN_STEP
    return max(step, MIN_STEP)


def fixed_reason(project: Project, task_id: int, schedule: Schedule, node: int) -> str | None:
    """Why the leveller may not delay a leaf task, or None when it may."""
    task = project.tasks[task_id]
    if task.priority >= 1000:
        return "priority 1000: do not level"
    if task.actual_start is not None or task.percent_complete > 0:
        return "started"
    if task.constraint_type in FIXED_CONSTRAINTS:
        return f"pinned by its constraint ({task.constraint_type.label})"
    if task.duration.elapsed or node in schedule.exact:
        return "elapsed duration"
    if task.milestone:
        return "milestone"
    return None


def project_problem(project: Project, schedule: Schedule, resource_ids: set[int] | None = None) -> ProjectProblem:
    """The problem of levelling `project`, whose schedule without levelling delays is `schedule`."""
    net = schedule.net
    size = len(net.task_ids)
    by_task = work_demands(project, resource_ids)
    res_ids = sorted({r for dem in by_task.values() for r, _ in dem})
    index = {r: k for k, r in enumerate(res_ids)}
    capacities = [max(1, round(project.resources[r].max_units * 100)) for r in res_ids]
    calendar = compile_calendars(project)[project.calendar_id]
    es, ef, ls = on_project_calendar(schedule, calendar)
    step = _step(es, net, [f - s for s, f in zip(es, ef, strict=True)])
    origin = min(es, default=0)

    def periods(minutes: int, up: bool) -> int:
        return -(-minutes // step) if up else minutes // step

    durations = [0] * size
    demands: list[list[tuple[int, int]]] = [[] for _ in range(size)]
    movable = [False] * size
    fixed: list[str | None] = [None] * size
    priority = [500] * size
    kinds = net.kinds
    for node in range(size):
        if kinds[node] != LEAF:
            continue
        task_id = net.task_ids[node]
        # its span on the project calendar: longer than its work for a person off on Fridays
        durations[node] = periods(ef[node] - es[node], True)
        demands[node] = [(index[r], q) for r, q in by_task.get(task_id, ())]
        fixed[node] = fixed_reason(project, task_id, schedule, node) if demands[node] else None
        movable[node] = bool(demands[node]) and fixed[node] is None
        priority[node] = project.tasks[task_id].priority
    release = [periods(es[node] - origin, False) for node in range(size)]
    for node in range(size):
        if kinds[node] == ROLLUP:  # the rollup is a point at its summary's finish
            release[node] = periods(ef[node] - origin, False)
    latest = [periods(ls[node] - origin, False) for node in range(size)]
    after = finish_edges(schedule, durations, periods, project.units)
    preds = [[(i, off + (durations[i] if ff else 0)) for i, off, ff in edges] for edges in after]
    problem = Problem(durations, demands, capacities, preds, release)
    blocked = blocked_capacity(project, problem, res_ids, calendar, net.calendars, origin, step)
    found = ProjectProblem(
        problem, step, origin, res_ids, list(net.task_ids), movable, latest, priority, fixed, blocked
    )
    found.calendars, found.project_calendar, found.work = net.calendars, calendar, list(net.durations)
    found.edges = after
    return found


def finish_edges(schedule: Schedule, durations: list[int], periods, units) -> list[list[FinishEdge]]:
    """Per node its incoming edges, an edge from a source's finish apart from the source's
    duration, so that the leveller can count the span a task really gets where it is placed."""
    net = schedule.net
    kinds = net.kinds
    preds: list[list[FinishEdge]] = [[] for _ in durations]

    def source_point(src: int, at_finish: bool) -> tuple[int, bool]:
        """(activity, from its finish) standing for the point of node `src`."""
        if kinds[src] == ROLLUP:
            return (src, False) if at_finish else (net.gate[net.task_ids[src]], False)  # a rollup is a point
        return src, at_finish

    for node in range(len(durations)):
        if kinds[node] == ROLLUP:
            preds[node] = [(c, 0, True) for c in net.members[node]]
            continue
        for src, src_finish, dst_finish, lag, edge in net.incoming(node):
            activity, from_finish = source_point(src, src_finish)
            if lag is None:  # across calendars or elapsed: the link's lag as project working time
                lag = _lag_minutes(net.edge_lags[edge], units) if edge >= 0 else 0
            gap = periods(lag, lag > 0) - (durations[node] if dst_finish else 0)
            if kinds[node] == GATE or activity != node:
                preds[node].append((activity, gap, from_finish))
    return preds


def _lag_minutes(lag, units) -> int:
    """A lag in working minutes of the project calendar (elapsed ones as the working time they
    hold at 5 days of 24 hours in 7; % lags as none: the grid keeps them only approximately)."""
    if lag is None or not lag.amount:
        return 0
    if lag.unit == "%":
        return 0
    if lag.unit == "em":
        return round(lag.amount * units.minutes_per_week / (7 * 1440))
    return int(lag.amount)
