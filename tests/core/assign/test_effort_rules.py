"""MS Project's rule table (core/resources/effort.py), every cell: which of duration, work and units moves.

Each case starts from a 5-day task (Ana at 100%: 40h; or, to remove someone, Ana and Bo at
100%: 80h) and states the task's duration in days and each assignment's units and work in hours.
"""

from __future__ import annotations

import pytest

from planner.core.edits import assignment_edits as edits
from planner.core.edits.task_edits import set_duration
from planner.core.model.entities import Assignment, Project, TaskType
from tests.core.assign.helpers import applied, days, team_project, units_and_work

FU, FW, FD = TaskType.FIXED_UNITS, TaskType.FIXED_WORK, TaskType.FIXED_DURATION


def with_ana(task_type: TaskType, effort_driven: bool) -> Project:
    project = team_project(task_type, effort_driven)
    project.assignments = {1: Assignment(1, 1, 1, 1.0, 40 * 60)}
    return project


def with_ana_and_bo(task_type: TaskType, effort_driven: bool) -> Project:
    project = with_ana(task_type, effort_driven)
    project.assignments[2] = Assignment(2, 1, 2, 1.0, 40 * 60)
    return project


ACTIONS = {
    "duration 10d": (with_ana, lambda p: set_duration(p, 1, "10d")),
    "work 80h": (with_ana, lambda p: edits.set_task_work(p, 1, "80h")),
    "Ana 50%": (with_ana, lambda p: edits.set_units(p, 1, 1, 0.5)),
    "add Bo": (with_ana, lambda p: edits.assign_names(p, 1, "Ana;Bo Chen")),
    "remove Bo": (with_ana_and_bo, lambda p: edits.assign_names(p, 1, "Ana")),
}

TABLE = [
    # action, type, effort-driven, duration (days), {name: (units, work hours)}
    ("duration 10d", FU, False, 10, {"Ana": (1.0, 80)}),
    ("duration 10d", FU, True, 10, {"Ana": (1.0, 80)}),
    ("duration 10d", FW, True, 10, {"Ana": (0.5, 40)}),
    ("duration 10d", FD, False, 10, {"Ana": (1.0, 80)}),
    ("duration 10d", FD, True, 10, {"Ana": (1.0, 80)}),
    ("work 80h", FU, False, 10, {"Ana": (1.0, 80)}),
    ("work 80h", FU, True, 10, {"Ana": (1.0, 80)}),
    ("work 80h", FW, True, 10, {"Ana": (1.0, 80)}),
    ("work 80h", FD, False, 5, {"Ana": (2.0, 80)}),
    ("work 80h", FD, True, 5, {"Ana": (2.0, 80)}),
    ("Ana 50%", FU, False, 10, {"Ana": (0.5, 40)}),
    ("Ana 50%", FU, True, 10, {"Ana": (0.5, 40)}),
    ("Ana 50%", FW, True, 10, {"Ana": (0.5, 40)}),
    ("Ana 50%", FD, False, 5, {"Ana": (0.5, 20)}),
    ("Ana 50%", FD, True, 5, {"Ana": (0.5, 20)}),
    ("add Bo", FU, False, 5, {"Ana": (1.0, 40), "Bo Chen": (1.0, 40)}),
    ("add Bo", FU, True, 2.5, {"Ana": (1.0, 20), "Bo Chen": (1.0, 20)}),
    ("add Bo", FW, True, 2.5, {"Ana": (1.0, 20), "Bo Chen": (1.0, 20)}),
    ("add Bo", FD, False, 5, {"Ana": (1.0, 40), "Bo Chen": (1.0, 40)}),
    ("add Bo", FD, True, 5, {"Ana": (0.5, 20), "Bo Chen": (0.5, 20)}),
    ("remove Bo", FU, False, 5, {"Ana": (1.0, 40)}),
    ("remove Bo", FU, True, 10, {"Ana": (1.0, 80)}),
    ("remove Bo", FW, True, 10, {"Ana": (1.0, 80)}),
    ("remove Bo", FD, False, 5, {"Ana": (1.0, 40)}),
    ("remove Bo", FD, True, 5, {"Ana": (2.0, 80)}),
]


@pytest.mark.parametrize(("action", "task_type", "effort_driven", "duration", "expected"), TABLE)
def test_the_rule_table(action, task_type, effort_driven, duration, expected) -> None:
    start, build = ACTIONS[action]
    project = applied(start(task_type, effort_driven), build(start(task_type, effort_driven)))
    assert (days(project), units_and_work(project)) == (duration, expected)


def test_the_table_covers_every_type_and_action() -> None:
    cells = {(a, t, e) for a, t, e, _, _ in TABLE}
    for action in ACTIONS:
        for task_type in TaskType:
            for driven in (False, True) if task_type != FW else (True,):
                assert (action, task_type, driven) in cells


def test_undo_of_an_assignment_restores_duration_work_and_units() -> None:
    project = with_ana(FU, True)
    before = (days(project), units_and_work(project))
    edit = edits.assign_names(project, 1, "Ana;Bo Chen[50%]")
    applied(project, edit)
    assert days(project) == pytest.approx(5 / 1.5)
    applied(project, edit.inverse())
    assert (days(project), units_and_work(project)) == before


def test_a_fixed_work_task_is_always_effort_driven() -> None:
    project = team_project()
    applied(project, edits.set_task_type(project, 1, "Fixed Work"))
    assert project.tasks[1].task_type == FW and project.tasks[1].effort_driven
    with pytest.raises(ValueError, match="a fixed-work task is always effort-driven"):
        edits.set_effort_driven(project, 1, False)
    with pytest.raises(ValueError, match="'Fixed Cost' is not a task type"):
        edits.set_task_type(project, 1, "Fixed Cost")
