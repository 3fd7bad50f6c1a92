"""Three-point estimates typed per task: optimistic, most likely, pessimistic, distribution.

A value left out is the task's own duration (MS Project's PERT sheet starts from it), so
typing only a pessimistic `15d` on a 10-day task says "10 days, maybe 15". Clearing any of
the three removes the estimate: the task's duration is then taken as sure.
"""

from __future__ import annotations

from dataclasses import replace

from planner.core.edits.edit import Edit, Put
from planner.core.errors import InputError
from planner.core.model.duration import format_minutes, parse_duration
from planner.core.model.entities import Project
from planner.core.model.estimates import DISTRIBUTION_LABELS, Distribution, TaskEstimate

POINTS = ("optimistic", "most_likely", "pessimistic")
POINT_LABELS = {"optimistic": "optimistic", "most_likely": "most likely", "pessimistic": "pessimistic"}


def estimate_of_task(project: Project, task_id: int) -> TaskEstimate | None:
    """The task's estimate, or None (a task has at most one). The table paints this per cell, so
    the index by task is kept while the estimates are unchanged: a hit is checked against the
    dict, a miss trusted only while its size and last key (rows added go last) are as indexed."""
    rows = project.task_estimates
    key = (id(rows), len(rows), next(reversed(rows), None))
    index = _index.get(id(rows))
    found = None if index is None else index[1].get(task_id)
    if index is not None and found is not None and rows.get(found.id) is found:
        return found
    if index is not None and found is None and index[0] == key:
        return None
    fresh = estimates_by_task(project)
    _index.clear()
    _index[id(rows)] = (key, fresh)
    return fresh.get(task_id)


_index: dict[int, tuple[tuple, dict[int, TaskEstimate]]] = {}


def estimates_by_task(project: Project) -> dict[int, TaskEstimate]:
    return {e.task_id: e for e in project.task_estimates.values()}


def check_points(project: Project, optimistic: int, likely: int, pessimistic: int) -> None:
    """Refuse an estimate out of order, naming the values as the PM typed them."""
    units = project.units

    def shown(minutes: int) -> str:
        return format_minutes(minutes, units=units)

    if optimistic > likely:
        raise InputError(
            f"the optimistic duration ({shown(optimistic)}) cannot be longer than the most likely ({shown(likely)})"
        )
    if likely > pessimistic:
        raise InputError(
            f"the pessimistic duration ({shown(pessimistic)}) cannot be shorter than the most likely ({shown(likely)})"
        )


def set_estimate_point(project: Project, task_id: int, point: str, text: str) -> Edit | None:
    """Type one of the three durations; empty text removes the task's estimate."""
    task = project.tasks.get(task_id)
    if task is None:
        raise InputError(f"there is no task with Unique ID {task_id}")
    if _is_summary(project, task_id):
        raise InputError("a summary task lasts as long as its subtasks; estimate theirs")
    current = estimate_of_task(project, task_id)
    if not (text or "").strip():
        return None if current is None else Edit("Clear estimate", (Put("task_estimates", current, None),))
    duration = parse_duration(text, project.units)
    if duration.elapsed or task.duration.elapsed:
        raise InputError("estimates are working time (3d, 4h); elapsed durations are not simulated")
    values = _points(current, task.duration.minutes)
    values[point] = duration.minutes
    check_points(project, values["optimistic"], values["most_likely"], values["pessimistic"])
    return put_estimate(project, task_id, values, current.distribution if current else Distribution.TRIANGULAR)


def set_distribution(project: Project, task_id: int, text: str) -> Edit | None:
    """Type Triangular, PERT or Uniform (or their first letters); a task without an estimate gets
    one of its own duration, to widen later."""
    kind = parse_distribution(text)
    task = project.tasks.get(task_id)
    if task is None:
        raise InputError(f"there is no task with Unique ID {task_id}")
    if _is_summary(project, task_id):
        raise InputError("a summary task lasts as long as its subtasks; estimate theirs")
    current = estimate_of_task(project, task_id)
    if current is None:
        return put_estimate(project, task_id, _points(None, task.duration.minutes), kind)
    if current.distribution is kind:
        return None
    return Edit("Change distribution", (Put("task_estimates", current, replace(current, distribution=kind)),))


def parse_distribution(text: str) -> Distribution:
    word = " ".join((text or "").split()).lower()
    for kind, label in DISTRIBUTION_LABELS.items():
        if word and (label.lower().startswith(word) or kind.value == word):
            return kind
    raise InputError(f"distribution {text!r} is not one of Triangular, PERT, Uniform")


def put_estimate(project: Project, task_id: int, values: dict[str, int], kind: Distribution) -> Edit | None:
    """The edit giving a task these three durations (replacing its estimate, if any)."""
    current = estimate_of_task(project, task_id)
    fields = {f"{p}_minutes": values[p] for p in POINTS}
    if current is None:
        made = TaskEstimate(project.next_id("task_estimates"), task_id, distribution=kind, **fields)
        return Edit("Estimate duration", (Put("task_estimates", None, made),))
    changed = replace(current, distribution=kind, **fields)
    if changed == current:
        return None
    return Edit("Estimate duration", (Put("task_estimates", current, changed),))


def _points(current: TaskEstimate | None, duration: int) -> dict[str, int]:
    if current is None:
        return dict.fromkeys(POINTS, duration)
    return {p: getattr(current, f"{p}_minutes") for p in POINTS}


def _is_summary(project: Project, task_id: int) -> bool:
    return any(t.parent_id == task_id for t in project.tasks.values())
