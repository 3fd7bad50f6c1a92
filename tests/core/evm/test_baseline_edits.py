"""Saving, clearing and choosing baselines, as a PM does it from Project > Set Baseline."""

from __future__ import annotations

from datetime import datetime

import pytest

from planner.core.edits.baseline_edits import clear_baseline, measure_against, save_baseline
from planner.core.edits.edit import apply_edit
from planner.core.edits.outline_edits import delete_tasks
from planner.core.errors import InputError
from planner.core.evm.baselines import baseline_numbered, measured_baseline, task_rows
from planner.core.model.duration import Duration
from planner.core.schedule.engine import schedule
from tests.core.evm.worked import BUILD, DESIGN, KICK_OFF, TEST, planned_project

LATER = datetime(2027, 1, 11, 9, 0)


def test_saving_baseline_0_keeps_each_tasks_dates_duration_work_and_cost():
    project = planned_project()
    edit = save_baseline(schedule(project), 0, KICK_OFF, name="Kick-off")
    apply_edit(project, edit)
    baseline = baseline_numbered(project, 0)
    assert (baseline.name, baseline.saved, baseline.for_variance) == ("Kick-off", KICK_OFF, True)
    rows = task_rows(project, baseline)
    build = rows[BUILD]
    assert (build.start, build.finish) == (datetime(2027, 1, 18, 8), datetime(2027, 1, 29, 17))
    assert (build.duration_minutes, build.work_minutes, build.cost) == (4800, 4800, 8000.0)
    assert rows[DESIGN].cost == 10_000 and rows[TEST].cost == 4_000
    assert edit.label == "Save Baseline"


def test_a_baseline_stays_when_the_plan_moves_and_undo_takes_it_back():
    project = planned_project()
    edit = save_baseline(schedule(project), 0, KICK_OFF)
    apply_edit(project, edit)
    project.tasks[DESIGN].duration = Duration(15 * 480)  # the plan slips; the baseline must not
    assert task_rows(project, measured_baseline(project))[TEST].start == datetime(2027, 2, 1, 8)
    apply_edit(project, edit.inverse())
    assert project.baselines == {} and project.task_baselines == {}


def test_saving_for_selected_tasks_replaces_only_theirs():
    project = planned_project()
    apply_edit(project, save_baseline(schedule(project), 1, KICK_OFF, name="First"))
    project.tasks[DESIGN].duration = Duration(15 * 480)
    edit = save_baseline(schedule(project), 1, LATER, task_ids=[BUILD])
    apply_edit(project, edit)
    rows = task_rows(project, baseline_numbered(project, 1))
    assert rows[BUILD].start == datetime(2027, 1, 25, 8)  # Build's row is the moved plan
    assert rows[TEST].start == datetime(2027, 2, 1, 8)  # Test's stays as first saved
    assert rows[DESIGN].duration_minutes == 4800
    assert baseline_numbered(project, 1).name == "First" and baseline_numbered(project, 1).saved == LATER
    assert edit.label == "Save Baseline 1 for 1 task"


def test_the_first_baseline_saved_is_measured_against_until_another_is_chosen():
    project = planned_project()
    apply_edit(project, save_baseline(schedule(project), 2, KICK_OFF))
    apply_edit(project, save_baseline(schedule(project), 0, LATER))
    assert measured_baseline(project).number == 2
    apply_edit(project, measure_against(project, 0))
    assert measured_baseline(project).number == 0
    assert measure_against(project, 0) is None  # already: no empty undo step
    with pytest.raises(InputError, match="Baseline 5 has not been saved"):
        measure_against(project, 5)


def test_clearing_a_whole_baseline_or_selected_tasks():
    project = planned_project()
    apply_edit(project, save_baseline(schedule(project), 0, KICK_OFF))
    apply_edit(project, clear_baseline(project, 0, [TEST]))
    assert set(task_rows(project, baseline_numbered(project, 0))) == {DESIGN, BUILD}
    apply_edit(project, clear_baseline(project, 0))
    assert project.baselines == {} and project.task_baselines == {}
    with pytest.raises(InputError, match="Baseline has not been saved: there is nothing to clear"):
        clear_baseline(project, 0)


def test_deleting_a_task_takes_its_baseline_rows():
    project = planned_project()
    apply_edit(project, save_baseline(schedule(project), 0, KICK_OFF))
    apply_edit(project, delete_tasks(project, [TEST]))
    assert TEST not in task_rows(project, baseline_numbered(project, 0))


def test_bad_baseline_numbers_and_tasks_are_refused():
    project = planned_project()
    with pytest.raises(InputError, match="baselines are numbered 0 to 10"):
        save_baseline(schedule(project), 11, KICK_OFF)
    with pytest.raises(InputError, match="no task with Unique ID 99"):
        save_baseline(schedule(project), 0, KICK_OFF, task_ids=[99])
