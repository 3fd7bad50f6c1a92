"""What the Dashboard's Overview costs on a large plan: one `assess` of the status (every rating,
the key figures and the lists), which the Overview runs a moment after the last edit while shown.

    python benchmarks/bench_dashboard.py [--tasks 10000] [--runs 5]

The plan is bench_evm's: a resource on every leaf, a baseline at its start, progress to a
status date 60 days in, plus 200 defects and a gate checklist of 40 items. Each line is wall
and this thread's CPU time in seconds; the last is the median of the runs. The Overview is
worked out only while it is shown and never inside an edit, so the 50 ms edit budget does not
apply; the figure to watch is that it stays well under the 200 ms a tab refresh is given.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date, timedelta

from bench_evm import costed

from planner.core.edits.baseline_edits import save_baseline
from planner.core.edits.edit import apply_edit
from planner.core.edits.tracking_edits import mark_on_track
from planner.core.quality.entities import Checklist, ChecklistItem, Defect, Severity
from planner.core.schedule.engine import schedule
from planner.core.status.assess import assess


def with_registers(tasks: int):
    project = costed(tasks)
    apply_edit(project, save_baseline(schedule(project), 0, project.start))
    project.status_date = project.start + timedelta(days=60)
    apply_edit(project, mark_on_track(project, list(project.tasks)))
    severities = list(Severity)
    project.defects = {i: Defect(i, f"Defect {i}", severity=severities[i % 4]) for i in range(1, 201)}
    gate = max(project.tasks)
    project.checklists = {1: Checklist(1, "Gate", task_id=gate)}
    project.checklist_items = {i: ChecklistItem(i, 1, f"Check {i}") for i in range(1, 41)}
    return project


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    plan = schedule(with_registers(args.tasks))
    walls = []
    print(f"{args.tasks} tasks:")
    for run in range(args.runs):
        began, cpu = time.perf_counter(), time.thread_time()
        found = assess(plan, date.today())
        wall = time.perf_counter() - began
        walls.append(wall)
        print(f"  assess, run {run + 1}: {wall:6.3f} s wall  {time.thread_time() - cpu:6.3f} s CPU"
              f"  (overall {found.overall.rag.value})")  # fmt: skip
    print(f"median {statistics.median(walls):.3f} s, worst {max(walls):.3f} s")


if __name__ == "__main__":
    main()
