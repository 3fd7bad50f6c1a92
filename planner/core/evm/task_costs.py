"""A task's work and cost as the baseline saves them and earned value reads them.

Work is the sum of the task's assignments. Cost is labour: each assignment's work times its
resource's standard rate, plus the resource's cost per use. Summaries sum their subtasks.
Actual cost, until expenses say otherwise, is the cost of the work done (cost x % complete),
which is what MS Project computes when no actual cost is typed.
"""

from __future__ import annotations

from planner.core.model.entities import Project
from planner.core.model.wbs import Outline
from planner.core.schedule.progress import own_percent


def leaf_work(project: Project) -> dict[int, int]:
    """Task Unique ID -> the work of its assignments, in minutes (tasks without any are absent)."""
    work: dict[int, int] = {}
    for assignment in project.assignments.values():
        work[assignment.task_id] = work.get(assignment.task_id, 0) + assignment.work_minutes
    return work


def leaf_costs(project: Project) -> dict[int, float]:
    """Task Unique ID -> labour cost of its assignments (work x standard rate + cost per use)."""
    costs: dict[int, float] = {}
    for assignment in project.assignments.values():
        resource = project.resources.get(assignment.resource_id)
        if resource is None:
            continue
        amount = assignment.work_minutes / 60 * resource.standard_rate + resource.cost_per_use
        costs[assignment.task_id] = costs.get(assignment.task_id, 0.0) + amount
    return costs


def actual_costs(project: Project, costs: dict[int, float]) -> dict[int, float]:
    """Task Unique ID -> the cost of the work done on it: its cost x its % complete."""
    return {
        task_id: amount * own_percent(project.tasks[task_id]) / 100
        for task_id, amount in costs.items()
        if task_id in project.tasks
    }


def rolled_up(outline: Outline, values: dict[int, float]) -> dict[int, float]:
    """`values` of the leaves with every summary given the sum of the tasks under it."""
    result = dict(values)
    for task_id in reversed(list(outline.rows())):
        children = outline.children.get(task_id)
        if children:
            result[task_id] = sum(result.get(child, 0) for child in children)
    return result
