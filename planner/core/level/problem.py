"""A resource-constrained scheduling problem as plain integer lists.

Activities 0..n-1, each with a duration and its demands on renewable resources; a precedence
edge (i, offset) into j means start[j] >= start[i] + offset (finish-to-start with lag l is
offset = duration[i] + l), so every MS Project link type fits. `release[j]` is the earliest
start its constraints and the project start allow. Time is in grid units: PSPLIB's periods, or a
project's working time divided by a common step (project_level.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

Demand = tuple[int, int]  # (resource index, units)
Edge = tuple[int, int]  # (predecessor activity, offset)


@dataclass
class Problem:
    durations: list[int]
    demands: list[list[Demand]]
    capacities: list[int]
    predecessors: list[list[Edge]]
    release: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.release:
            self.release = [0] * len(self.durations)

    @property
    def size(self) -> int:
        return len(self.durations)

    def successors(self) -> list[list[Edge]]:
        """Per activity, the (successor, offset) edges leaving it."""
        out: list[list[Edge]] = [[] for _ in self.durations]
        for j, edges in enumerate(self.predecessors):
            for i, offset in edges:
                out[i].append((j, offset))
        return out

    def overloaded(self) -> list[int]:
        """The activities that alone ask a resource for more than it has: no schedule fits them."""
        caps = self.capacities
        return [j for j, dem in enumerate(self.demands) if any(q > caps[r] for r, q in dem)]


def reversed_problem(problem: Problem) -> Problem:
    """The same problem with time running backwards, for right-justifying a schedule.

    With start'[j] = M - start[j] - duration[j], an edge start[j] >= start[i] + off becomes
    start'[i] >= start'[j] + off + duration[j] - duration[i]. Releases are dropped: the
    backward pass only shifts activities right, within the forward schedule's makespan.
    """
    dur = problem.durations
    preds: list[list[Edge]] = [[] for _ in dur]
    for j, edges in enumerate(problem.predecessors):
        for i, off in edges:
            preds[i].append((j, off + dur[j] - dur[i]))
    return Problem(dur, problem.demands, problem.capacities, preds)


def topological(problem: Problem) -> list[int]:
    """One precedence-feasible order of the activities (Kahn's algorithm, lowest index first)."""
    succ = problem.successors()
    waiting = [len(edges) for edges in problem.predecessors]
    ready = [j for j, w in enumerate(waiting) if w == 0]
    order: list[int] = []
    while ready:
        j = ready.pop()
        order.append(j)
        for s, _ in succ[j]:
            waiting[s] -= 1
            if waiting[s] == 0:
                ready.append(s)
    if len(order) != problem.size:
        raise ValueError("the precedence network has a cycle")
    return order
