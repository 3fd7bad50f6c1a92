"""Workload on 10,000 tasks and 200 resources: time-phased work, over-allocations, the report.

    python benchmarks/bench_usage.py [--tasks 10000] [--people 200] [--runs 3]

Times, best of --runs, on a generated project with a team (workload_team.py):
- building the usage (every assignment placed on its resource's calendar),
- work and capacity by day over the whole project for every resource,
- over-allocations by day of every resource, and the flags of the task table,
- the whole `planner resources` report (usage, summaries with cost and peaks).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from planner.core.resources.overallocation import overallocated_tasks
from planner.core.resources.periods import Granularity
from planner.core.resources.summary import resource_summaries
from planner.core.resources.usage import Usage, period_instants
from planner.core.schedule.engine import schedule

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_project
from workload_team import add_team


def best_of(runs: int, job: Callable[[], object]) -> str:
    """The shortest wall and CPU (this thread's: what the code costs on a shared machine) of `runs` runs."""
    wall = cpu = float("inf")
    for _ in range(runs):
        began, began_cpu = time.perf_counter(), time.thread_time()
        job()
        wall, cpu = min(wall, time.perf_counter() - began), min(cpu, time.thread_time() - began_cpu)
    return f"{wall * 1000:8.1f} ms wall {cpu * 1000:8.1f} ms CPU"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    project = add_team(generate_project(args.tasks), args.people)
    result = schedule(project)
    usage = Usage(result)
    first, last = usage.span
    days = period_instants(first, last, Granularity.DAY)

    def by_day() -> None:
        fresh = Usage(result)
        for rid in project.resources:
            fresh.work(rid, days)
            fresh.capacity(rid, days)

    print(f"{len(project.tasks)} tasks, {len(project.resources)} resources, {len(project.assignments)} assignments,")
    print(f"{len(days) - 1} days from {first} to {last}")
    print(f"usage built:                        {best_of(args.runs, lambda: Usage(result))}")
    print(f"work and capacity by day, everyone: {best_of(args.runs, by_day)}")
    print(f"over-allocations and task flags:    {best_of(args.runs, lambda: overallocated_tasks(Usage(result)))}")
    print(f"planner resources report:           {best_of(args.runs, lambda: resource_summaries(Usage(result)))}")
    flagged = overallocated_tasks(usage)
    print(f"{len(flagged)} tasks flagged over-allocated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
