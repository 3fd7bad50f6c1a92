"""Saving, clearing and choosing baselines (Project > Set Baseline / Clear Baseline), as MS Project does.

Saving baseline N for the whole project replaces every task's row in it with the task as
now scheduled: start, finish, duration, work and cost. Saving for selected tasks replaces
only theirs and keeps the rest. The first baseline saved is the one variance is measured
against until the PM chooses another. Clearing a baseline for the whole project removes it
with all its rows; for selected tasks, only their rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from planner.core.edits.cascade import deletion
from planner.core.edits.edit import Edit, Put
from planner.core.errors import InputError
from planner.core.evm.baselines import baseline_numbered, measured_baseline, task_rows
from planner.core.evm.task_costs import leaf_work, planned_costs, rolled_up
from planner.core.model.baselines import BASELINE_NUMBERS, Baseline, TaskBaseline, baseline_label

if TYPE_CHECKING:
    from planner.core.model.entities import Project
    from planner.core.schedule.result import Schedule


def check_number(number: int) -> int:
    if number not in BASELINE_NUMBERS:
        raise InputError(f"baseline {number} does not exist: baselines are numbered 0 to 10")
    return number


def save_baseline(
    schedule: Schedule,
    number: int,
    saved: datetime,
    *,
    name: str | None = None,
    task_ids: Iterable[int] | None = None,
    costs: Mapping[int, float] | None = None,
) -> Edit:
    """The edit saving baseline `number` for every task (task_ids None) or for those tasks only.

    `costs` is each leaf task's cost by Unique ID; None: the planned cost the cost part works out
    (planner.core.evm.task_costs). A name of None keeps the baseline's name.
    """
    project = schedule.project
    check_number(number)
    chosen = list(project.tasks) if task_ids is None else _known(project, task_ids)
    if not chosen:
        raise InputError("select the tasks to save the baseline for (or save it for the entire project)")
    old = baseline_numbered(project, number)
    changes: list[Put] = []
    if old is None:
        first = measured_baseline(project) is None
        header = Baseline(project.next_id("baselines"), number, (name or "").strip(), saved, for_variance=first)
        changes.append(Put("baselines", None, header))
    else:
        header = replace(old, saved=saved, name=old.name if name is None else name.strip())
        changes.append(Put("baselines", old, header))
    changes += _task_puts(schedule, header, chosen, costs)
    scope = "" if task_ids is None else f" for {len(chosen)} task{'s' if len(chosen) != 1 else ''}"
    return Edit(f"Save {baseline_label(number)}{scope}", tuple(changes))


def _known(project: Project, task_ids: Iterable[int]) -> list[int]:
    chosen = []
    for task_id in task_ids:
        if task_id not in project.tasks:
            raise InputError(f"there is no task with Unique ID {task_id}")
        if task_id not in chosen:
            chosen.append(task_id)
    return chosen


def _task_puts(schedule: Schedule, header: Baseline, chosen: list[int], costs: Mapping[int, float] | None) -> list[Put]:
    project = schedule.project
    outline = schedule.outline
    cost = planned_costs(schedule) if costs is None else rolled_up(outline, dict(costs))
    work = rolled_up(outline, {k: float(v) for k, v in leaf_work(project).items()})
    existing = task_rows(project, header) if header.id in project.baselines else {}
    next_id = project.next_id("task_baselines")
    puts = []
    for task_id in chosen:
        start, finish = schedule.span(task_id)
        if outline.is_summary(task_id):
            duration = schedule.dates(task_id).duration_minutes
        else:
            duration = project.tasks[task_id].duration.minutes
        before = existing.get(task_id)
        if before is None:
            row_id, next_id = next_id, next_id + 1
        else:
            row_id = before.id
        after = TaskBaseline(
            row_id,
            header.id,
            task_id,
            start,
            finish,
            duration,
            round(work.get(task_id, 0)),
            round(cost.get(task_id, 0.0), 2),
        )
        if after != before:
            puts.append(Put("task_baselines", before, after))
    return puts


def clear_baseline(project: Project, number: int, task_ids: Iterable[int] | None = None) -> Edit:
    """The edit clearing baseline `number`: all of it (task_ids None), or those tasks' rows only."""
    check_number(number)
    header = baseline_numbered(project, number)
    if header is None:
        raise InputError(f"{baseline_label(number)} has not been saved: there is nothing to clear")
    if task_ids is None:
        return Edit(f"Clear {baseline_label(number)}", tuple(deletion(project, "baselines", {header.id})))
    rows = task_rows(project, header)
    wanted = set(task_ids)
    puts = tuple(Put("task_baselines", row, None) for task_id, row in rows.items() if task_id in wanted)
    if not puts:
        raise InputError(f"the selected tasks have no {baseline_label(number)} to clear")
    return Edit(f"Clear {baseline_label(number)} for {len(puts)} task{'s' if len(puts) != 1 else ''}", puts)


def measure_against(project: Project, number: int) -> Edit | None:
    """The edit making baseline `number` the one variance and earned value are measured against."""
    check_number(number)
    target = baseline_numbered(project, number)
    if target is None:
        raise InputError(f"{baseline_label(number)} has not been saved: save it before measuring against it")
    puts = []
    for baseline in project.baselines.values():
        wanted = baseline.id == target.id
        if baseline.for_variance != wanted:
            puts.append(Put("baselines", baseline, replace(baseline, for_variance=wanted)))
    if not puts:
        return None
    return Edit(f"Measure against {baseline_label(number)}", tuple(puts))
