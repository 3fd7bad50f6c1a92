"""The defect log's figures: what the Defects page, the dashboard and a status snapshot pay after each edit.

    python benchmarks/bench_defect_figures.py [--tasks 10000] [--defects 2000] [--weeks 52]

A generated project gets --defects defects found over --weeks weeks, in every severity
and status, dated as the workflow dates them. After an edit of the log the page redraws
its header (`quality_figures`) and its chart's series (`weekly_counts` for open vs
closed, or `ageing`); the median of 20 runs of each is printed, wall and CPU.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date, timedelta

from generate import generate_project

from planner.core.quality.entities import Defect, DefectStatus, Severity
from planner.core.quality.metrics import ageing, quality_figures, weekly_counts

START = date(2027, 1, 4)


def add_defects(project, count: int, weeks: int, rng: random.Random) -> date:
    tasks = list(project.tasks)
    last = START + timedelta(weeks=weeks)
    for defect_id in range(1, count + 1):
        found = START + timedelta(days=rng.randrange(weeks * 7))
        status = rng.choice(list(DefectStatus))
        fixed = closed = None
        if status in (DefectStatus.FIXED, DefectStatus.VERIFIED, DefectStatus.CLOSED):
            fixed = min(last, found + timedelta(days=rng.randrange(30)))
        if status is DefectStatus.CLOSED:
            closed = min(last, fixed + timedelta(days=rng.randrange(7)))
        project.defects[defect_id] = Defect(
            defect_id, f"Defect {defect_id}", severity=rng.choice(list(Severity)), status=status,
            task_id=rng.choice(tasks), found=found, fixed=fixed, closed=closed,
        )  # fmt: skip
    return last


def timed(job) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(20):
        began, cpu = time.perf_counter(), time.thread_time()
        job()
        walls.append((time.perf_counter() - began) * 1000)
        cpus.append((time.thread_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--defects", type=int, default=2_000)
    parser.add_argument("--weeks", type=int, default=52)
    args = parser.parse_args()
    project = generate_project(args.tasks)
    day = add_defects(project, args.defects, args.weeks, random.Random(1))
    print(f"{args.tasks} tasks, {args.defects} defects over {args.weeks} weeks")
    for name, job in (
        ("quality_figures", lambda: quality_figures(project, day)),
        ("weekly_counts", lambda: weekly_counts(project, day)),
        ("ageing", lambda: ageing(project, day)),
    ):
        wall, cpu = timed(job)
        print(f"{name}: median {wall:.2f} ms wall, {cpu:.2f} ms CPU")


if __name__ == "__main__":
    main()
