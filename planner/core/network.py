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

_NO_LAG = Lag()


@dataclass
class Network:
    task_ids: list[int] = field(default_factory=list)
    kinds: list[int] = field(default_factory=list)
    calendars: list[WorkTime] = field(default_factory=list)
    durations: list[int] = field(default_factory=list)
    preds: list[list[Adjacent]] = field(default_factory=list)
    edge_links: list[int] = field(default_factory=list)  # link id, or STRUCTURAL
    edge_lags: list[Lag] = field(default_factory=list)
    order: list[int] = field(default_factory=list)  # topological
    leaf: dict[int, int] = field(default_factory=dict)  # task id -> node
    gate: dict[int, int] = field(default_factory=dict)  # summary task id -> gate node
    rollup: dict[int, int] = field(default_factory=dict)  # summary task id -> rollup node
    warnings: list[str] = field(default_factory=list)
    single_calendar: bool = True  # every node on the project calendar
    _succs: list[list[Adjacent]] | None = field(default=None, repr=False)

    @property
    def succs(self) -> list[list[Adjacent]]:
        """Per node, its outgoing edges (other node = the destination). Built when first asked
        for: the passes walk `preds` only, so a plain reschedule never pays for it."""
        if self._succs is None:
            succs: list[list[Adjacent]] = [[] for _ in self.preds]
            for dst, entries in enumerate(self.preds):
                for src, src_finish, dst_finish, lag, edge in entries:
                    succs[src].append((dst, src_finish, dst_finish, lag, edge))
            self._succs = succs
        return self._succs

    def start_node(self, task_id: int) -> int:
        """The node whose start is the task's start (for incoming links)."""
        return self.gate.get(task_id, self.leaf.get(task_id, -1))

    def end_node(self, task_id: int) -> int:
        """The node that carries the task's dates and outgoing links."""
        return self.rollup.get(task_id, self.leaf.get(task_id, -1))

    def _add_edge(
        self, src: int, dst: int, points: tuple[bool, bool], lag: Lag, link_id: int, project_calendar: WorkTime
    ) -> None:
        edge = len(self.edge_links)
        self.edge_links.append(link_id)
        self.edge_lags.append(lag)
        src_finish, dst_finish = points
        calendar = self.calendars[src]
        fast = None
        if calendar is self.calendars[dst]:
            if lag.amount == 0:
                fast = 0
            elif lag.unit == "m" and calendar is project_calendar:
                fast = int(lag.amount)
        self.preds[dst].append((src, src_finish, dst_finish, fast, edge))


def task_label(task: Task) -> str:
    return f"{task.id} '{task.name}'"


