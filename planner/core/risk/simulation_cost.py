"""What a run costs: the project's cost (core/cost) with the labour of each estimated task
scaled by its drawn duration, plus the cost impact of the risks that occurred.

Labour is work x rate, and work follows the duration when the task's units stay (a task
taking 12 days instead of 10 takes 20% more of its people's time); fixed costs, material and
cost resources do not move with the duration, and neither does what is already spent.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from planner.core.cost import project_costs
from planner.core.cost.rates import labour
from planner.core.model.entities import Project
from planner.core.schedule.result import Schedule


@dataclass(frozen=True)
class CostBase:
    """The planned cost, and per estimated task (in Estimates order) its labour still to spend."""

    planned: float
    labour: np.ndarray
    base_minutes: np.ndarray


def cost_base(project: Project, schedule: Schedule, task_ids: tuple[int, ...]) -> CostBase:
    costs = project_costs(project, schedule)
    remaining = []
    for task_id in task_ids:
        percent = schedule.percent_complete(task_id)
        total = 0.0
        for assignment in project.assignments.values():
            resource = project.resources.get(assignment.resource_id)
            if assignment.task_id == task_id and resource is not None and resource.kind == "work":
                total += labour(assignment, resource, percent).remaining
        remaining.append(total)
    base = [project.tasks[t].duration.minutes for t in task_ids]
    return CostBase(costs.project_figures.cost, np.array(remaining, float), np.array(base, float))


def run_costs(base: CostBase, drawn: np.ndarray, occurred: np.ndarray, risk_costs: np.ndarray) -> np.ndarray:
    """Each run's total cost: drawn (tasks, runs) durations, occurred (risks, runs)."""
    runs = drawn.shape[1] if drawn.ndim == 2 else occurred.shape[1]
    total = np.full(runs, base.planned)
    if len(base.labour):
        with np.errstate(divide="ignore", invalid="ignore"):
            factor = np.where(base.base_minutes[:, None] > 0, drawn / base.base_minutes[:, None] - 1, 0.0)
        total += (base.labour[:, None] * factor).sum(axis=0)
    if len(risk_costs):
        total += (risk_costs[:, None] * occurred).sum(axis=0)
    return total
