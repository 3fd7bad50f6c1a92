"""Tracking: actual start and finish, remaining duration and Mark on Track keep progress consistent."""

from __future__ import annotations

from datetime import datetime

import pytest

from planner.core.edits.edit import apply_edit
from planner.core.edits.project_edits import status_date_edit
from planner.core.edits.tracking_edits import (
    mark_on_track,
    remaining_minutes,
    set_actual_finish,
    set_actual_start,
    set_remaining_duration,
)
from planner.core.errors import InputError
from planner.core.model.duration import Duration
from planner.core.model.entities import Link, Task
from planner.core.model.factory import new_project
from planner.core.schedule.engine import schedule

DAY = 480


@pytest.fixture
def project():
    """Design: Spec 2d (Mon 4 - Tue 5 Jan 2027) -> Review 1d (Wed 6); Build 3d (Thu 7 - Mon 11); Launch."""
    project = new_project("Relaunch", datetime(2027, 1, 4, 8, 0))
    project.tasks = {
        1: Task(1, "Design", position=1),
        2: Task(2, "Spec", parent_id=1, position=1, duration=Duration(2 * DAY)),
        3: Task(3, "Review", parent_id=1, position=2, duration=Duration(DAY)),
        4: Task(4, "Build", position=2, duration=Duration(3 * DAY)),
        5: Task(5, "Launch", position=3, duration=Duration(0), milestone=True),
    }
    project.links = {1: Link(1, 2, 3), 2: Link(2, 3, 4), 3: Link(3, 4, 5)}
    return project


def run(project, build):
    edit = build(schedule(project))
    apply_edit(project, edit)
    return edit


def test_mark_on_track_completes_the_work_scheduled_up_to_the_status_date(project):
    apply_edit(project, status_date_edit(project, "Fri 2027-01-08"))  # 17:00: Build has 2 of its 3 days done
    edit = run(project, lambda _s: mark_on_track(project, [1, 4, 5]))
    assert edit.label == "Mark on track" and len(edit.changes) == 3  # Spec, Review, Build; Launch not started
    spec, review, build, launch = (project.tasks[i] for i in (2, 3, 4, 5))
    assert (spec.percent_complete, spec.actual_start, spec.actual_finish) == (
        100.0,
        datetime(2027, 1, 4, 8, 0),
        datetime(2027, 1, 5, 17, 0),
    )
    assert review.percent_complete == 100.0 and review.actual_finish == datetime(2027, 1, 6, 17, 0)
    assert (build.percent_complete, build.actual_start, build.actual_finish) == (
        66.7,
        datetime(2027, 1, 7, 8, 0),
        None,
    )
    assert (launch.percent_complete, launch.actual_start) == (0.0, None)
    assert schedule(project).dates(4).finish == datetime(2027, 1, 11, 17, 0)  # on track: nothing moved
    apply_edit(project, edit.inverse())
    assert all(t.percent_complete == 0 and t.actual_start is None for t in project.tasks.values())


def test_mark_on_track_needs_a_status_date(project):
    with pytest.raises(InputError, match="set one first"):
        mark_on_track(project, [4])


def test_mark_on_track_of_tasks_already_on_track_changes_nothing(project):
    apply_edit(project, status_date_edit(project, "2027-01-05"))
    run(project, lambda _s: mark_on_track(project, [2]))
    assert mark_on_track(project, [2, 4]) is None


def test_an_actual_start_starts_the_task_there_and_clearing_it_clears_progress(project):
    run(project, lambda s: set_actual_start(s, 4, datetime(2027, 1, 6, 8, 0)))
    assert schedule(project).dates(4).start == datetime(2027, 1, 6, 8, 0)
    run(project, lambda s: set_actual_finish(s, 4, datetime(2027, 1, 8, 17, 0)))
    run(project, lambda s: set_actual_start(s, 4, None))
    build = project.tasks[4]
    assert (build.actual_start, build.actual_finish, build.percent_complete) == (None, None, 0.0)


def test_an_actual_finish_completes_the_task_and_sets_its_duration(project):
    run(project, lambda s: set_actual_finish(s, 4, datetime(2027, 1, 12, 17, 0)))
    build = project.tasks[4]
    assert (build.percent_complete, build.actual_start) == (100.0, datetime(2027, 1, 7, 8, 0))
    assert build.duration == Duration(4 * DAY)  # Thu to Tue: four working days
    assert schedule(project).dates(5).start == datetime(2027, 1, 12, 17, 0)


def test_an_actual_finish_before_the_start_is_refused(project):
    with pytest.raises(InputError, match="is before the actual start Thu 2027-01-07 08:00"):
        set_actual_finish(schedule(project), 4, datetime(2027, 1, 6, 17, 0))


def test_a_summary_takes_its_progress_from_its_subtasks(project):
    with pytest.raises(InputError, match="summary task's actual start comes from its subtasks"):
        set_actual_start(schedule(project), 1, datetime(2027, 1, 4, 8, 0))


def test_remaining_duration_keeps_the_work_done(project):
    project.tasks[4] = Task(4, "Build", position=2, duration=Duration(3 * DAY), percent_complete=50.0)
    assert remaining_minutes(project.tasks[4]) == 720
    run(project, lambda s: set_remaining_duration(s, 4, "3d"))
    build = project.tasks[4]
    assert build.duration == Duration(720 + 3 * DAY)  # 1.5d done + 3d left
    assert build.percent_complete == pytest.approx(100 * 720 / (720 + 3 * DAY))
    assert build.actual_start == datetime(2027, 1, 7, 8, 0)
    run(project, lambda s: set_remaining_duration(s, 4, "0"))
    assert project.tasks[4].percent_complete == 100.0


def test_remaining_duration_of_an_unstarted_task_is_its_duration(project):
    run(project, lambda s: set_remaining_duration(s, 4, "5d"))
    assert (project.tasks[4].duration, project.tasks[4].actual_start) == (Duration(5 * DAY), None)


@pytest.mark.parametrize(("text", "reason"), [("-1d", "negative"), ("soon", "soon"), ("2ed", "working time")])
def test_a_remaining_duration_that_cannot_be_taken_is_refused(project, text, reason):
    with pytest.raises(InputError, match=reason):
        set_remaining_duration(schedule(project), 4, text)
