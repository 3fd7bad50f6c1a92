"""The precedence network the scheduler walks: tasks and links as integer arrays.

A leaf task is one node. A summary task is two: a *gate* (a point that its
incoming links push and that every child must follow) and a *rollup* (which
spans its children and carries its outgoing links). Every constraint between
nodes is an edge "point of dst >= point of src + lag", with points S or F.

The structural edges (gate -> each child's start, each child's end -> rollup) are
kept as `up` and `members`, and the links as `links`, a table of plain lists
(edges.py): the passes read them without an object per edge, and the slow paths
ask `incoming(node)` for all of a node's edges as tuples.

Nodes are numbered in WBS order, a summary's gate at its row and its rollup after
its last subtask, so that every structural edge runs from a lower node to a higher
one; when every link does too (links follow the table, as they mostly do), that
numbering is a topological order and no graph walk is needed (order.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import attrgetter

import numpy as np

from planner.core.errors import SchedulingError
from planner.core.model.entities import Project
from planner.core.model.wbs import Outline
from planner.core.schedule.edges import (
    LINK_POINTS,
    STRUCTURAL,
    EdgeLags,
    LinkTable,
    NodeTable,
    link_table,
    task_label,
)
from planner.core.schedule.order import topological_order
from planner.core.schedule.worktime import WorkTime

LEAF, GATE, ROLLUP = 0, 1, 2

# One adjacency entry: (other node, src point is F, dst point is F, lag in work minutes
# when both ends and the lag share one calendar, else None, edge index).
Adjacent = tuple[int, bool, bool, "int | None", int]

_CALENDAR_ID = attrgetter("calendar_id")


@dataclass
class Network:
    """Nodes (indices into the per-node lists) and the edges between them."""

    task_ids: list[int] = field(default_factory=list)
    kinds: list[int] = field(default_factory=list)
    calendars: list[WorkTime] = field(default_factory=list)
    durations: list[int] = field(default_factory=list)
    links: LinkTable = field(default_factory=LinkTable)  # incoming links, by link id
    up: list[int] = field(default_factory=list)  # per leaf or gate: its summary's gate, or -1
    members: dict[int, list[int]] = field(default_factory=dict)  # rollup -> its children's end nodes
    edge_links: Sequence[int] = field(default_factory=list)  # link id, or STRUCTURAL
    edge_lags: EdgeLags = field(default_factory=EdgeLags)  # per edge: its link's lag
    order: Sequence[int] = field(default_factory=list)  # topological
    leaf: dict[int, int] = field(default_factory=dict)  # task id -> node
    gate: dict[int, int] = field(default_factory=dict)  # summary task id -> gate node
    rollup: dict[int, int] = field(default_factory=dict)  # summary task id -> rollup node
    warnings: list[str] = field(default_factory=list)
    single_calendar: bool = True  # every node on the project calendar

    def owner(self, node: int) -> int | None:
        """The rollup of the summary a node's task belongs to, or None for a top-level task."""
        if self.kinds[node] == ROLLUP:
            node = self.gate[self.task_ids[node]]
        gate = self.up[node]
        return None if gate < 0 else self.rollup[self.task_ids[gate]]

    def incoming(self, node: int) -> list[Adjacent]:
        """Every edge into a node, structural ones first (of two that allow the same date, the
        first drives). A structural edge has no lag, so it is fast when both ends share a calendar."""
        calendars = self.calendars
        if self.kinds[node] == ROLLUP:
            own = calendars[node]
            return [(c, True, True, 0 if calendars[c] is own else None, 0) for c in self.members[node]]
        gate = self.up[node]
        if gate < 0:
            return self.links.entries(node)
        return [(gate, True, False, 0 if calendars[gate] is calendars[node] else None, 0), *self.links.entries(node)]

    def sources(self, node: int) -> list[int]:
        """The nodes with an edge into `node`."""
        if self.kinds[node] == ROLLUP:
            return self.members[node]
        gate = self.up[node]
        first = self.links.first
        sources = self.links.src[first[node] : first[node + 1]]
        return sources if gate < 0 else [gate, *sources]

    def start_node(self, task_id: int) -> int:
        """The node whose start is the task's start (for incoming links)."""
        return self.gate.get(task_id, self.leaf.get(task_id, -1))

    def end_node(self, task_id: int) -> int:
        """The node that carries the task's dates and outgoing links."""
        return self.rollup.get(task_id, self.leaf.get(task_id, -1))


def build_network(
    project: Project,
    calendars: dict[int, WorkTime],
    outline: Outline,
    task_calendars: dict[int, WorkTime] | None = None,
) -> Network:
    """Turn the project into nodes and edges in topological order; refuse loops.

    This runs on every reschedule of projects of 100,000 tasks, where each sweep over the task
    or link objects costs several milliseconds and touching them in random order a cache miss
    each: the outline is walked once, each field read once, and the rest is done on numpy
    columns (edges.py). `task_calendars` are the calendars tasks work on because of their
    resources (assigned_calendars.py), which take the place of the task's own.
    """
    if project.tasks and min(project.tasks) < 0:  # the layout marks rollups with ~id
        raise SchedulingError("task ids must not be negative")
    net = Network()
    rows, net.up, net.members = wbs_layout(outline)
    starts, ends = _add_nodes(net, project, calendars, rows, task_calendars or {})
    calendar_index = None
    if not net.single_calendar:
        calendar_index = np.array(_calendar_index(net.calendars, calendars[project.calendar_id]))
    net.links = links = link_table(project, len(rows), starts, ends, net.rollup, calendar_index, net.warnings)
    net.edge_links, net.edge_lags = links.link_ids, links.lags
    # Structural edges always run forward in the numbering; links mostly do.
    net.order = range(len(rows)) if links.forward else topological_order(net, project)
    return net


