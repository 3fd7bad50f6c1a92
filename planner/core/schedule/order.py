"""A topological order of the network, for projects whose links do not all follow the table,
and the message that names a loop of links."""

from __future__ import annotations

import graphlib
from typing import TYPE_CHECKING

from planner.core.errors import CycleError
from planner.core.model.wbs import Outline

if TYPE_CHECKING:
    from planner.core.model.entities import Project
    from planner.core.schedule.network import Network


def topological_order(net: Network, project: Project) -> list[int]:
    """Every node after its predecessors: a depth-first walk of the incoming edges (no
    successor lists needed), from the nodes in WBS order, so unlinked tasks keep their order."""
    sources = net.sources
    state = bytearray(len(net.kinds))  # 0 unseen, 1 on the current path, 2 placed
    order: list[int] = []
    for root in range(len(state)):
        if state[root]:
            continue
        state[root] = 1
        path, pending = [root], [iter(sources(root))]  # the walk, and where each node's sources stand
        while path:
            for src in pending[-1]:
                if not state[src]:
                    state[src] = 1
                    path.append(src)
                    pending.append(iter(sources(src)))
                    break
                if state[src] == 1:
                    _raise_cycle(net, project, set(path))
            else:
                node = path.pop()
                pending.pop()
                state[node] = 2
                order.append(node)
    return order


def _raise_cycle(net: Network, project: Project, stuck: set[int]) -> None:
    """Name the tasks of one loop, in link order, for a message a PM can act on."""
    graph = {n: [src for src in net.sources(n) if src in stuck] for n in stuck}
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
    rows = Outline.of(project).ids  # an error path: the row IDs are worth their walk here
    start = ids.index(min(ids, key=rows.id_of))
    ids = ids[start:] + ids[:start]
    names = " -> ".join(f"{rows.id_of(i)} '{project.tasks[i].name}'" for i in [*ids, ids[0]])
    raise CycleError(f"these links form a loop: {names}", ids)
