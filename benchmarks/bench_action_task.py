"""Meetings on a large plan: Make task, and what the Gantt's Action column pays after each edit.

    python benchmarks/bench_action_task.py [--tasks 10000] [--actions 500]

A generated project gets --actions action items, every second one already a task of the
plan. Printed, as the median of 20 runs (wall and this thread's CPU, in ms): one
`action_to_task` (the whole edit Make task builds: the scratch copy compose needs, the
outline, the owner's assignment), one `actions_by_task` index (what the Action column
builds once per edit, when shown), and `tasks_relinked` for an edit that touches no action
(what every other edit costs the column: it must be next to nothing) or one action.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date

from generate import generate_project

from planner.core.communication.action_task import action_to_task, phases
from planner.core.communication.actions import actions_by_task
from planner.core.communication.entities import ActionItem, Meeting
from planner.core.edits.changes import Changes
from planner.ui.gantt.table.meeting_columns import tasks_relinked


def with_actions(tasks: int, actions: int):
    project = generate_project(tasks)
    project.meetings = {1: Meeting(1, "Steering committee", held=date(2027, 2, 11))}
    uids = sorted(project.tasks)
    owner = next(iter(project.resources.values())).name if project.resources else ""
    for i in range(1, actions + 1):
        task = uids[(i * 7) % len(uids)] if i % 2 == 0 else None
        project.action_items[i] = ActionItem(i, f"Action {i}", 1, owner=owner, due=date(2027, 3, 1), task_id=task)
    return project


class Facts:
    """What meeting_columns reads of the task table's TaskFacts: the project and a memo kept per edit."""

    def __init__(self, project) -> None:
        self.project, self.memos = project, {}

    def memo(self, key, make):
        if key not in self.memos:
            self.memos[key] = make()
        return self.memos[key]


def median_ms(work, runs: int = 20) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.thread_time()
        work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.thread_time() - cpu)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--actions", type=int, default=500)
    args = parser.parse_args()
    project = with_actions(args.tasks, args.actions)
    phase = phases(project)[-1].id if phases(project) else None

    facts = Facts(project)
    figures = {
        "action_to_task": median_ms(lambda: action_to_task(project, 1, phase)),
        "actions_by_task": median_ms(lambda: actions_by_task(project)),
        "no action touched": median_ms(lambda: tasks_relinked(facts, Changes(tasks={1}))),
        "one action touched": median_ms(lambda: tasks_relinked(facts, Changes(action_items={2}))),
    }
    print(f"{len(project.tasks):,} tasks, {len(project.action_items)} actions (median of 20, wall / CPU ms)")
    for name, (wall, cpu) in figures.items():
        print(f"  {name:<20} {wall:8.2f} / {cpu:8.2f}")


if __name__ == "__main__":
    main()
