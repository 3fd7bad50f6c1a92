"""Figures for Record Status on a large plan: what the menu entry and `planner record-status` cost.

    python benchmarks/bench_record_status.py [--tasks 10000]

The plan is bench_evm's: a resource on every leaf, a baseline at its start, progress to a status
date 60 days in, and every tenth leaf made a milestone's predecessor so the snapshot has
milestones to keep. Each figure is core work, wall and this thread's CPU time in seconds:
measuring the snapshot (earned value with the cost part's figures, key dates, milestones, work,
risks, defects), building the edit, applying it, and re-recording at the same date (the replace).
The trend series and one chart over 30 snapshots are timed too, as the Trends page redraws them.
Record Status is a menu action, not a per-edit refresh: it has no budget of its own; the page's
redraw should stay well under the 200 ms a tab refresh is given (issue 11).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from bench_evm import costed

from planner.charts.trend_charts import trend_figure
from planner.core.edits.baseline_edits import save_baseline
from planner.core.edits.edit import apply_edit
from planner.core.edits.tracking_edits import mark_on_track
from planner.core.model.duration import Duration
from planner.core.schedule.engine import schedule
from planner.core.trends.edits import record_status
from planner.core.trends.measure import measure
from planner.core.trends.series import trend_series


def timed(what: str, call: Callable[[], object]) -> object:
    began, cpu = time.perf_counter(), time.thread_time()
    result = call()
    print(f"  {what:<52} {time.perf_counter() - began:6.3f} s wall  {time.thread_time() - cpu:6.3f} s CPU")
    return result


def with_milestones(tasks: int):
    project = costed(tasks)
    parents = {t.parent_id for t in project.tasks.values()}
    for number, task in enumerate(t for t in project.tasks.values() if t.id not in parents):
        if number % 50 == 0 and not any(a.task_id == task.id for a in project.assignments.values()):
            project.tasks[task.id] = replace(task, milestone=True, duration=Duration(0))
    return project


def run(tasks: int) -> None:
    project = with_milestones(tasks)
    apply_edit(project, save_baseline(schedule(project), 0, project.start))
    project.status_date = project.start + timedelta(days=60)
    apply_edit(project, mark_on_track(project, list(project.tasks)))
    current = schedule(project)
    now = datetime(2027, 3, 5, 17, 30)
    print(f"{tasks} tasks, {sum(t.milestone for t in project.tasks.values())} milestones:")
    timed("measure the snapshot", lambda: measure(current, now))
    edit = timed("Record Status (build the edit)", lambda: record_status(current, now))
    timed("apply it", lambda: apply_edit(project, edit))
    again = timed("record again at the same date (replace)", lambda: record_status(current, now))
    apply_edit(project, again)
    snapshot = next(iter(project.snapshots.values()))
    for n in range(2, 31):  # 30 snapshots, as after a year of fortnightly status
        project.snapshots[n] = replace(snapshot, id=n, status_date=snapshot.status_date - timedelta(weeks=2 * n))
    series = timed("trend series of 30 snapshots", lambda: trend_series(project))
    timed("milestone trend chart of 30 snapshots (draw)", lambda: trend_figure("milestones", series).canvas.draw())
    print(f"  (SPI {snapshot.spi}, CPI {snapshot.cpi}, {snapshot.percent_complete}% complete)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, nargs="+", default=[10_000])
    for tasks in parser.parse_args().tasks:
        run(tasks)


if __name__ == "__main__":
    main()
