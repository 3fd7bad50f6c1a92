"""One click assigns: the edit that puts a person on a task, as the skill match offers it.

A plain Put of an Assignment (units x the task's duration of work), so it undoes like
any other edit. The Assign Resources dialog (the assign area) has the full rules for
task types and effort-driven scheduling; this is the simple case MS Project applies
to a task with nobody on it yet.
"""

from __future__ import annotations

from planner.core.edits.edit import Edit, Put
from planner.core.errors import InputError
from planner.core.model.entities import Assignment, Project
from planner.core.model.wbs import Outline


def assign_edit(project: Project, task_id: int, resource_id: int, units: float = 1.0) -> Edit:
    """The edit that assigns the resource to the task at `units`; InputError says why not."""
    task = project.tasks.get(task_id)
    resource = project.resources.get(resource_id)
    if task is None or resource is None:
        raise InputError("the task or the resource is no longer in the project")
    if any(a.task_id == task_id and a.resource_id == resource_id for a in project.assignments.values()):
        raise InputError(f"{resource.name} is already assigned to {task.name!r}")
    if task.milestone:
        raise InputError(f"{task.name!r} is a milestone: it takes no work; assign people to a task")
    if Outline.of(project).is_summary(task_id):
        raise InputError(f"{task.name!r} is a summary task: assign people to its subtasks")
    if units <= 0:
        raise InputError("units must be above 0%")
    work = round(task.duration.minutes * units)
    assignment = Assignment(project.next_id("assignments"), task_id, resource_id, units, work)
    return Edit(f"Assign {resource.name} to {task.name}", (Put("assignments", None, assignment),))
