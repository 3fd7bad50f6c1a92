"""Figures for baselines and earned value on a large plan: what Set Baseline, the KPI strip and the
S-curve cost after an edit.

    python benchmarks/bench_evm.py [--tasks 10000]

The plan gets a resource on every leaf (so tasks have costs), a baseline saved at its start,
then progress to a status date 60 days in. Each figure is core work, wall and this thread's
CPU time in seconds: saving baseline 0 for every task, earned value of every task at the
status date (what the KPI strip and the EV columns read, including the cost part's figures),
the earned schedule, and the S-curve, cash-flow and burn-rate series. The Budget tab's budget
of 200 ms per refresh (issue 11) covers the tab as a whole.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import timedelta

from generate import generate_project

from planner.core.edits.baseline_edits import save_baseline
from planner.core.edits.edit import apply_edit
from planner.core.edits.tracking_edits import mark_on_track
from planner.core.evm.curves import burn_rate, curves, monthly_cash_flow
from planner.core.evm.earned_schedule import earned_schedule
from planner.core.evm.earned_value import EarnedValue
from planner.core.model.entities import Assignment, Resource
from planner.core.schedule.engine import schedule


def timed(what: str, call: Callable[[], object]) -> object:
    began, cpu = time.perf_counter(), time.thread_time()
    result = call()
    print(f"  {what:<52} {time.perf_counter() - began:6.3f} s wall  {time.thread_time() - cpu:6.3f} s CPU")
    return result


def costed(tasks: int):
    project = generate_project(tasks)
    project.resources[1] = Resource(1, "Team", standard_rate=90.0)
    parents = {t.parent_id for t in project.tasks.values()}
    for number, task in enumerate(t for t in project.tasks.values() if t.id not in parents):
        project.assignments[number + 1] = Assignment(number + 1, task.id, 1, work_minutes=task.duration.minutes)
    return project


def measure(tasks: int) -> None:
    project = costed(tasks)
    plan = schedule(project)
    print(f"{tasks} tasks:")
    edit = timed("Set Baseline (build the edit, every task)", lambda: save_baseline(plan, 0, project.start))
    apply_edit(project, edit)
    project.status_date = project.start + timedelta(days=60)
    apply_edit(project, mark_on_track(project, list(project.tasks)))
    current = schedule(project)
    value = timed("earned value of every task at the status date", lambda: EarnedValue(current, project.status_date))
    timed("project figures (the KPI strip)", value.total)
    found = timed("earned schedule (ES, SPI(t), forecast finish)", lambda: earned_schedule(value))
    timed("S-curve series (weekly PV, EV, AC)", lambda: curves(value))
    timed("monthly cash flow", lambda: monthly_cash_flow(value))
    timed("burn rate", lambda: burn_rate(value))
    total = value.total()
    print(f"  (SPI {total.spi:.3f}, CPI {total.cpi:.3f}, SPI(t) {found.spi_t:.3f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, nargs="+", default=[10_000])
    for tasks in parser.parse_args().tasks:
        measure(tasks)


if __name__ == "__main__":
    main()
