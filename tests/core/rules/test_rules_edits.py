"""The edits behind Task Mode, Assignment Delay and the scheduling options: what a PM types, what
the schedule then shows, and refusals that change nothing."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from planner.core.edits.edit import apply_edit
from planner.core.edits.rules_edits import (
    parse_mode,
    scheduling_options_edit,
    set_assignment_delay,
    set_task_mode,
)
from planner.core.errors import InputError
from planner.core.model.duration import Duration
from planner.core.model.entities import Assignment, Resource
from planner.core.schedule.engine import schedule
from tests.ui.helpers import small_project

DAY = 480


def test_a_task_made_manual_keeps_its_dates_and_back_to_auto_follows_its_links_again() -> None:
    project = small_project()  # Review (3) on Wednesday after Spec
    edit = set_task_mode(schedule(project), [3], True)
    apply_edit(project, edit)
    assert project.tasks[3].manual_start == datetime(2027, 1, 6, 8, 0)
    project.tasks[2].duration = Duration(4 * DAY)  # Spec now ends Thursday
    assert schedule(project).dates(3).start == datetime(2027, 1, 6, 8, 0)
    apply_edit(project, set_task_mode(schedule(project), [3], False))
    assert schedule(project).dates(3).start == datetime(2027, 1, 8, 8, 0)
    assert set_task_mode(schedule(project), [3], False) is None  # nothing to change


def test_modes_are_typed_as_ms_project_names_them() -> None:
    assert parse_mode(" manually  scheduled ") is True and parse_mode("Auto") is False
    with pytest.raises(InputError, match="Manually Scheduled or Auto Scheduled"):
        parse_mode("sometimes")
    with pytest.raises(InputError, match="summary"):
        set_task_mode(schedule(small_project()), [1], True)


def test_a_delayed_assignment_lengthens_its_task_and_moves_the_successors() -> None:
    project = small_project()  # Build (4) 3 days Thu-Mon, then Launch
    project.resources = {1: Resource(1, "Ana"), 2: Resource(2, "Bo")}
    project.assignments = {1: Assignment(1, 4, 1, work_minutes=3 * DAY), 2: Assignment(2, 4, 2, 0.5, 3 * DAY // 2)}
    assert set_assignment_delay(project, 2, 0) is None
    apply_edit(project, set_assignment_delay(project, 1, DAY))  # Ana a day late: 4 days
    assert project.tasks[4].duration.minutes == 4 * DAY
    apply_edit(project, set_assignment_delay(project, 1, 0))  # never shortened: other work may need it
    assert project.tasks[4].duration.minutes == 4 * DAY
    apply_edit(project, set_assignment_delay(project, 2, 2 * DAY))  # Bo: 2 days late, 3 days at 50%
    assert project.tasks[4].duration.minutes == 5 * DAY
    assert schedule(project).dates(5).start == datetime(2027, 1, 13, 17, 0)
    with pytest.raises(InputError, match="negative"):
        set_assignment_delay(project, 2, -1)


def test_scheduling_options_are_one_edit_and_refuse_a_day_that_ends_before_it_starts() -> None:
    project = small_project()
    edit = scheduling_options_edit(schedule(project), False, time(9, 0), None)
    apply_edit(project, edit)
    assert (project.honour_constraints, project.default_start_time) == (False, time(9, 0))
    assert scheduling_options_edit(schedule(project), False, None, None) is None
    with pytest.raises(InputError, match="must come before"):
        scheduling_options_edit(schedule(project), None, None, time(8, 30))
    assert project.default_finish_time == time(17, 0)
