"""Figures for the status report on a large plan: gathering its facts and writing the PDF.

    python benchmarks/bench_status_report.py [--tasks 10000]

The plan gets a resource on every leaf (so tasks have costs), a baseline saved at its start,
progress to a status date 60 days in, then a slip: every fifth leaf takes a day longer. Each
figure is wall and this thread's CPU time in seconds: the facts (finished, slipped, next,
milestones, issues, earned value, risks), then the whole PDF (S-curve and heat map included),
with its pages and size. The window writes the report as a job, so it never blocks editing.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from bench_evm import costed

from planner.core.edits.baseline_edits import save_baseline
from planner.core.edits.edit import apply_edit
from planner.core.edits.tracking_edits import mark_on_track
from planner.core.model.duration import Duration
from planner.core.report.facts import status_facts
from planner.core.report.period import default_period
from planner.core.schedule.engine import schedule
from planner.exchange.report.document import write_status_report


def timed(what: str, call: Callable[[], object]) -> object:
    began, cpu = time.perf_counter(), time.thread_time()
    result = call()
    print(f"  {what:<44} {time.perf_counter() - began:6.3f} s wall  {time.thread_time() - cpu:6.3f} s CPU")
    return result


def slipped_plan(tasks: int):
    project = costed(tasks)
    apply_edit(project, save_baseline(schedule(project), 0, project.start))
    project.status_date = project.start + timedelta(days=60)
    apply_edit(project, mark_on_track(project, list(project.tasks)))
    parents = {t.parent_id for t in project.tasks.values()}
    leaves = [t for t in project.tasks.values() if t.id not in parents and t.percent_complete < 100]
    for task in leaves[::5]:
        project.tasks[task.id] = replace(task, duration=Duration(task.duration.minutes + 480))
    return project


def measure(tasks: int) -> None:
    project = slipped_plan(tasks)
    plan = schedule(project)
    period = default_period(project.status_date, project.status_date.date())
    print(f"{tasks} tasks, period {period.text()}:")
    facts = timed("the report's facts", lambda: status_facts(plan, period))
    print(f"    {len(facts.finished)} finished, {len(facts.slipped)} slipped (+{facts.slipped_later} later), "
          f"{len(facts.next)} next, {len(facts.milestones)} milestones")  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "status.pdf"
        timed("the whole PDF (facts, layout, charts, write)", lambda: write_status_report(plan, target, period))
        print(f"    {target.stat().st_size / 1024:,.0f} KiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    measure(parser.parse_args().tasks)


if __name__ == "__main__":
    main()