def build_network(project: Project, calendars: dict[int, WorkTime], outline: Outline) -> Network:
    """Turn the project into nodes and edges in topological order; refuse loops.

    This runs on every reschedule of projects of 100,000 tasks, so its loops are inlined.
    """
    net = Network()
    project_calendar = calendars[project.calendar_id]
    tasks, children = project.tasks, outline.children
    task_ids, kinds, node_calendars, durations = net.task_ids, net.kinds, net.calendars, net.durations
    leaf, gate, rollup = net.leaf, net.gate, net.rollup
    start_of: dict[int, int] = {}  # task id -> node its incoming links reach
    end_of: dict[int, int] = {}  # task id -> node its outgoing links leave
    for task_id in outline.rows():
        task = tasks[task_id]
        calendar = project_calendar
        if task.calendar_id is not None and task.calendar_id != project.calendar_id:
            calendar = calendars.get(task.calendar_id, project_calendar)
            net.single_calendar = net.single_calendar and calendar is project_calendar
        node = len(task_ids)
        start_of[task_id] = node
        if children.get(task_id):
            gate[task_id] = node
            rollup[task_id] = end_of[task_id] = node + 1
            task_ids += (task_id, task_id)
            kinds += (GATE, ROLLUP)
            node_calendars += (calendar, calendar)
            durations += (0, 0)
        else:
            leaf[task_id] = end_of[task_id] = node
            task_ids.append(task_id)
            kinds.append(LEAF)
            node_calendars.append(calendar)
            duration = task.duration
            durations.append(0 if duration.elapsed else duration.minutes)
    size = len(task_ids)
    net.preds = preds = [[] for _ in range(size)]
    edge_links, edge_lags = net.edge_links, net.edge_lags
    single = net.single_calendar
    for task_id, owner in outline.parent.items():
        if owner is None:
            continue
        top, first, last, bottom = gate[owner], start_of[task_id], end_of[task_id], rollup[owner]
        if single:
            edge = len(edge_links)
            edge_links += (STRUCTURAL, STRUCTURAL)
            edge_lags += (_NO_LAG, _NO_LAG)
            preds[first].append((top, True, False, 0, edge))
            preds[bottom].append((last, True, True, 0, edge + 1))
        else:
            net._add_edge(top, first, (True, False), _NO_LAG, STRUCTURAL, project_calendar)
            net._add_edge(last, bottom, (True, True), _NO_LAG, STRUCTURAL, project_calendar)
    links = project.links
    for link_id in sorted(links):
        link = links[link_id]
        src, dst = end_of.get(link.predecessor_id), start_of.get(link.successor_id)
        if src is None or dst is None or link.predecessor_id == link.successor_id:
            net.warnings.append(f"link {link.id} ignored: it does not join two different tasks")
            continue
        points = LINK_POINTS[link.type]
        src_finish, dst_finish = points
        if dst_finish and kinds[dst] == GATE:
            net.warnings.append(
                f"link {link.id} ignored: a summary task ({task_label(tasks[link.successor_id])}) cannot be the "
                f"successor of a {LinkType(link.type).value} link; only FS and SS links may end on a summary"
            )
            continue
        lag = link.lag
        amount = lag.amount
        if amount and lag.unit == "%":
            pred = tasks[link.predecessor_id].duration
            lag = Lag(round(pred.minutes * amount / 100), "em" if pred.elapsed else "m")
            amount = lag.amount
        if single:
            if not amount:
                fast = 0
            elif lag.unit == "m":
                fast = int(amount)
            else:
                fast = None
            edge = len(edge_links)
            edge_links.append(link_id)
            edge_lags.append(lag)
            preds[dst].append((src, src_finish, dst_finish, fast, edge))
        else:
            net._add_edge(src, dst, points, lag, link_id, project_calendar)
    net.order = _topological_order(net, project)
    return net


def _topological_order(net: Network, project: Project) -> list[int]:
    """Every node after its predecessors: a depth-first walk of `preds` (no successor lists
    needed), from the nodes in WBS order, so unlinked tasks keep their table order."""
    preds = net.preds
    state = bytearray(len(preds))  # 0 unseen, 1 on the current path, 2 placed
    order: list[int] = []
    append = order.append
    for root in range(len(preds)):
        if state[root]:
            continue
        state[root] = 1
        path, cursor = [root], [0]
        while path:
            node = path[-1]
            entries = preds[node]
            index, count = cursor[-1], len(entries)
            while index < count:
                src = entries[index][0]
                index += 1
                if not state[src]:
                    break
                if state[src] == 1:
                    _raise_cycle(net, project, set(path))
            else:
                state[node] = 2
                append(node)
                path.pop()
                cursor.pop()
                continue
            cursor[-1] = index
            state[src] = 1
            path.append(src)
            cursor.append(0)
    return order


def _raise_cycle(net: Network, project: Project, stuck: set[int]) -> None:
    """Name the tasks of one loop, in link order, for a message a PM can act on."""
    graph = {n: [e[0] for e in net.preds[n] if e[0] in stuck] for n in stuck}
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as error:
        nodes = error.args[1]  # each node an immediate predecessor of the next: link order already
    else:  # pragma: no cover - Kahn and graphlib disagree only on a bug
        nodes = sorted(stuck)
    ids: list[int] = []
    for node in nodes:
        task_id = net.task_ids[node]
        if not ids or ids[-1] != task_id:
            ids.append(task_id)
    if len(ids) > 1 and ids[0] == ids[-1]:
        ids.pop()
    start = ids.index(min(ids))
    ids = ids[start:] + ids[:start]
    names = " -> ".join(task_label(project.tasks[i]) for i in [*ids, ids[0]])
    raise CycleError(f"these links form a loop: {names}", ids)
