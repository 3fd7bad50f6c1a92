"""Gate warnings: what the Gantt's Indicators column and chart pay for them after each edit.

    python benchmarks/bench_gate_warnings.py [--tasks 10000] [--checklists 300] [--items 20]

A generated project gets a checklist on every milestone (up to --checklists), each with
--items items of mixed results. The table and chart compute the warnings once per edit
(and look them up per row while painting), so the figure that matters is one full
`warnings_by_task` pass; the median of 20 runs is printed, wall and CPU.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from generate import generate_project

from planner.core.quality.entities import Checklist, ChecklistItem, CheckResult
from planner.core.quality.gates import warnings_by_task

RESULTS = (CheckResult.PASS, CheckResult.PASS, CheckResult.PASS, CheckResult.OPEN, CheckResult.FAIL)


def add_checklists(project, checklists: int, items: int, rng: random.Random) -> int:
    gates = [t.id for t in project.tasks.values() if t.milestone][:checklists]
    gates += [t for t in project.tasks if t not in gates][: max(0, checklists - len(gates))]
    item_id = 1
    for checklist_id, task_id in enumerate(gates, start=1):
        project.checklists[checklist_id] = Checklist(checklist_id, f"Gate {checklist_id}", task_id=task_id)
        for position in range(1, items + 1):
            item = ChecklistItem(item_id, checklist_id, "x", result=rng.choice(RESULTS), position=position)
            project.checklist_items[item_id] = item
            item_id += 1
    return len(gates)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--checklists", type=int, default=300)
    parser.add_argument("--items", type=int, default=20)
    args = parser.parse_args()
    project = generate_project(args.tasks)
    gates = add_checklists(project, args.checklists, args.items, random.Random(1))
    walls, cpus = [], []
    for _ in range(20):
        began, cpu = time.perf_counter(), time.thread_time()
        found = warnings_by_task(project)
        walls.append((time.perf_counter() - began) * 1000)
        cpus.append((time.thread_time() - cpu) * 1000)
    print(f"{args.tasks} tasks, {gates} checklists x {args.items} items: {len(found)} gates warn")
    print(f"warnings_by_task: median {statistics.median(walls):.2f} ms wall, {statistics.median(cpus):.2f} ms CPU")


if __name__ == "__main__":
    main()