def wbs_layout(outline: Outline) -> tuple[list[int], list[int], dict[int, list[int]]]:
    """The nodes in WBS order and the structural edges, in one walk of the outline: per node its
    task id (a leaf's or a summary's gate at its row, a summary's rollup as ~id after its last
    subtask: task ids are database row ids, never negative) and the gate of its summary (-1 for
    a top-level task and for a rollup); per rollup the end nodes of its children."""
    children = outline.children
    get = children.get
    rows: list[int] = []
    up: list[int] = []
    members: dict[int, list[int]] = {}
    stack = children.get(None, [])[::-1]  # rows to come, with the gate of their summary in `owners`
    owners = [-1] * len(stack)
    open_ends: list[list[int]] = []  # per open summary, innermost last: its children's end nodes
    while stack:
        task_id, owner = stack.pop(), owners.pop()
        node = len(rows)
        rows.append(task_id)
        if task_id < 0:  # a rollup closes its summary, and ends it
            up.append(-1)
            members[node] = open_ends.pop()
            if owner >= 0:
                open_ends[-1].append(node)
            continue
        up.append(owner)
        subtasks = get(task_id)
        if subtasks:
            stack.append(~task_id)
            owners.append(owner)
            stack.extend(subtasks[::-1])
            owners.extend([node] * len(subtasks))
            open_ends.append([])
        elif owner >= 0:
            open_ends[-1].append(node)
    return rows, up, members


def _add_nodes(
    net: Network, project: Project, calendars: dict[int, WorkTime], rows: list[int], by_task: dict[int, WorkTime]
) -> tuple[NodeTable, NodeTable]:
    """Per-node task ids, kinds, durations and calendars, and the task id -> node maps; returns
    tables of the node each task's incoming links reach (its leaf or gate) and the node its
    outgoing links leave (its leaf or rollup)."""
    row = np.fromiter(rows, np.int64, len(rows))
    closing = row < 0  # rollups
    ids, nodes = np.where(closing, ~row, row), np.arange(len(rows))
    net.task_ids = task_ids = ids.tolist()
    summaries, rollups = ids[closing], nodes[closing]
    starts = NodeTable(ids[~closing], nodes[~closing])
    gates = starts(summaries)
    kinds = np.full(len(rows), LEAF, np.int64)
    kinds[gates], kinds[rollups] = GATE, ROLLUP
    net.kinds = kinds = kinds.tolist()
    summary_ids = summaries.tolist()
    net.gate = dict(zip(summary_ids, gates.tolist(), strict=True))
    net.rollup = dict(zip(summary_ids, rollups.tolist(), strict=True))
    net.leaf = leaf = dict(zip(task_ids, range(len(rows)), strict=True))
    for task_id in summary_ids:
        del leaf[task_id]
    tasks = project.tasks
    net.durations = [
        0 if kind != LEAF or (duration := tasks[t].duration).elapsed else duration.minutes
        for t, kind in zip(task_ids, kinds, strict=True)
    ]
    net.calendars = _node_calendars(net, project, calendars, by_task)
    return starts, starts.with_nodes(summaries, rollups)


def _node_calendars(
    net: Network, project: Project, calendars: dict[int, WorkTime], by_task: dict[int, WorkTime]
) -> list[WorkTime]:
    """Each node's compiled calendar: the project's unless its task has its own (a task's
    calendar that is not in the project counts as none) or its resources' (`by_task`)."""
    project_calendar = calendars[project.calendar_id]
    size = len(net.task_ids)
    if not by_task:
        if all(calendar is project_calendar for calendar in calendars.values()):
            return [project_calendar] * size  # without a look at the tasks: they can use no other
        used = set(map(_CALENDAR_ID, project.tasks.values())) - {None, project.calendar_id}
        if all(calendars.get(calendar_id, project_calendar) is project_calendar for calendar_id in used):
            return [project_calendar] * size
    net.single_calendar = False
    own = {
        task_id: calendars.get(task.calendar_id, project_calendar)
        for task_id, task in project.tasks.items()
        if task.calendar_id is not None and task.calendar_id != project.calendar_id
    }
    own.update(by_task)
    return [own.get(task_id, project_calendar) for task_id in net.task_ids]


def _calendar_index(calendars: list[WorkTime], project_calendar: WorkTime) -> list[int]:
    """Per node, a small number that is the same for nodes on the same calendar, 0 for the project's."""
    numbers = {id(project_calendar): 0}
    return [numbers.setdefault(id(calendar), len(numbers)) for calendar in calendars]


__all__ = ["GATE", "LEAF", "LINK_POINTS", "ROLLUP", "STRUCTURAL", "Network", "build_network", "task_label"]
