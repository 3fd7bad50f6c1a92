"""The yardstick of the engine budget: a bare pure-Python forward pass over a project's links.

No calendars, rules, summaries or backward pass: every task in an order where predecessors
come first, its early start the latest early finish of its predecessors plus the lag (FS
only, lags in minutes), over plain lists grouped by successor. DESIGN.md's budget is the
engine's time as a multiple of this one, measured in the same run on the same machine.
"""

from __future__ import annotations

import time
from graphlib import TopologicalSorter

from planner.core.model.entities import Project


def bare_inputs(project: Project) -> tuple[list[int], list[int], list[int], list[int], list[int]]:
    """(order, durations, first, sources, lags): tasks numbered 0..n-1 in a topological order,
    their incoming links at first[n] to first[n + 1] - 1 of `sources` and `lags`."""
    index = {task_id: number for number, task_id in enumerate(project.tasks)}
    incoming: list[list[tuple[int, int]]] = [[] for _ in index]
    for link in project.links.values():
        incoming[index[link.successor_id]].append((index[link.predecessor_id], int(link.lag.amount)))
    graph = {node: [src for src, _ in edges] for node, edges in enumerate(incoming)}
    order = list(TopologicalSorter(graph).static_order())
    first, sources, lags = [0], [], []
    for edges in incoming:
        sources.extend(src for src, _ in edges)
        lags.extend(lag for _, lag in edges)
        first.append(len(sources))
    durations = [task.duration.minutes for task in project.tasks.values()]
    return order, durations, first, sources, lags


def bare_pass(order: list[int], durations: list[int], first: list[int], sources: list[int], lags: list[int]) -> float:
    """Seconds for one forward pass; the early finishes are computed and thrown away."""
    began = time.perf_counter()
    ef = [0] * len(durations)
    for node in order:
        best = 0
        for edge in range(first[node], first[node + 1]):
            value = ef[sources[edge]] + lags[edge]
            if value > best:
                best = value
        ef[node] = best + durations[node]
    return time.perf_counter() - began
