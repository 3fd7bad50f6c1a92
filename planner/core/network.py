"""The precedence network the scheduler walks: tasks and links as integer arrays.

A leaf task is one node. A summary task is two: a *gate* (a point that its
incoming links push and that every child must follow) and a *rollup* (which
spans its children and carries its outgoing links). Every constraint between
nodes is an edge "point of dst >= point of src + lag", with points S or F.
"""

from __future__ import annotations

import graphlib
from dataclasses import dataclass, field

from planner.core.duration import Lag
from planner.core.errors import CycleError
from planner.core.model import LinkType, Project, Task
from planner.core.wbs import Outline
from planner.core.worktime import WorkTime

LEAF, GATE, ROLLUP = 0, 1, 2
STRUCTURAL = -1  # edge id of gate->child and child->rollup edges

# (source point is the finish, destination point is the finish)
LINK_POINTS = {
    LinkType.FS: (True, False),
    LinkType.SS: (False, False),
    LinkType.FF: (True, True),
    LinkType.SF: (False, True),
}

# One adjacency entry: (other node, src point is F, dst point is F, lag in work minutes
# when both ends and the lag share one calendar, else None, edge index).
Adjacent = tuple[int, bool, bool, "int | None", int]


@dataclass
class Network:
    task_ids: list[int] = field(default_factory=list)
    kinds: list[int] = field(default_factory=list)
    calendars: list[WorkTime] = field(default_factory=list)
    durations: list[int] = field(default_factory=list)
    preds: list[list[Adjacent]] = field(default_factory=list)
    succs: list[list[Adjacent]] = field(default_factory=list)
    edge_links: list[int] = field(default_factory=list)  # link id, or STRUCTURAL
    edge_lags: list[Lag] = field(default_factory=list)
    order: list[int] = field(default_factory=list)  # topological
    leaf: dict[int, int] = field(default_factory=dict)  # task id -> node
    gate: dict[int, int] = field(default_factory=dict)  # summary task id -> gate node
    rollup: dict[int, int] = field(default_factory=dict)  # summary task id -> rollup node
    warnings: list[str] = field(default_factory=list)

    def start_node(self, task_id: int) -> int:
        """The node whose start is the task's start (for incoming links)."""
        return self.gate.get(task_id, self.leaf.get(task_id, -1))

    def end_node(self, task_id: int) -> int:
        """The node that carries the task's dates and outgoing links."""
        return self.rollup.get(task_id, self.leaf.get(task_id, -1))

    def _add_node(self, task_id: int, kind: int, calendar: WorkTime, duration: int) -> int:
        self.task_ids.append(task_id)
        self.kinds.append(kind)
        self.calendars.append(calendar)
        self.durations.append(duration)
        self.preds.append([])
        self.succs.append([])
        return len(self.task_ids) - 1

    def _add_edge(self, src: int, dst: int, points: tuple[bool, bool], lag: Lag, link_id: int, project_calendar: WorkTime) -> None:
        edge = len(self.edge_links)
        self.edge_links.append(link_id)
        self.edge_lags.append(lag)
        same = self.calendars[src] is self.calendars[dst]
        fast = None
        if lag.is_zero and same:
            fast = 0
        elif lag.unit == "m" and same and self.calendars[src] is project_calendar:
            fast = int(lag.amount)
        src_finish, dst_finish = points
        self.preds[dst].append((src, src_finish, dst_finish, fast, edge))
        self.succs[src].append((dst, src_finish, dst_finish, fast, edge))


def task_label(task: Task) -> str:
    return f"{task.id} '{task.name}'"


def build_network(project: Project, calendars: dict[int, WorkTime], outline: Outline) -> Network:
    """Turn the project into nodes and edges in topological order; refuse loops."""
    net = Network()
    project_calendar = calendars[project.calendar_id]
    structural = Lag()
    for task_id in outline.rows():
        task = project.tasks[task_id]
        calendar = calendars.get(task.calendar_id or project.calendar_id, project_calendar)
        if outline.is_summary(task_id):
            net.gate[task_id] = net._add_node(task_id, GATE, calendar, 0)
            net.rollup[task_id] = net._add_node(task_id, ROLLUP, calendar, 0)
        else:
            minutes = task.duration.minutes
            net.leaf[task_id] = net._add_node(task_id, LEAF, calendar, 0 if task.duration.elapsed else minutes)
    for task_id, owner in outline.parent.items():
        if owner is None:
            continue
        net._add_edge(net.gate[owner], net.start_node(task_id), (True, False), structural, STRUCTURAL, project_calendar)
        net._add_edge(net.end_node(task_id), net.rollup[owner], (True, True), structural, STRUCTURAL, project_calendar)
    for link in sorted(project.links.values(), key=lambda k: k.id):
        _add_link(net, project, link, outline, project_calendar)
    net.order = _topological_order(net, project)
    return net


def _add_link(net: Network, project: Project, link, outline: Outline, project_calendar: WorkTime) -> None:
    tasks = project.tasks
    pred, succ = tasks.get(link.predecessor_id), tasks.get(link.successor_id)
    if pred is None or succ is None or pred is succ:
        net.warnings.append(f"link {link.id} ignored: it does not join two different tasks")
        return
    points = LINK_POINTS[LinkType(link.type)]
    if outline.is_summary(succ.id) and points[1]:
        net.warnings.append(
            f"link {link.id} ignored: a summary task ({task_label(succ)}) cannot be the successor of a "
            f"{link.type.value} link; only FS and SS links may end on a summary"
        )
        return
    lag = link.lag
    if lag.unit == "%":
        lag = Lag(round(pred.duration.minutes * lag.amount / 100), "em" if pred.duration.elapsed else "m")
    net._add_edge(net.end_node(pred.id), net.start_node(succ.id), points, lag, link.id, project_calendar)


def _topological_order(net: Network, project: Project) -> list[int]:
    indegree = [len(p) for p in net.preds]
    ready = [n for n, degree in enumerate(indegree) if degree == 0]
    ready.reverse()
    order: list[int] = []
    succs = net.succs
    while ready:
        node = ready.pop()
        order.append(node)
        for entry in succs[node]:
            dst = entry[0]
            indegree[dst] -= 1
            if indegree[dst] == 0:
                ready.append(dst)
    if len(order) < len(net.task_ids):
        _raise_cycle(net, project, {n for n, degree in enumerate(indegree) if degree > 0})
    return order


def _raise_cycle(net: Network, project: Project, stuck: set[int]) -> None:
    """Name the tasks of one loop, in link order, for a message a PM can act on."""
    graph = {n: [e[0] for e in net.preds[n] if e[0] in stuck] for n in stuck}
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as error:
        nodes = error.args[1]
    else:  # pragma: no cover - Kahn and graphlib disagree only on a bug
        nodes = sorted(stuck)
    ids: list[int] = []
    for node in nodes:
        task_id = net.task_ids[node]
        if not ids or ids[-1] != task_id:
            ids.append(task_id)
    if len(ids) > 1 and ids[0] == ids[-1]:
        ids.pop()
    ids.reverse()  # graphlib walks predecessors; show the loop in link direction
    ids = ids[ids.index(min(ids)):] + ids[: ids.index(min(ids))]
    names = " -> ".join(task_label(project.tasks[i]) for i in ids + ids[:1])
    raise CycleError(f"these links form a loop: {names}", ids)
