"""Loops among an imported sheet's links, found on the link graph alone, all in one linear pass.

Scheduling the project once per loop (to let the engine name it) made a sheet of
5,000 two-task loops take minutes. Loops made of links alone are found here
instead: the strongly connected groups of tasks (Tarjan's algorithm), and in each
group the shortest loop through its earliest row, whose link back to that row is
the one dropped, as before. What is left of the group is searched again. Loops
that pass through the WBS (a link into a summary drives its subtasks) are not
seen here; the scheduler still finds those.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator

from planner.core.model.entities import Link

Successors = dict[int, dict[int, Link]]  # task id -> {successor id: link}


def link_graph(links: Iterable[Link]) -> Successors:
    graph: Successors = {}
    for link in links:
        graph.setdefault(link.predecessor_id, {})[link.successor_id] = link
        graph.setdefault(link.successor_id, {})
    return graph


def strong_groups(graph: Successors, nodes: Iterable[int]) -> Iterator[list[int]]:
    """Tarjan's strongly connected components of `graph` restricted to `nodes`, iteratively (no recursion limit)."""
    members = set(nodes)
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    stack: list[int] = []
    on_stack: set[int] = set()
    for root in members:
        if root in index:
            continue
        work = [(root, iter(graph[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            for succ in successors:
                if succ not in members:
                    continue
                if succ not in index:
                    index[succ] = low[succ] = len(index)
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(graph[succ])))
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    yield group


def shortest_loop(graph: Successors, group: set[int], start: int) -> list[int]:
    """The tasks of the shortest loop from `start` back to it inside `group`, in link order."""
    came_from: dict[int, int] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for succ in graph[node]:
            if succ not in group:
                continue
            if succ == start:
                path = [node]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                return path[::-1]
            if succ not in came_from:
                came_from[succ] = node
                queue.append(succ)
    raise AssertionError("a strongly connected group always has a loop through each of its tasks")


def link_loops(links: Iterable[Link], row_of: Callable[[int], int]) -> Iterator[tuple[list[int], Link]]:
    """Each loop (its tasks in link order, from its earliest row) and the link back to that row that closes it.

    The caller drops each closing link as it comes; the rest of the loop's group is
    then searched for further loops.
    """
    graph = link_graph(links)
    pending = [group for group in strong_groups(graph, graph) if len(group) > 1]
    while pending:
        group = set(pending.pop())
        start = min(group, key=row_of)
        cycle = shortest_loop(graph, group, start)
        closing = graph[cycle[-1]].pop(start)
        yield cycle, closing
        pending.extend(rest for rest in strong_groups(graph, group) if len(rest) > 1)
