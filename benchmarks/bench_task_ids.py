"""Figure: what MS Project's row IDs cost on a 100,000-task project (no budget of their own:
they come out of the outline once per schedule, so they must stay small against the engine).

    python benchmarks/bench_task_ids.py --tasks 100000

Prints, best of --runs, the time to derive the ID map from a built outline, and to
format the Predecessors cells of one screenful (40 rows) and of every task.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from planner.core.edits.predecessors import format_predecessors
from planner.core.model.entities import Link
from planner.core.model.task_ids import TaskIds
from planner.core.model.wbs import Outline

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_project


def best_of(runs: int, job: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        began = time.perf_counter()
        job()
        best = min(best, time.perf_counter() - began)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    project = generate_project(args.tasks)
    outline = Outline.of(project)
    incoming: dict[int, list[Link]] = {}
    for link in project.links.values():
        incoming.setdefault(link.successor_id, []).append(link)
    ids = TaskIds(outline.rows())
    rows = list(outline.rows())

    def cells(uids: list[int]) -> None:
        for uid in uids:
            format_predecessors(incoming.get(uid, []), ids, project.units)

    print(f"{len(project.tasks)} tasks, {len(project.links)} links")
    print(f"outline built: {best_of(args.runs, lambda: Outline.of(project)):.3f} s (for comparison)")
    print(f"Predecessors of one screen (40 rows): {best_of(args.runs, lambda: cells(rows[:40])) * 1000:.3f} ms")
    print(f"Predecessors of every task: {best_of(args.runs, lambda: cells(rows)):.3f} s")
    print(f"ID map from the outline: {best_of(args.runs, lambda: TaskIds(outline.rows())):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
