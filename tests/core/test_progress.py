"""One rule for progress: a summary's % complete is rolled up by duration, and complete is never critical."""

from __future__ import annotations

from datetime import datetime

from planner.core.model.duration import Duration
from planner.core.model.entities import Link, Project, Task
from planner.core.model.factory import new_project
from planner.core.schedule.engine import compile_calendars, schedule
from planner.core.schedule.progress import complete_through, percent_at, summary_percents

from .dates import friday, monday

DAY = 480


def phases() -> Project:
    """Phase 1 (2d done + 1d half done) -> Phase 2 (a 2d task not started): all on the critical path."""
    project = new_project("Rollout", monday(2027, 1, 4))
    project.tasks = {
        1: Task(1, "Phase 1", position=1),
        2: Task(2, "Spec", parent_id=1, position=1, duration=Duration(2 * DAY), percent_complete=100),
        3: Task(3, "Review", parent_id=1, position=2, duration=Duration(DAY), percent_complete=50),
        4: Task(4, "Phase 2", position=2),
        5: Task(5, "Build", parent_id=4, position=1, duration=Duration(2 * DAY)),
    }
    project.links = {1: Link(1, 2, 3), 2: Link(2, 3, 5)}
    return project


def test_a_summary_rolls_up_its_subtasks_progress_weighted_by_duration():
    result = schedule(phases())
    assert round(result.percent_complete(1), 2) == round(100 * (2 * DAY + DAY / 2) / (3 * DAY), 2)
    assert result.percent_complete(4) == 0.0
    assert result.dates(1).percent_complete == result.percent_complete(1)


def test_a_complete_summary_is_not_critical_though_it_has_no_float():
    project = phases()
    project.tasks[3].percent_complete = 100
    result = schedule(project)
    assert result.dates(1).total_float_minutes <= 0
    assert result.dates(1).percent_complete == 100
    assert not result.dates(1).critical
    assert not result.is_critical(1)
    assert result.dates(4).critical  # the work still to do stays critical


def test_an_actual_finish_counts_as_complete():
    project = phases()
    project.tasks[3].actual_finish = datetime(2027, 1, 6, 17, 0)
    assert schedule(project).percent_complete(3) == 100.0


def test_a_summary_rolls_up_an_actual_finish_as_its_only_progress():
    project = phases()
    project.tasks[2].percent_complete = project.tasks[3].percent_complete = 0
    assert summary_percents(project, schedule(project).outline) == {}  # no progress anywhere: all at 0%
    project.tasks[3].actual_finish = datetime(2027, 1, 6, 17, 0)
    result = schedule(project)
    assert round(result.percent_complete(1), 2) == round(100 * DAY / (3 * DAY), 2)
    assert result.percent_complete(4) == 0.0


def test_a_summary_of_milestones_counts_each_alike():
    project = new_project("Gates", monday(2027, 1, 4))
    project.tasks = {
        1: Task(1, "Gates", position=1),
        2: Task(2, "Go", parent_id=1, position=1, duration=Duration(0), milestone=True, percent_complete=100),
        3: Task(3, "Live", parent_id=1, position=2, duration=Duration(0), milestone=True),
    }
    result = schedule(project)
    assert summary_percents(project, result.outline) == {1: 50.0}


def test_progress_runs_in_working_time_and_percent_at_is_its_inverse():
    project = phases()
    task = project.tasks[5]  # 2 working days, Thu 2027-01-07 08:00 to Fri 2027-01-08 17:00
    calendar = compile_calendars(project)[project.calendar_id]
    start, finish = datetime(2027, 1, 7, 8, 0), friday(2027, 1, 8, "17:00")
    assert complete_through(task, 50, start, finish, calendar, summary=False) == datetime(2027, 1, 7, 17, 0)
    assert complete_through(task, 100, start, finish, calendar, summary=False) == finish
    assert complete_through(task, 0, start, finish, calendar, summary=False) is None
    assert percent_at(task, start, finish, calendar, datetime(2027, 1, 7, 17, 0)) == 50.0
    assert percent_at(task, start, finish, calendar, start) == 0.0
    assert percent_at(task, start, finish, calendar, finish) == 100.0
