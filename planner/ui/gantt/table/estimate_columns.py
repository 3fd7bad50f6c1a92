"""The three-point estimate columns of the task table (Optimistic, Most Likely, Pessimistic
Duration, Distribution), hidden until the PM shows them from the column menu. Qt-free.

An empty cell means the task has no estimate: the simulation takes its duration as sure.
"""

from __future__ import annotations

from planner.core.edits import estimate_edits
from planner.core.model.duration import format_minutes
from planner.ui.gantt.table.cell_edits import Outcome
from planner.ui.gantt.table.columns_base import Column
from planner.ui.gantt.table.facts import TaskFacts

POINT_TIPS = {
    "optimistic": "The shortest the task could take; with Most Likely and Pessimistic it feeds the "
    "Monte Carlo simulation (Risk tab). Empty: no estimate",
    "most_likely": "The duration you would bet on; an estimate starts from the task's Duration",
    "pessimistic": "The longest the task could take if things go badly (not the end of the world)",
}


def _point_text(point: str):
    def text(facts: TaskFacts, task_id: int) -> str:
        estimate = estimate_edits.estimate_of_task(facts.project, task_id)
        if estimate is None:
            return ""
        return format_minutes(getattr(estimate, f"{point}_minutes"), units=facts.project.units)

    return text


def _point_key(point: str):
    def key(facts: TaskFacts, task_id: int) -> int:
        estimate = estimate_edits.estimate_of_task(facts.project, task_id)
        return -1 if estimate is None else getattr(estimate, f"{point}_minutes")

    return key


def _point_edit(point: str):
    def edit(facts: TaskFacts, task_id: int, text: str) -> Outcome:
        return estimate_edits.set_estimate_point(facts.project, task_id, point, text), None

    return edit


def _distribution_text(facts: TaskFacts, task_id: int) -> str:
    estimate = estimate_edits.estimate_of_task(facts.project, task_id)
    return "" if estimate is None else estimate.distribution.label


def _distribution_edit(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    return estimate_edits.set_distribution(facts.project, task_id, text), None


def _point_column(point: str, title: str) -> Column:
    return Column(
        f"{point}_duration",
        title,
        9,
        _point_text(point),
        _point_edit(point),
        sort_key=_point_key(point),
        align="right",
        shown=False,
        summary_editable=False,
        tip=POINT_TIPS[point],
    )


COLUMNS: tuple[Column, ...] = (
    _point_column("optimistic", "Optimistic Duration"),
    _point_column("most_likely", "Most Likely Duration"),
    _point_column("pessimistic", "Pessimistic Duration"),
    Column(
        "distribution",
        "Distribution",
        10,
        _distribution_text,
        _distribution_edit,
        shown=False,
        summary_editable=False,
        tip="How the simulation draws the duration: Triangular, PERT (smoother, mean (o+4m+p)/6) or Uniform",
    ),
)
