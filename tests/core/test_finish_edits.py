"""A new finish changes the duration, in working time from the start; where the work then ends is known."""

from __future__ import annotations

from datetime import datetime

import pytest

from planner.core.edits.edit import apply_edit
from planner.core.edits.finish_edits import duration_to, finish_after, set_finish, task_calendar
from planner.core.errors import InputError
from planner.core.model.duration import Duration
from planner.core.schedule.engine import schedule

from .test_progress import DAY, phases


def test_a_typed_finish_sets_the_working_time_from_the_start():
    result = schedule(phases())  # Build: Thu 2027-01-07 08:00, 2d
    edit = set_finish(result, 5, datetime(2027, 1, 12, 17, 0))  # Tue of the next week
    project = result.project
    apply_edit(project, edit)
    assert project.tasks[5].duration.minutes == 4 * DAY
    assert schedule(project).dates(5).finish == datetime(2027, 1, 12, 17, 0)


def test_a_finish_before_the_start_and_a_summary_finish_are_refused():
    result = schedule(phases())
    with pytest.raises(InputError, match="before the task's start Thu 2027-01-07"):
        set_finish(result, 5, datetime(2027, 1, 5, 17, 0))
    with pytest.raises(InputError, match="summary"):
        set_finish(result, 4, datetime(2027, 1, 12, 17, 0))


def test_work_reaching_a_weekend_ends_on_friday():
    result = schedule(phases())
    calendar = task_calendar(result, 5)
    start = datetime(2027, 1, 7, 8, 0)
    duration = duration_to(calendar, start, datetime(2027, 1, 10, 0, 0))  # dragged to Sunday 00:00
    assert duration == Duration(2 * DAY)
    assert finish_after(calendar, start, duration) == datetime(2027, 1, 8, 17, 0)
    assert finish_after(calendar, start, Duration(3 * 24 * 60, True)) == datetime(2027, 1, 10, 8, 0)
