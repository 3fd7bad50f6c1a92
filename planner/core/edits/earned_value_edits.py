"""A task's earned-value method and physical % complete (MS Project's Earned Value Method and
Physical % Complete fields): a task earns its value by % complete unless the PM says it earns
by a physical % complete judged on the work itself (a document half written, a server racked)."""

from __future__ import annotations

from dataclasses import replace

from planner.core.edits.edit import Edit, Put
from planner.core.errors import InputError
from planner.core.model.baselines import EarnedValueMethod, TaskEarnedValue
from planner.core.model.entities import Project

METHOD_NAMES = {
    "% complete": EarnedValueMethod.PERCENT,
    "percent complete": EarnedValueMethod.PERCENT,
    "percent": EarnedValueMethod.PERCENT,
    "physical % complete": EarnedValueMethod.PHYSICAL,
    "physical percent complete": EarnedValueMethod.PHYSICAL,
    "physical": EarnedValueMethod.PHYSICAL,
}
METHOD_LABELS = {EarnedValueMethod.PERCENT: "% Complete", EarnedValueMethod.PHYSICAL: "Physical % Complete"}


def earned_value_row(project: Project, task_id: int) -> TaskEarnedValue | None:
    return next((row for row in project.task_earned_value.values() if row.task_id == task_id), None)


def _leaf(project: Project, task_id: int) -> None:
    if task_id not in project.tasks:
        raise InputError(f"there is no task with Unique ID {task_id}")
    if any(task.parent_id == task_id for task in project.tasks.values()):
        raise InputError("a summary task earns what its subtasks earn; set theirs")


def _put(project: Project, task_id: int, label: str, **fields) -> Edit | None:
    _leaf(project, task_id)
    before = earned_value_row(project, task_id)
    if before is None:
        after = TaskEarnedValue(project.next_id("task_earned_value"), task_id, **fields)
        if after == TaskEarnedValue(after.id, task_id):
            return None  # the defaults: nothing to store
    else:
        after = replace(before, **fields)
        if after == before:
            return None
    return Edit(label, (Put("task_earned_value", before, after),))


def set_physical_percent(project: Project, task_id: int, percent: float) -> Edit | None:
    """The physical % complete; typing one makes it the task's earned-value method (MS Project asks
    for the method separately; a PM who types a physical % means it to count)."""
    if not 0 <= percent <= 100:
        raise InputError("physical % complete must be between 0 and 100")
    return _put(
        project, task_id, "Change physical % complete", physical_percent=percent, method=EarnedValueMethod.PHYSICAL
    )


def set_method(project: Project, task_id: int, text: str) -> Edit | None:
    """`% Complete` or `Physical % Complete`."""
    method = METHOD_NAMES.get(" ".join(text.lower().split()))
    if method is None:
        raise InputError(f"earned value method {text.strip()!r} is not % Complete or Physical % Complete")
    return _put(project, task_id, "Change earned value method", method=method)
