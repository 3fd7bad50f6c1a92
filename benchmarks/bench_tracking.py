"""Figures for the Project menu's edits on a large plan: Mark on Track, Project Information, working time.

    python benchmarks/bench_tracking.py [--tasks 10000 100000]

Each figure is the core work a menu entry does before the document commits: building the
edit (Mark on Track schedules the plan without its status date once, then reads each task's
planned span) and, for the settings and the calendar, applying it and rescheduling with the
document's Scheduler. Wall time and this thread's CPU time, in seconds. No budget is set in
DESIGN.md; the window runs these on its UI thread (not as jobs), so they are what a PM waits for.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import timedelta

from generate import generate_project

from planner.core.edits.calendar_edits import TypedException, format_hours, working_time_edit
from planner.core.edits.edit import apply_edit
from planner.core.edits.project_edits import ProjectInfo, project_info_edit
from planner.core.edits.tracking_edits import mark_on_track
from planner.core.schedule.scheduler import Scheduler


def timed(what: str, call: Callable[[], object]) -> object:
    began, cpu = time.perf_counter(), time.thread_time()
    result = call()
    print(f"  {what:<52} {time.perf_counter() - began:6.2f} s wall  {time.thread_time() - cpu:6.2f} s CPU")
    return result


def measure(tasks: int) -> None:
    project = generate_project(tasks)
    scheduler = Scheduler(project)
    project.status_date = project.start + timedelta(days=60)
    print(f"{tasks} tasks, status date {project.status_date:%Y-%m-%d}:")
    roots = [t.id for t in project.tasks.values() if t.parent_id is None]
    edit = timed("Mark on Track, every task", lambda: mark_on_track(project, roots))
    print(f"  ({len(edit.changes)} tasks changed)")

    def settings() -> None:
        scheduler.update(apply_edit(project, project_info_edit(project, ProjectInfo(hours_per_day="7.5"))))

    timed("Project Information (hours per day), reschedule", settings)
    week = [format_hours(hours) for hours in project.calendar.week]
    week[4] = "08:00-12:00"
    holiday = [TypedException("Shutdown", f"{project.start + timedelta(days=30):%Y-%m-%d}")]

    def working_time() -> None:
        scheduler.update(apply_edit(project, working_time_edit(project, project.calendar_id, week, holiday, "")))

    timed("Change Working Time (Friday, a holiday), reschedule", working_time)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, nargs="+", default=[10_000, 100_000])
    for tasks in parser.parse_args().tasks:
        measure(tasks)


if __name__ == "__main__":
    main()
