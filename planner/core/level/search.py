"""Looking for a short schedule: priority rules, forward-backward improvement and a genetic
algorithm on activity lists (Hartmann 1998, with the justification of Valls et al. 2005).

Why this and not a solver: on PSPLIB (benchmarks/bench_level.py) it comes within the budget
figures in pure Python, and a constraint solver (OR-Tools CP-SAT) would add about 80 MB to the
installer. Every candidate is an activity list decoded by the serial scheme (sgs.py); each
decoded schedule is right- then left-justified, and the list is replaced by the order of the
improved schedule's starts (the child learns from its improvement).
"""

from __future__ import annotations

import heapq
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from planner.core.level.problem import Problem, reversed_problem, topological
from planner.core.level.sgs import Profile, makespan, serial

MUTATION = 0.05
SHIFT = 0.5
Progress = Callable[[int, int], bool]  # (schedules done, budget) -> keep going


@dataclass
class Solution:
    start: list[int]
    makespan: int
    schedules: int  # schedules decoded (each justification counts two)
    lower_bound: int


def critical_path(problem: Problem) -> tuple[list[int], list[int]]:
    """Early starts and late finishes without resources (latest finish = the early makespan)."""
    order = topological(problem)
    es = [0] * problem.size
    dur, preds, release = problem.durations, problem.predecessors, problem.release
    for j in order:
        es[j] = max([release[j], *(es[i] + off for i, off in preds[j])])
    horizon = makespan(problem, es)
    lf = [horizon] * problem.size
    for j in reversed(order):
        for i, off in preds[j]:
            lf[i] = min(lf[i], lf[j] - dur[j] - off + dur[i])
    return es, lf


