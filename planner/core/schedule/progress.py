"""Progress as a PM reads it: a task's % complete, a summary's rolled up, and where on the bar it reaches.

One rule for every view (table, chart, tooltip, `planner schedule`, the JSON): a summary's
% complete is its subtasks' work done over their work, weighted by duration as MS Project
does, and a task or summary that is complete is never critical. The chart's progress line
and the progress drag use `complete_through` and its inverse `percent_at`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.core.model.entities import Project, Task
    from planner.core.model.wbs import Outline
    from planner.core.schedule.worktime import WorkTime


def own_percent(task: Task) -> float:
    """A leaf task's % complete: an actual finish means 100% whatever the field says (as the engine reads it)."""
    return 100.0 if task.actual_finish is not None else float(task.percent_complete or 0.0)


def summary_percents(project: Project, outline: Outline) -> dict[int, float]:
    """Every summary's rolled-up % complete, in one pass from the leaves up.

    Weighted by duration; a summary whose subtasks have no duration at all (milestones only)
    counts each of them alike, so a summary of complete milestones is 100% complete.

    A plan with no progress yet has every summary at 0%: one sweep of the tasks says so (none
    for the summaries), a fraction of the pass, which each new schedule would otherwise redo.
    """
    if not any(task.percent_complete or task.actual_finish is not None for task in project.tasks.values()):
        return {}
    work: dict[int, float] = {}
    done: dict[int, float] = {}
    leaves: dict[int, int] = {}
    leaves_done: dict[int, float] = {}
    for task_id in reversed(list(outline.rows())):
        children = outline.children.get(task_id)
        if children:
            work[task_id] = sum(work[c] for c in children)
            done[task_id] = sum(done[c] for c in children)
            leaves[task_id] = sum(leaves[c] for c in children)
            leaves_done[task_id] = sum(leaves_done[c] for c in children)
        else:
            task = project.tasks[task_id]
            percent = own_percent(task)
            work[task_id] = float(task.duration.minutes)
            done[task_id] = task.duration.minutes * percent / 100
            leaves[task_id], leaves_done[task_id] = 1, percent
    found = {}
    for task_id in work:
        if not outline.children.get(task_id):
            continue
        if work[task_id] > 0:
            found[task_id] = 100.0 * done[task_id] / work[task_id]
        else:
            found[task_id] = leaves_done[task_id] / max(1, leaves[task_id])
    return found


def complete_through(
    task: Task, percent: float, start: datetime, finish: datetime, calendar: WorkTime, *, summary: bool
) -> datetime | None:
    """The instant progress reaches on the bar (None: no progress, or a milestone), in the task's working time.

    An elapsed task or a summary spreads its progress over its span; a working-time task
    counts its done work on its calendar, so 50% of Friday-to-Monday work ends Friday 17:00.
    """
    if percent <= 0 or task.milestone:
        return None
    if percent >= 100:
        return finish
    if task.duration.elapsed or summary:
        return start + (finish - start) * (percent / 100)
    done = round(task.duration.minutes * percent / 100)
    return calendar.finish_of(calendar.offset(start) + done)


def percent_at(task: Task, start: datetime, finish: datetime, calendar: WorkTime, moment: datetime) -> float:
    """The % complete whose progress reaches `moment` (the inverse of complete_through), 0 to 100."""
    if moment <= start:
        return 0.0
    if moment >= finish:
        return 100.0
    if task.duration.elapsed or task.duration.minutes <= 0:
        return 100.0 * (moment - start) / max(timedelta(minutes=1), finish - start)
    work = calendar.offset(moment) - calendar.offset(start)
    return max(0.0, min(100.0, 100.0 * work / task.duration.minutes))
