"""Key dates, milestones and open issues as a stakeholder reads them off a small plan."""

from __future__ import annotations

from datetime import datetime

from planner.core.model.baselines import Baseline, TaskBaseline
from planner.core.model.duration import Duration
from planner.core.model.entities import Assignment, Link, Resource, Task
from planner.core.model.factory import new_project
from planner.core.schedule.loops import LoopBreaker
from planner.core.summary.key_dates import key_dates, slip_days
from planner.core.summary.milestones import milestone_lines, next_milestones
from planner.core.summary.open_issues import late_tasks, open_issues, overallocated_resources, past_deadline

DAY = 480


def plan(baseline_finish: datetime | None = None, status: datetime | None = None):
    """Build 5d (Mon 4 Jan - Fri 8 Jan 2027), then Launch, a milestone Fri 8 Jan 17:00."""
    project = new_project("Relaunch", datetime(2027, 1, 4, 8, 0))
    project.tasks = {
        1: Task(1, "Build", position=1, duration=Duration(5 * DAY), deadline=datetime(2027, 1, 7, 17, 0)),
        2: Task(2, "Launch", position=2, duration=Duration(0), milestone=True),
    }
    project.links = {1: Link(1, 1, 2)}
    project.status_date = status
    if baseline_finish is not None:
        project.baselines = {1: Baseline(1, 0, "Kick-off")}
        project.task_baselines = {
            1: TaskBaseline(1, 1, 1, datetime(2027, 1, 4, 8, 0), baseline_finish),
            2: TaskBaseline(2, 1, 2, baseline_finish, baseline_finish),
        }
    return LoopBreaker().schedule_first(project)


def test_slip_is_calendar_days_forecast_minus_baseline() -> None:
    assert slip_days(datetime(2027, 1, 8, 17), datetime(2027, 1, 6, 17)) == 2.0
    assert slip_days(datetime(2027, 1, 6, 12), datetime(2027, 1, 6, 17)) == -0.2
    assert slip_days(datetime(2027, 1, 6, 12), None) is None


def test_key_dates_measure_the_forecast_against_the_baseline() -> None:
    dates = key_dates(plan(baseline_finish=datetime(2027, 1, 6, 17, 0)))
    assert (dates.start, dates.forecast_finish) == (datetime(2027, 1, 4, 8), datetime(2027, 1, 8, 17))
    assert dates.baseline_finish == datetime(2027, 1, 6, 17) and dates.slip == 2.0
    assert key_dates(plan()).slip is None


def test_milestones_carry_baseline_forecast_and_slip() -> None:
    lines = milestone_lines(plan(baseline_finish=datetime(2027, 1, 6, 17, 0)))
    assert [(m.row, m.wbs, m.name, m.slip, m.late) for m in lines] == [(2, "2", "Launch", 2.0, True)]
    assert next_milestones(lines, datetime(2027, 1, 5, 17)) == lines
    assert next_milestones(lines, datetime(2027, 1, 9, 17)) == []


def test_open_issues_name_what_needs_attention() -> None:
    schedule = plan(baseline_finish=datetime(2027, 1, 6, 17, 0), status=datetime(2027, 1, 7, 17, 0))
    assert late_tasks(schedule).items == ("ID 1 Build", "ID 2 Launch")
    assert past_deadline(schedule).items == ("ID 1 Build",)
    assert overallocated_resources(schedule).items == ()
    assert [i.title for i in open_issues(schedule)] == [
        "Over-allocated resources",
        "Late tasks",
        "Tasks past their deadline",
    ]


def test_a_person_on_two_tasks_at_once_is_over_allocated() -> None:
    project = new_project("Twice", datetime(2027, 1, 4, 8, 0))
    project.tasks = {1: Task(1, "A", position=1), 2: Task(2, "B", position=2)}
    project.resources = {1: Resource(1, "Ana Silva")}
    project.assignments = {1: Assignment(1, 1, 1, work_minutes=DAY), 2: Assignment(2, 2, 1, work_minutes=DAY)}
    assert overallocated_resources(LoopBreaker().schedule_first(project)).items == ("Ana Silva",)
