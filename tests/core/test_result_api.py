"""Schedule's per-task API beyond dates(): span() and the drivers and late dates of summaries."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from planner.core.model.entities import Project
from planner.core.schedule.engine import compile_calendars, schedule
from planner.exchange.demo import demo_project

from .scenario_loader import load, scenario_files

MIXED = """\
# ALAP, elapsed and progress tasks, under summaries, with a milestone and a task calendar.
status 2027-01-06T12:00
calendar 2 "Mornings"
week mon-fri 08:00-12:00
task 1 "Started"
  task 2 "Half done" 4d done 50% actual-start 2027-01-04T08:00
  task 3 "Curing" 3ed after 2
  task 4 "Tidy up" 1d alap
task 5 "Approval" milestone after 3
task 6 "Later" 2d alap after 2SS
task 7 "Mornings only" 2d calendar 2 after 5
task 8 "Elapsed lag" 1d after 7FS+20eh
"""


def _assert_span_is_dates(project: Project) -> None:
    result = schedule(project)
    for task_id in project.tasks:
        dates = result.dates(task_id)
        assert result.span(task_id) == (dates.start, dates.finish), f"task {task_id}"


def test_span_is_the_start_and_finish_of_dates_in_the_demo() -> None:
    _assert_span_is_dates(demo_project())


def test_span_is_the_start_and_finish_of_dates_with_alap_elapsed_and_progress(tmp_path: Path) -> None:
    path = tmp_path / "mixed.sched"
    path.write_text(MIXED)
    project = load(path).project
    result = schedule(project)
    assert result.span(3) == (datetime(2027, 1, 8, 12), datetime(2027, 1, 11, 12))  # 3 days through a weekend
    assert result.span(4) == (datetime(2027, 1, 18, 8), datetime(2027, 1, 18, 17))  # placed late
    assert result.span(1) == (datetime(2027, 1, 4, 8), datetime(2027, 1, 18, 17))  # up to its ALAP subtask
    _assert_span_is_dates(project)


SCHEDULING = [path for path in scenario_files() if not load(path).error]


@pytest.mark.parametrize("path", SCHEDULING, ids=lambda path: path.stem)
def test_span_is_the_start_and_finish_of_dates_in_every_scenario(path: Path) -> None:
    _assert_span_is_dates(load(path).project)


def test_demo_summaries_take_their_late_dates_from_their_subtasks() -> None:
    """Sprint 1 ends with its critical Frontend, so it is critical; every summary's late finish
    is its subtasks' latest, its late start their earliest, and its float LF - EF."""
    project = demo_project()
    result = schedule(project)
    calendar = compile_calendars(project)[project.calendar_id]
    assert result.dates(27).total_float_minutes == 0 and result.is_critical(27)
    for task_id, children in result.outline.children.items():
        if task_id is None or not children:
            continue
        dates, subtasks = result.dates(task_id), [result.dates(c) for c in children]
        assert dates.late_finish == max(d.late_finish for d in subtasks), task_id
        assert dates.late_start == min(d.late_start for d in subtasks), task_id
        finish_slack = calendar.offset(dates.late_finish) - calendar.offset(dates.early_finish)
        assert dates.total_float_minutes == finish_slack, task_id
        assert 0 <= dates.free_float_minutes <= max(0, dates.total_float_minutes), task_id


def test_a_summary_without_links_is_started_by_its_earliest_subtask() -> None:
    result = schedule(demo_project())
    driver = result.start_driver(27)  # Sprint 1: registration, login and profile
    assert (driver.kind, driver.subtask_id) == ("subtask", 28)  # Backend: customer account API
    assert result.start_driver(28).kind == "link"
