"""The networks on which random search found the simulation at the most likely durations and the
CPM schedule apart, kept as examples: each must simulate to its CPM schedule exactly."""

from __future__ import annotations

from datetime import datetime

from planner.core.model.duration import Duration
from planner.core.model.entities import ConstraintType, Project, Task
from planner.core.schedule.scheduler import Scheduler

from .test_simulation_equals_cpm import _check_dates, _check_outcome


def held_before_its_summary() -> Project:
    """A summary's Start No Earlier Than after its only subtask, which a Start No Later Than holds
    earlier: the summary's start point is the latest date of the network, but no task's finish."""
    project = Project(name="held", start=datetime(2027, 1, 4, 8, 0))
    snet, snlt = ConstraintType.SNET, ConstraintType.SNLT
    project.tasks = {
        1: Task(1, "Phase", position=1, constraint_type=snet, constraint_date=datetime(2027, 1, 11, 8, 0)),
        2: Task(
            2,
            "Held",
            parent_id=1,
            position=2,
            duration=Duration(480),
            constraint_type=snlt,
            constraint_date=datetime(2027, 1, 5, 8, 0),
        ),
    }
    return project


def test_the_project_finishes_with_its_latest_task_not_a_summary_start():
    project = held_before_its_summary()
    assert Scheduler(project).schedule.project_finish == datetime(2027, 1, 5, 17, 0)
    _check_dates(project)
    _check_outcome(project)
