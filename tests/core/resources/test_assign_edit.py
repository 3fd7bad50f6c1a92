"""The one-click assignment of the skill match: a Put that undoes, refused where it makes no sense."""

from __future__ import annotations

import pytest

from planner.core.edits.edit import apply_edit
from planner.core.errors import InputError
from planner.core.model.duration import Duration
from planner.core.model.entities import Task
from planner.core.resources.assign_edit import assign_edit

from .build import Plan


def test_assigning_puts_units_times_duration_of_work_and_undoes() -> None:
    plan = Plan()
    ana = plan.person("Ana")
    build = plan.task("Build", days=3)
    edit = assign_edit(plan.project, build, ana, 0.5)
    assert edit.label == "Assign Ana to Build"
    apply_edit(plan.project, edit)
    (assignment,) = plan.project.assignments.values()
    assert (assignment.task_id, assignment.resource_id, assignment.units, assignment.work_minutes) == (
        build,
        ana,
        0.5,
        12 * 60,
    )
    apply_edit(plan.project, edit.inverse())
    assert plan.project.assignments == {}


def test_twice_a_milestone_or_a_summary_is_refused_by_name() -> None:
    plan = Plan()
    ana = plan.person("Ana")
    build = plan.task("Build")
    apply_edit(plan.project, assign_edit(plan.project, build, ana))
    with pytest.raises(InputError, match="Ana is already assigned to 'Build'"):
        assign_edit(plan.project, build, ana)
    plan.project.tasks[9] = Task(9, "Go-live", duration=Duration(0), milestone=True, position=9)
    with pytest.raises(InputError, match="milestone"):
        assign_edit(plan.project, 9, ana)
    plan.project.tasks[10] = Task(10, "Phase", position=10)
    plan.project.tasks[11] = Task(11, "Step", parent_id=10)
    with pytest.raises(InputError, match="summary task"):
        assign_edit(plan.project, 10, ana)
