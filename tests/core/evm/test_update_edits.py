"""Update Tasks and Update Project, as MS Project's Tracking tools do them."""

from __future__ import annotations

from datetime import datetime

import pytest

from planner.core.edits.edit import apply_edit
from planner.core.edits.update_edits import TaskUpdate, update_project, update_task
from planner.core.errors import InputError
from planner.core.schedule.engine import schedule
from tests.core.evm.worked import BUILD, DESIGN, TEST, planned_project


def test_update_tasks_applies_every_field_typed_as_one_edit():
    project = planned_project()
    update = TaskUpdate(actual_start=datetime(2027, 1, 5, 8), percent=50.0)
    edit = update_task(schedule(project), DESIGN, update)
    assert edit.label == "Update task" and len(edit.changes) == 2
    apply_edit(project, edit)
    design = project.tasks[DESIGN]
    assert (design.actual_start, design.percent_complete) == (datetime(2027, 1, 5, 8), 50.0)
    apply_edit(project, edit.inverse())
    assert project.tasks[DESIGN].actual_start is None


def test_actual_and_remaining_duration():
    project = planned_project()
    apply_edit(project, update_task(schedule(project), BUILD, TaskUpdate(actual_duration="4d")))
    assert project.tasks[BUILD].percent_complete == 40.0
    assert project.tasks[BUILD].actual_start == datetime(2027, 1, 18, 8)
    apply_edit(project, update_task(schedule(project), BUILD, TaskUpdate(remaining_duration="8d")))
    build = project.tasks[BUILD]
    assert build.duration.minutes == 12 * 480 and build.percent_complete == pytest.approx(100 * 4 / 12)
    apply_edit(project, update_task(schedule(project), BUILD, TaskUpdate(actual_duration="13d")))
    assert project.tasks[BUILD].percent_complete == 100 and project.tasks[BUILD].duration.minutes == 13 * 480


def test_actual_finish_completes_the_task():
    project = planned_project()
    update = TaskUpdate(actual_start=datetime(2027, 1, 4, 8), actual_finish=datetime(2027, 1, 19, 17))
    apply_edit(project, update_task(schedule(project), DESIGN, update))
    design = project.tasks[DESIGN]
    assert design.percent_complete == 100 and design.duration.minutes == 12 * 480


def test_a_bad_field_refuses_the_whole_update():
    project = planned_project()
    update = TaskUpdate(percent=30.0, remaining_duration="soon")
    with pytest.raises(InputError):
        update_task(schedule(project), DESIGN, update)
    assert project.tasks[DESIGN].percent_complete == 0


def test_update_project_as_complete_through_a_date():
    project = planned_project()
    apply_edit(project, update_project(project, datetime(2027, 1, 22, 17)))
    assert project.tasks[DESIGN].percent_complete == 100
    assert project.tasks[BUILD].percent_complete == 50 and project.tasks[TEST].percent_complete == 0
    assert project.status_date is None  # the status date is the PM's to set


def test_update_project_0_or_100_only():
    project = planned_project()
    apply_edit(project, update_project(project, datetime(2027, 1, 22, 17), all_or_nothing=True))
    assert project.tasks[DESIGN].percent_complete == 100 and project.tasks[BUILD].percent_complete == 0