def lower_bound(problem: Problem) -> int:
    """No schedule is shorter: the critical path, and each resource's total work over its capacity."""
    es, _ = critical_path(problem)
    bound = makespan(problem, es)
    for r, cap in enumerate(problem.capacities):
        work = sum(d * q for d, dem in zip(problem.durations, problem.demands, strict=True) for rr, q in dem if rr == r)
        if cap > 0:
            bound = max(bound, -(-work // cap))
    return bound


def priority_order(problem: Problem, keys: Sequence[tuple]) -> list[int]:
    """A precedence-feasible list taking, of the activities whose predecessors are all listed, the
    one with the smallest key (latest finish, or a task's priority then its ID)."""

    succ = problem.successors()
    waiting = [len(edges) for edges in problem.predecessors]
    heap = [(keys[j], j) for j, w in enumerate(waiting) if w == 0]
    heapq.heapify(heap)
    order: list[int] = []
    while heap:
        _, j = heapq.heappop(heap)
        order.append(j)
        for s, _off in succ[j]:
            waiting[s] -= 1
            if waiting[s] == 0:
                heapq.heappush(heap, (keys[s], s))
    if len(order) != problem.size:
        raise ValueError("the precedence network has a cycle")
    return order


class _Search:
    """One optimisation run's fixed parts: the problem both ways, ranks, predecessor sets."""

    def __init__(self, problem: Problem, rng: random.Random) -> None:
        self.problem, self.rng = problem, rng
        self.back = reversed_problem(problem)
        self.rank = {j: k for k, j in enumerate(topological(problem))}
        self.pred_sets = [frozenset(i for i, _ in edges) for edges in problem.predecessors]
        self.succ = problem.successors()
        _, self.lf = critical_path(problem)
        horizon = sum(problem.durations) + max(problem.release, default=0) + 1
        self.ahead, self.behind = Profile(problem, horizon), Profile(self.back, horizon)
        self.schedules = 0
        dur = problem.durations
        self.sortable = all(
            off >= 0 and off + dur[j] >= dur[i] for j, edges in enumerate(problem.predecessors) for i, off in edges
        )

    def _serial(self, problem: Problem, profile: Profile, order: Sequence[int]) -> list[int]:
        profile.clear()
        return serial(problem, order, profile)

    def decode(self, order: Sequence[int]) -> tuple[list[int], list[int], int]:
        """The list's schedule, right- then left-justified: (the improved list, starts, makespan)."""
        p, dur, rank = self.problem, self.problem.durations, self.rank
        start = self._serial(p, self.ahead, order)
        span = makespan(p, start)
        finish = [s + d for s, d in zip(start, dur, strict=True)]
        back_order = self._ordered([(-finish[j], -rank[j]) for j in range(p.size)], self.back)
        back = self._serial(self.back, self.behind, back_order)
        end = makespan(self.back, back)
        right = [end - b - d for b, d in zip(back, dur, strict=True)]
        forward_order = self._ordered([(right[j], rank[j]) for j in range(p.size)], p)
        improved = self._serial(p, self.ahead, forward_order)
        self.schedules += 3
        improved_span = makespan(p, improved)
        if improved_span <= span:
            return forward_order, improved, improved_span
        return list(order), start, span

    def _ordered(self, keys: list[tuple[int, int]], problem: Problem) -> list[int]:
        """The activities by `keys`, which is precedence-feasible by itself when every offset
        runs forward in both directions (finish-to-start links); else through a heap."""
        if self.sortable:
            return sorted(range(problem.size), key=keys.__getitem__)
        return priority_order(problem, keys)

    def sampled(self) -> list[int]:
        """A list drawn by regret-based biased random sampling on latest finish times."""
        p, lf, rng = self.problem, self.lf, self.rng
        waiting = [len(e) for e in p.predecessors]
        eligible = [j for j, w in enumerate(waiting) if w == 0]
        order: list[int] = []
        while eligible:
            worst = max(lf[j] for j in eligible)
            weights = [(worst - lf[j] + 1) ** 2 for j in eligible]
            k = rng.choices(range(len(eligible)), weights)[0]
            j = eligible.pop(k)
            order.append(j)
            for s, _ in self.succ[j]:
                waiting[s] -= 1
                if waiting[s] == 0:
                    eligible.append(s)
        return order

    def crossover(self, mother: list[int], father: list[int]) -> list[int]:
        """Hartmann's two-point crossover: the mother's head, then the father's middle, then the
        mother's rest, each keeping its parent's relative order (so precedence holds)."""
        n = len(mother)
        q1 = self.rng.randrange(n)
        q2 = self.rng.randrange(q1, n + 1)
        child = mother[:q1]
        taken = set(child)
        for j in father:
            if len(child) >= q2:
                break
            if j not in taken:
                child.append(j)
                taken.add(j)
        child.extend(j for j in mother if j not in taken)
        return child

    def shift(self, order: list[int]) -> None:
        """Move one random activity to a random place between its last predecessor and its first
        successor in the list (a larger step than swapping neighbours)."""
        rng = self.rng
        k = rng.randrange(len(order))
        j = order.pop(k)
        preds = self.pred_sets[j]
        succs = {s for s, _ in self.succ[j]}
        lo = 0
        hi = len(order)
        for pos, a in enumerate(order):
            if a in preds:
                lo = pos + 1
            elif a in succs:
                hi = pos
                break
        order.insert(rng.randint(lo, max(lo, hi)), j)

    def mutate(self, order: list[int], rate: float) -> None:
        """Swap neighbours that are not linked, each pair with probability `rate`."""
        rng, preds = self.rng, self.pred_sets
        for k in range(len(order) - 1):
            if rng.random() < rate and order[k] not in preds[order[k + 1]]:
                order[k], order[k + 1] = order[k + 1], order[k]


def solve(
    problem: Problem,
    schedules: int = 5000,
    seconds: float | None = None,
    seed: int = 1,
    population: int = 20,
    patience: int = 10,
    progress: Progress | None = None,
) -> Solution:
    """A short schedule found within `schedules` decoded schedules (or `seconds`), stopping early
    at the lower bound. Deterministic for a given seed.

    The search runs in epochs: a population drawn afresh, bred until its best has not improved
    for `patience` generations. PSPLIB instances have deep basins that one population does not
    leave (J30 j3021_1: one seed in five gets from 89 to the optimum 84 in one long run);
    fresh epochs reach it far more often for the same number of schedules."""
    overloaded = problem.overloaded()
    if overloaded:
        raise ValueError(f"activity {overloaded[0]} alone needs more of a resource than there is: no schedule fits")
    search = _Search(problem, random.Random(seed))
    bound = lower_bound(problem)
    began = time.perf_counter()
    first = search.decode(priority_order(problem, [(search.lf[j], j) for j in range(problem.size)]))
    best = first

    def done() -> bool:
        if best[2] <= bound or search.schedules >= schedules:
            return True
        if seconds is not None and time.perf_counter() - began > seconds:
            return True
        return progress is not None and not progress(search.schedules, schedules)

    while not done():
        pool = [best]
        while len(pool) < population and not done():
            pool.append(search.decode(search.sampled()))
        pool = _survivors(pool, population)
        stale = 0
        while stale < patience and not done():
            pool = _survivors(pool + _generation(search, pool), population)
            stale = 0 if pool[0][2] < best[2] else stale + 1
            best = min(best, pool[0], key=lambda item: item[2])
    return Solution(best[1], best[2], search.schedules, bound)


def _generation(search: _Search, pool: list) -> list:
    """Two children of each random pair of the pool, crossed, mutated and decoded."""
    children = []
    parents = [item[0] for item in pool]
    search.rng.shuffle(parents)
    for k in range(0, len(parents) - 1, 2):
        for a, b in ((parents[k], parents[k + 1]), (parents[k + 1], parents[k])):
            child = search.crossover(a, b)
            search.mutate(child, MUTATION)
            if search.rng.random() < SHIFT:
                search.shift(child)
            children.append(search.decode(child))
    return children


def _survivors(pool: list, population: int) -> list:
    """The best `population` distinct schedules (duplicates would crowd out the search)."""
    seen: set = set()
    kept = []
    for item in sorted(pool, key=lambda item: item[2]):
        key = tuple(item[1])
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept[:population]
