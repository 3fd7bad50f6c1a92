"""The stakeholder workbook of a large plan: `planner export FILE -o report.xlsx` (issue 13's budget:
10,000 tasks in under 5 s, aim 2 s).

    python benchmarks/bench_workbook.py [--tasks 10000]

The plan is the generator's (WBS depth, link mix), with a resource on every leaf, a baseline
saved at its start, progress to a status date 60 days in, and a milestone every 50 tasks.
Each figure is wall and this thread's CPU time in seconds: building the workbook in memory
(every sheet of sheet_list, so later sheets count too), saving it, and the whole export as the
command line runs it (schedule given). The scheduling itself is not counted.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from generate import generate_project

from planner.core.edits.baseline_edits import save_baseline
from planner.core.edits.edit import apply_edit
from planner.core.edits.tracking_edits import mark_on_track
from planner.core.model.duration import Duration
from planner.core.model.entities import Assignment, Resource
from planner.core.schedule.engine import schedule
from planner.exchange.project_formats import export_project
from planner.exchange.workbook import book as book_module
from planner.exchange.workbook.book import build_workbook

BUDGET_SECONDS = 5.0


def timed(what: str, call: Callable[[], object]) -> tuple[object, float]:
    began, cpu = time.perf_counter(), time.thread_time()
    result = call()
    wall = time.perf_counter() - began
    print(f"  {what:<44} {wall:6.3f} s wall  {time.thread_time() - cpu:6.3f} s CPU")
    return result, wall


def plan(tasks: int):
    project = generate_project(tasks)
    project.resources[1] = Resource(1, "Team", standard_rate=90.0)
    parents = {t.parent_id for t in project.tasks.values()}
    leaves = [t for t in project.tasks.values() if t.id not in parents]
    for number, task in enumerate(leaves, start=1):
        if number % 50 == 0:
            task.milestone, task.duration = True, Duration(0)
        else:
            project.assignments[number] = Assignment(number, task.id, 1, work_minutes=task.duration.minutes)
    apply_edit(project, save_baseline(schedule(project), 0, project.start))
    project.status_date = project.start + timedelta(days=60)
    apply_edit(project, mark_on_track(project, list(project.tasks)))
    return schedule(project)


def per_sheet(scheduled) -> None:
    """This thread's CPU time of each sheet's writer, from one more build."""
    real = book_module._writer
    spent: dict[str, float] = {}

    def watched(entry: str):
        write = real(entry)

        def run(book, source) -> None:
            began = time.thread_time()
            write(book, source)
            spent[entry] = time.thread_time() - began

        return run

    book_module._writer = watched
    try:
        build_workbook(scheduled)
    finally:
        book_module._writer = real
    for entry, seconds in spent.items():
        print(f"    {entry.split(':')[0].rsplit('.', 1)[-1]:<42} {seconds:6.3f} s CPU")


def measure(tasks: int) -> float:
    scheduled = plan(tasks)
    print(f"{tasks} tasks:")
    book, _ = timed("build the workbook (every sheet)", lambda: build_workbook(scheduled))
    per_sheet(scheduled)
    with tempfile.TemporaryDirectory() as folder:
        timed("save it", lambda: book.save(Path(folder) / "built.xlsx"))
        target = Path(folder) / "report.xlsx"
        _, wall = timed("planner export: build and save", lambda: export_project(scheduled, target))
        print(f"  file size {target.stat().st_size / 1e6:.1f} MB, sheets {', '.join(book.sheetnames)}")
    print(f"  budget {BUDGET_SECONDS:.0f} s: {'met' if wall < BUDGET_SECONDS else 'MISSED'}")
    return wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    measure(parser.parse_args().tasks)


if __name__ == "__main__":
    main()
