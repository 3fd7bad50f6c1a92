"""Finding baselines in a project: by number, the one variance is measured against, a baseline's task rows."""

from __future__ import annotations

from planner.core.model.baselines import Baseline, TaskBaseline, baseline_label
from planner.core.model.entities import Project


def baseline_numbered(project: Project, number: int) -> Baseline | None:
    """The saved baseline `number` (0-10), None if it was never saved or was cleared."""
    return next((b for b in project.baselines.values() if b.number == number), None)


def measured_baseline(project: Project) -> Baseline | None:
    """The baseline variances and earned value are measured against: the one chosen, else Baseline (0)
    when saved, else the lowest saved; None when no baseline is saved."""
    saved = sorted(project.baselines.values(), key=lambda b: b.number)
    chosen = next((b for b in saved if b.for_variance), None)
    return chosen or (saved[0] if saved else None)


def task_rows(project: Project, baseline: Baseline | None) -> dict[int, TaskBaseline]:
    """Task Unique ID -> its row in `baseline` (empty for None): one pass over the stored rows."""
    if baseline is None:
        return {}
    return {row.task_id: row for row in project.task_baselines.values() if row.baseline_id == baseline.id}


def describe(baseline: Baseline) -> str:
    """ "Baseline 1 'Re-plan' (saved 2027-03-01)": how a list or a message names a saved baseline."""
    name = f" '{baseline.name}'" if baseline.name else ""
    saved = f" (saved {baseline.saved:%Y-%m-%d})" if baseline.saved else ""
    return f"{baseline_label(baseline.number)}{name}{saved}"
