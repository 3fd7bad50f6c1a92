"""What needs the PM's attention in the file as it stands: over-allocated people, late tasks, and
tasks forecast past their deadline. Each issue names what it is about, so a reader can act on it.

A late task is MS Project's: one that should have finished by the status date (its baseline
finish is on or before it) and is not complete. Without a status date or a baseline no task is late.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.core.resources.summary import resource_summaries
from planner.core.resources.usage import Usage
from planner.core.schedule.result import Schedule
from planner.core.summary.key_dates import baseline_finishes


@dataclass(frozen=True)
class OpenIssue:
    title: str  # "Over-allocated resources"
    rule: str  # what counts, in words
    items: tuple[str, ...]  # "Ana Silva", "ID 12 Design review", ...


def _task_label(row: int, name: str) -> str:
    return f"ID {row} {name}"


def overallocated_resources(schedule: Schedule) -> OpenIssue:
    names = tuple(s.name for s in resource_summaries(Usage(schedule)) if s.overallocated)
    return OpenIssue("Over-allocated resources", "assigned more work on a day than they are available for", names)


def late_tasks(schedule: Schedule) -> OpenIssue:
    project, status = schedule.project, schedule.project.status_date
    baseline = baseline_finishes(schedule) if status is not None else {}
    items = []
    for row, task_id in enumerate(schedule.outline.rows(), start=1):
        finish = baseline.get(task_id)
        if finish is None or finish > status or schedule.outline.is_summary(task_id):
            continue
        if schedule.percent_complete(task_id) < 100:
            items.append(_task_label(row, project.tasks[task_id].name))
    return OpenIssue("Late tasks", "baseline finish on or before the status date, not complete", tuple(items))


def past_deadline(schedule: Schedule) -> OpenIssue:
    project = schedule.project
    items = []
    for row, task_id in enumerate(schedule.outline.rows(), start=1):
        task = project.tasks[task_id]
        if task.deadline is not None and schedule.span(task_id)[1] > task.deadline:
            items.append(_task_label(row, task.name))
    return OpenIssue("Tasks past their deadline", "forecast finish after the task's deadline", tuple(items))


def open_issues(schedule: Schedule) -> list[OpenIssue]:
    return [overallocated_resources(schedule), late_tasks(schedule), past_deadline(schedule)]
