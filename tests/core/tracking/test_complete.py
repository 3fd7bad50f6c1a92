"""100% complete fills in the actual finish, as MS Project does: typed in Update Tasks or the %
cell, as all of the duration done, or as nothing remaining. Before, the task became 100% with
no actual finish, so the earned value, the status report and the returned workbook had none."""

from __future__ import annotations

from datetime import datetime

from planner.core.edits.edit import apply_edit
from planner.core.edits.tracking_edits import set_percent, set_remaining_duration
from planner.core.edits.update_edits import TaskUpdate, update_task
from planner.core.schedule.engine import schedule
from tests.core.evm.worked import BUILD, DAY, DESIGN, STATUS, TEST, planned_project


def test_100_percent_on_a_task_not_started_finishes_it_as_scheduled():
    project = planned_project()
    apply_edit(project, update_task(schedule(project), BUILD, TaskUpdate(percent=100.0)))
    build = project.tasks[BUILD]
    assert build.actual_start == datetime(2027, 1, 18, 8)
    assert build.actual_finish == datetime(2027, 1, 29, 17)
    assert (build.percent_complete, build.duration.minutes) == (100.0, 10 * DAY)
    assert schedule(project).dates(TEST).start == datetime(2027, 2, 1, 8)  # nothing moved


def test_100_percent_after_an_actual_start_typed_in_the_same_update_finishes_its_duration_later():
    project = planned_project()
    update = TaskUpdate(actual_start=datetime(2027, 1, 20, 8), percent=100.0)
    apply_edit(project, update_task(schedule(project), BUILD, update))
    build = project.tasks[BUILD]
    assert (build.actual_start, build.actual_finish) == (datetime(2027, 1, 20, 8), datetime(2027, 2, 2, 17))
    assert build.duration.minutes == 10 * DAY


def test_a_typed_actual_finish_wins_over_the_scheduled_one():
    project = planned_project()
    update = TaskUpdate(percent=100.0, actual_finish=datetime(2027, 1, 27, 17))
    apply_edit(project, update_task(schedule(project), BUILD, update))
    build = project.tasks[BUILD]
    assert build.actual_finish == datetime(2027, 1, 27, 17) and build.duration.minutes == 8 * DAY


def test_all_of_the_duration_done_or_nothing_remaining_completes_the_task():
    project = planned_project()
    apply_edit(project, update_task(schedule(project), DESIGN, TaskUpdate(actual_duration="12d")))
    design = project.tasks[DESIGN]
    assert (design.actual_start, design.actual_finish) == (datetime(2027, 1, 4, 8), datetime(2027, 1, 19, 17))
    assert design.duration.minutes == 12 * DAY
    apply_edit(project, set_remaining_duration(schedule(project), BUILD, "0d"))
    build = project.tasks[BUILD]
    assert (build.percent_complete, build.actual_finish) == (100.0, datetime(2027, 2, 2, 17))


def test_100_percent_keeps_an_actual_finish_the_task_has_and_below_100_clears_it():
    project = planned_project()
    apply_edit(project, update_task(schedule(project), DESIGN, TaskUpdate(actual_finish=datetime(2027, 1, 14, 17))))
    assert set_percent(schedule(project), DESIGN, 100.0) is None
    apply_edit(project, set_percent(schedule(project), DESIGN, 60.0))
    design = project.tasks[DESIGN]
    assert (design.percent_complete, design.actual_finish, design.actual_start) == (60.0, None, datetime(2027, 1, 4, 8))


def test_a_late_task_marked_done_keeps_the_finish_it_shows():
    """Behind plan at the status date, its remaining work was after the status date: the actual
    finish is the finish the Gantt showed, and the duration the working time between the two."""
    project = planned_project()
    project.status_date = STATUS  # Fri 22 Jan 17:00
    project.tasks[BUILD].actual_start = datetime(2027, 1, 18, 8)
    project.tasks[BUILD].percent_complete = 20.0  # 2d done of 10d: 8d left after the status date
    shown = schedule(project).dates(BUILD).finish
    assert shown == datetime(2027, 2, 3, 17)
    apply_edit(project, set_percent(schedule(project), BUILD, 100.0))
    build = project.tasks[BUILD]
    assert build.actual_finish == shown and build.duration.minutes == 13 * DAY
