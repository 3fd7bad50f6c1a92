"""Every GanttProject sample imports, survives a reopen, and keeps the dates GanttProject showed."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from planner.core.model.entities import ConstraintType
from planner.exchange.foreign.fidelity import moved_tasks
from planner.exchange.ganttproject.reader import read_plan
from planner.exchange.project_formats import import_project
from planner.store.projectfile import ProjectFile

from .gan_files import HOUSE, SAMPLES, TEST_DATA, needs_samples


@needs_samples
@pytest.mark.parametrize("source", SAMPLES, ids=lambda p: p.name)
def test_each_sample_imports_reopens_and_keeps_its_dates(source: Path, tmp_path: Path) -> None:
    plan = read_plan(source)
    assert moved_tasks(plan) == []
    target = tmp_path / "imported.plandb"
    ProjectFile.create(target, plan.project).close()
    with ProjectFile.open(target, writable=False) as reopened:
        assert reopened.load() == plan.project


@needs_samples
def test_the_house_building_sample_carries_its_plan() -> None:
    found = import_project(HOUSE)
    project = found.project
    tasks = {t.name.strip(): t for t in project.tasks.values()}
    assert len(project.tasks) == 20 and len(project.links) == 17
    assert sum(t.milestone for t in project.tasks.values()) == 4
    assert project.start == datetime(2024, 5, 27, 8, 0)
    assert tasks["Equipment planning"].notes == "Embedded devices, kitchen, washing machine, dryer etc"
    assert tasks["Prepare construction documents"].percent_complete == 75
    assert tasks["Foundation building"].parent_id == tasks["Construction phase"].id
    assert [e.start for e in project.calendar.exceptions] == [date(2006, 2, 14)]
    people = {r.name: r for r in project.resources.values()}
    assert people["John Black"].role == "Excavator operator"
    assert people["Jack House"].role == "Project Manager"
    assert people["John Black"].standard_rate == pytest.approx(5.0)  # 40 a day of 8 hours
    assert people["John Black"].standard_rate_unit == "d"
    assert people["John Silver"].notes == "Phone: 07778967889"
    vacation = project.calendars[people["Jack House"].calendar_id].exceptions
    assert [(v.start, v.finish) for v in vacation] == [(date(2009, 2, 2), date(2009, 2, 9))]
    draft = [a for a in project.assignments.values() if a.task_id == tasks["Create draft of architecture"].id]
    assert sorted(a.units for a in draft) == [0.5, 1.0]
    assert any(line.startswith("task coordinators") for line in found.not_carried)
    assert any(line.startswith("custom column 'Is done' (20)") for line in found.not_carried)


@needs_samples
def test_a_task_placed_after_the_project_start_is_pinned_there_and_a_linked_one_is_not() -> None:
    plan = read_plan(TEST_DATA / "task" / "task-with-dependencies.gan")
    pinned = {t.name: t.constraint_type for t in plan.project.tasks.values()}
    assert pinned == {
        "task A": ConstraintType.SNET,  # no predecessor, placed two days after task E
        "task B": ConstraintType.ASAP,
        "task C": ConstraintType.ASAP,
        "task D": ConstraintType.ASAP,
        "task E": ConstraintType.ASAP,
    }


@needs_samples
@pytest.mark.parametrize(
    ("name", "finish"),
    [
        ("task-crossing-one-off-holiday.gan", date(2024, 1, 4)),  # Tue 2nd, holiday 3rd, Thu 4th
        ("task-crossing-recurring-holiday.gan", date(2024, 1, 4)),
        ("task-crossing-weekends-and-no-tasks-can-run-on-weekends.gan", date(2024, 1, 1)),
        ("task-crossing-weekends-and-tasks-can-run-on-weekends.gan", date(2023, 12, 30)),
    ],
)
def test_two_day_tasks_end_where_ganttproject_ends_them(name: str, finish: date) -> None:
    plan = read_plan(TEST_DATA / "task" / "endDate" / name)
    (uid,) = plan.project.tasks
    assert plan.schedule().span(uid)[1].date() == finish
