"""A Scheduler kept across edits of the rules' fields gives the schedule a fresh run gives."""

from __future__ import annotations

from datetime import datetime

from planner.core.edits.edit import apply_edit
from planner.core.edits.rules_edits import scheduling_options_edit, set_manual_start, set_task_mode
from planner.core.model.entities import ConstraintType
from planner.core.schedule.engine import schedule
from planner.core.schedule.scheduler import Scheduler
from tests.ui.helpers import small_project


def _dates(result, project) -> list[tuple[datetime, datetime]]:
    return [result.span(task_id) for task_id in sorted(project.tasks)]


def test_mode_start_and_honour_edits_reschedule_as_a_fresh_run() -> None:
    project = small_project()
    project.tasks[4].constraint_type, project.tasks[4].constraint_date = ConstraintType.MSO, datetime(2027, 1, 5, 8)
    scheduler = Scheduler(project)
    steps = [
        lambda: set_task_mode(scheduler.schedule, [3], True),
        lambda: set_manual_start(scheduler.schedule, 3, datetime(2027, 1, 9, 10, 0)),  # a Saturday, kept
        lambda: scheduling_options_edit(scheduler.schedule, honour_constraints=False),
        lambda: set_task_mode(scheduler.schedule, [3], False),
    ]
    for step in steps:
        changes = apply_edit(project, step())
        assert _dates(scheduler.update(changes), project) == _dates(schedule(project), project)
    assert scheduler.schedule.span(4)[0] == datetime(2027, 1, 7, 8, 0)  # links win: after Review
