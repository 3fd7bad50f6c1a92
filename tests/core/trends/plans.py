"""A small plan to record status on: Build (10 working days, Ana at 50/h), then the Go-live milestone."""

from __future__ import annotations

from datetime import datetime

from planner.core.model.baselines import Baseline, TaskBaseline
from planner.core.model.duration import Duration
from planner.core.model.entities import Assignment, Link, Project, Resource, Task
from planner.core.model.factory import new_project
from planner.core.schedule.loops import LoopBreaker
from planner.core.schedule.result import Schedule

DAY = 480
START = datetime(2027, 1, 4, 8, 0)
STATUS = datetime(2027, 1, 8, 17, 0)  # Friday of the first week: half of Build was planned by then
BASELINE_FINISH = datetime(2027, 1, 15, 17, 0)


def build_plan(*, percent: float = 25.0, baseline: bool = True, status: datetime | None = STATUS) -> Project:
    project = new_project("Relaunch", START)
    project.tasks = {
        1: Task(1, "Build", position=1, duration=Duration(10 * DAY), percent_complete=percent, actual_start=START),
        2: Task(2, "Go-live", position=2, duration=Duration(0), milestone=True),
    }
    project.links = {1: Link(1, 1, 2)}
    project.resources = {1: Resource(1, "Ana", initials="AS", standard_rate=50.0)}
    project.assignments = {1: Assignment(1, 1, 1, 1.0, 10 * DAY)}
    project.status_date = status
    if baseline:
        project.baselines = {1: Baseline(1, 0, "Kick-off", START, for_variance=True)}
        project.task_baselines = {
            1: TaskBaseline(1, 1, 1, START, BASELINE_FINISH, 10 * DAY, 10 * DAY, 4000.0),
            2: TaskBaseline(2, 1, 2, BASELINE_FINISH, BASELINE_FINISH, 0, 0, 0.0),
        }
    return project


def scheduled(project: Project) -> Schedule:
    return LoopBreaker().schedule_first(project)
