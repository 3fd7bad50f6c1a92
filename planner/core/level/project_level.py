"""Level Resources on a Project: delay tasks until the people they need are free.

As MS Project's leveller: the schedule without levelling delays first; then, task by task in
priority order (priority 1-1000, highest first; 1000 = do not level) and then the standard
order (least total slack first, then ID), each task is placed at the earliest time its
predecessors (as levelled so far) and its people's free units allow (the serial scheme of
sgs.py on the grid of project_problem.py). What a task waited is its levelling delay, with the
reason: the person who was busy and the task they were busy on. Summaries, started tasks,
milestones, elapsed tasks and tasks pinned by a date constraint are not delayed; "within
available slack only" leaves a task where it was when levelling it would delay its late start;
a level from/to range levels only tasks that start in it; selected resources limit the people.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from planner.core.level.project_problem import ProjectProblem, project_problem
from planner.core.level.search import priority_order
from planner.core.level.sgs import Profile
from planner.core.model.entities import Project
from planner.core.progress import JobSteps
from planner.core.schedule.engine import schedule
from planner.core.schedule.result import Schedule
from planner.core.schedule.worktime import from_abs


@dataclass(frozen=True)
class LevelOptions:
    within_slack: bool = False
    level_from: datetime | None = None
    level_to: datetime | None = None
    resource_ids: frozenset[int] | None = None  # None: every resource
    order: str = "standard"  # "standard" (priority, slack, ID) or "id" (priority, ID)


@dataclass(frozen=True)
class Move:
    """One task the leveller delays, and why."""

    task_id: int
    delay_minutes: int
    resource_id: int | None
    waited_for_id: int | None


@dataclass
class Levelling:
    moves: list[Move]
    unresolved: list[tuple[int, str]] = field(default_factory=list)  # (task, why) left over-allocated
    step_minutes: int = 0


def unlevelled(project: Project) -> Project:
    """The project as it is without any levelling delay (the tables shared, not copied)."""
    return replace(project, levelling_delays={}, counters=dict(project.counters))


def level_project(project: Project, options: LevelOptions = LevelOptions(), steps: JobSteps | None = None) -> Levelling:
    """The levelling delays that resolve the project's over-allocations (or as many as the
    options allow). The project is not changed: `levelling_edit` writes the result."""
    steps = steps or JobSteps(job="Levelling")
    steps.at(0.0)
    base = schedule(unlevelled(project))
    steps.at(0.2)
    pp = project_problem(project, base, None if options.resource_ids is None else set(options.resource_ids))
    order = priority_order(pp.problem, _keys(pp, base, options))
    steps.at(0.3)
    in_range = _in_range(pp, base, options)
    return _place(project, pp, order, in_range, options, steps)


def _keys(pp: ProjectProblem, base: Schedule, options: LevelOptions) -> list[tuple]:
    """Per activity its place in the levelling order: activities that book nobody first (they
    only pass dates on), then priority, highest first, then the earliest late start (standard:
    least slack and earliest dates at once, so what a critical task waits on goes early) and ID."""
    keys: list[tuple] = []
    for node, dem in enumerate(pp.problem.demands):
        if not dem:
            keys.append((-3000, 0, node))
        elif not pp.movable[node]:  # booked first, where they are: the others level around them
            keys.append((-2000, 0, node))
        elif options.order == "id":
            keys.append((-pp.priority[node], 0, node))
        else:
            keys.append((-pp.priority[node], pp.latest[node], node))
    return keys


def _in_range(pp: ProjectProblem, base: Schedule, options: LevelOptions) -> list[bool]:
    """Per activity, whether it starts within the level from/to dates (all when none are set)."""
    if options.level_from is None and options.level_to is None:
        return [True] * pp.problem.size
    net = base.net
    low = options.level_from or datetime.min
    high = options.level_to or datetime.max
    found = []
    for node in range(pp.problem.size):
        start = from_abs(net.calendars[node].start_instant(base.es[node]))
        found.append(low <= start <= high)
    return found


def _place(
    project: Project, pp: ProjectProblem, order: list[int], in_range: list[bool], options: LevelOptions, steps: JobSteps
) -> Levelling:
    """The serial scheme with the project's rules: who may move, how far, and why they wait."""
    p = pp.problem
    caps = p.capacities
    profile = Profile(p, max(p.release, default=0) + max(p.durations, default=0) + 64)  # grows as needed
    for r, periods in pp.blocked.items():
        profile.reserve(r, periods)
    bookings: list[list[tuple[int, int, int]]] = [[] for _ in p.capacities]  # per resource (start, end, node)
    start = [0] * p.size
    span = [0] * p.size  # periods each activity covers where it is placed
    moves: list[Move] = []
    unresolved: list[tuple[int, str]] = []
    every = max(1, len(order) // 50)
    for k, j in enumerate(order):
        if k % every == 0:
            steps.at(0.3 + 0.7 * k / len(order))
        base = p.release[j]
        for i, off, from_finish in pp.edges[j]:
            base = max(base, start[i] + off + (span[i] if from_finish else 0))
        d, dem = p.durations[j], p.demands[j]
        t = base
        over = [r for r, q in dem if q > caps[r]] if dem and d else []
        if over:  # more than the person has: no time fits
            name = project.resources[pp.resource_ids[over[0]]].name
            unresolved.append((pp.node_tasks[j], f"needs more units than {name} has"))
        elif dem and d:
            fits, d = _fit(pp, profile, j, base)
            why = _why_not(pp, j, in_range[j], options.within_slack and fits > pp.latest[j]) if fits > base else None
            if why is not None:
                unresolved.append((pp.node_tasks[j], why))
            elif fits > base:
                t = fits
                move = _move(pp, bookings, j, base, t)
                if move is not None:
                    moves.append(move)
        d = span[j] = pp.span_at(j, t)
        if dem and d:
            profile.book(j, t, d)
            for r, _q in dem:
                bookings[r].append((t, t + d, j))
        start[j] = t
    steps.at(1.0)
    return Levelling(moves, unresolved, pp.step)


def _fit(pp: ProjectProblem, profile: Profile, j: int, base: int) -> tuple[int, int]:
    """The first period from `base` where activity j fits, and its span there (which, for a task
    on a calendar of its own, depends on where it starts)."""
    t = base
    while True:
        d = pp.span_at(j, t)
        fits = profile.earliest_fit_at(j, t, d)
        if fits == t:
            return t, d
        t = fits


def _move(pp: ProjectProblem, bookings, j: int, base: int, t: int) -> Move | None:
    """The delay of activity j from period `base` to `t`, with its reason; None when the wait
    falls in time the task's own calendar does not work anyway (the scheduler waits there)."""
    minutes = pp.delay_minutes(j, base, t)
    if minutes <= 0:
        return None
    resource, waited = _reason(bookings, pp.problem.demands[j], base, t, pp.blocked)
    return Move(
        pp.node_tasks[j],
        minutes,
        pp.resource_ids[resource] if resource is not None else None,
        pp.node_tasks[waited] if waited is not None else None,
    )


def _why_not(pp: ProjectProblem, j: int, in_range: bool, beyond_slack: bool) -> str | None:
    """Why an over-allocated task stays where it is, or None when the leveller delays it."""
    if pp.fixed[j] is not None:
        return pp.fixed[j]
    if not in_range:
        return "starts outside the levelling range"
    if beyond_slack:
        return "levelling it would go beyond its slack"
    return None


def _reason(
    bookings: list[list[tuple[int, int, int]]], demands, base: int, t: int, blocked=()
) -> tuple[int | None, int | None]:
    """The resource and the task it was busy on that kept a task from `base` to `t`: of the
    bookings on its resources overlapping the wait, the one that ends last (at `t`, mostly); with
    none, the person was not working (their own calendar)."""
    best: tuple[int, int] | None = None  # (end, -start)
    found: tuple[int | None, int | None] = (None, None)
    for r, _q in demands:
        for s, e, node in bookings[r]:
            if s < t and e > base and (best is None or (e, -s) > best):
                best, found = (e, -s), (r, node)
    if found[0] is None and demands:  # nobody else booked: a person's own calendar (a vacation)
        off = [r for r, _q in demands if r in blocked] or [demands[0][0]]
        return off[0], None
    if found[0] is None and demands:  # nobody else booked: a person's own calendar (a vacation)
        off = [r for r, _q in demands if r in blocked] or [demands[0][0]]
        return off[0], None
    return found
