"""A small team and task to assign: Ana (work), Bo Chen (work, initials BC), Cement (material), Travel (cost)."""

from __future__ import annotations

from planner.core.edits.edit import Edit, apply_edit
from planner.core.model.duration import Duration
from planner.core.model.entities import Project, Resource, Task, TaskType

DAY = 480


def team_project(task_type: TaskType = TaskType.FIXED_UNITS, effort_driven: bool = False, days: int = 5) -> Project:
    project = Project()
    project.resources = {
        1: Resource(1, "Ana", initials="A"),
        2: Resource(2, "Bo Chen", initials="BC"),
        3: Resource(3, "Cement", kind="material", initials="CEM"),
        4: Resource(4, "Travel", kind="cost", initials="TR"),
    }
    project.tasks = {
        1: Task(1, "Build API", duration=Duration(days * DAY), task_type=task_type, effort_driven=effort_driven),
        2: Task(2, "Phase"),
        3: Task(3, "Child", parent_id=2),
    }
    return project


def applied(project: Project, edit: Edit | None) -> Project:
    assert edit is not None
    apply_edit(project, edit)
    return project


def units_and_work(project: Project, task_id: int = 1) -> dict[str, tuple[float, int]]:
    """Resource name -> (units, work in hours) of the task's assignments."""
    return {
        project.resources[a.resource_id].name: (round(a.units, 4), a.work_minutes // 60)
        for a in project.assignments.values()
        if a.task_id == task_id
    }


def days(project: Project, task_id: int = 1) -> float:
    return project.tasks[task_id].duration.minutes / DAY
