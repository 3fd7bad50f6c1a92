"""A task's work and cost as the baseline saves them and earned value reads them.

Cost comes from the cost part (planner.core.cost.project_costs): a baseline keeps each
task's planned cost (labour, material, cost resources and fixed cost, with no actuals:
what the plan comes to), earned value reads the actual cost to the status date (actual
work at its rates plus the expenses booked to then) and the bottom-up forecast (actual +
remaining). Work is the sum of the task's assignments. Summaries sum their subtasks.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from planner.core.cost import ProjectCosts, project_costs
from planner.core.model.entities import Project
from planner.core.model.wbs import Outline

if TYPE_CHECKING:
    from planner.core.schedule.result import Schedule


def leaf_work(project: Project) -> dict[int, int]:
    """Task Unique ID -> the work of its assignments, in minutes (tasks without any are absent)."""
    work: dict[int, int] = {}
    for assignment in project.assignments.values():
        work[assignment.task_id] = work.get(assignment.task_id, 0) + assignment.work_minutes
    return work


def planned_costs(schedule: Schedule) -> dict[int, float]:
    """Task Unique ID -> its planned cost, summaries rolled up (what a baseline saves)."""
    found = project_costs(schedule.project, schedule)
    return {task_id: figures.planned for task_id, figures in found.tasks.items()}


def costs_at(schedule: Schedule, status: datetime) -> ProjectCosts:
    """The project's costs with the expenses booked up to the status date."""
    return project_costs(schedule.project, schedule, status.date())


def rolled_up(outline: Outline, values: dict[int, float]) -> dict[int, float]:
    """`values` of the leaves with every summary given the sum of the tasks under it."""
    result = dict(values)
    for task_id in reversed(list(outline.rows())):
        children = outline.children.get(task_id)
        if children:
            result[task_id] = sum(result.get(child, 0) for child in children)
    return result
