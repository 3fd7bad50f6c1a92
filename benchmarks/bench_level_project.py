"""Budget: Level Resources on 10,000 tasks and 200 resources in < 10 s.

    python benchmarks/bench_level_project.py [--tasks 10000] [--people 200] [--runs 1]

A generated project (generate.py) with a team (workload_team.py: one or two assignments per
leaf task, a tenth of the people on Mon-Thu, a quarter at 50% max units). Times, best of
--runs: the leveller alone (`level_project`: the unlevelled schedule, the problem, the serial
placement), then the preview report (two more schedules), then applying the delays and
rescheduling. Prints how many tasks move and the finish before and after, and the tasks the
workload part flags over-allocated (by day) before and after.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from planner.core.edits.edit import apply_edit
from planner.core.edits.levelling_edits import levelling_edit
from planner.core.level.project_level import level_project
from planner.core.level.report import levelling_report
from planner.core.resources.overallocation import overallocated_tasks
from planner.core.resources.usage import Usage
from planner.core.schedule.engine import schedule

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_project
from workload_team import add_team


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args(argv)
    project = add_team(generate_project(args.tasks), args.people)
    print(f"{len(project.tasks)} tasks, {len(project.resources)} resources, {len(project.assignments)} assignments")
    flagged_before = len(overallocated_tasks(Usage(schedule(project))))
    best, levelling = float("inf"), None
    for _ in range(args.runs):
        began = time.perf_counter()
        levelling = level_project(project)
        best = min(best, time.perf_counter() - began)
    began = time.perf_counter()
    report = levelling_report(project, levelling)
    preview = time.perf_counter() - began
    began = time.perf_counter()
    apply_edit(project, levelling_edit(project, levelling))
    after = schedule(project)
    applied = time.perf_counter() - began
    flagged_after = len(overallocated_tasks(Usage(after)))
    print(f"level_project:            {best:6.2f} s  (budget < 10 s)")
    print(f"preview report:           {preview:6.2f} s")
    print(f"apply and reschedule:     {applied:6.2f} s")
    print(f"{len(levelling.moves)} tasks delayed, {len(levelling.unresolved)} left (fixed or over max units)")
    print(f"finish {report.finish_before:%Y-%m-%d} -> {report.finish_after:%Y-%m-%d}")
    print(f"tasks flagged over-allocated by day: {flagged_before} before, {flagged_after} after")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
