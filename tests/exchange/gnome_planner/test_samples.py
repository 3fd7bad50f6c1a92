"""Every GNOME Planner sample imports and survives a reopen; those GNOME Planner scheduled keep their dates."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from planner.exchange.foreign.fidelity import moved_tasks
from planner.exchange.gnome_planner.reader import read_plan
from planner.exchange.project_formats import import_project
from planner.store.projectfile import ProjectFile

from .planner_files import FOLDER, SAMPLES, needs_samples

# Written by MPXJ from MS Project files, so their dates are MS Project's, not GNOME Planner's: planner-resource's
# tasks finish as units the file does not hold would make them (576 hours of work by three people in 3 days), and
# project1's fixed-duration Task Ten (80 hours) ends Wed 16:00, which no calendar in the file gives.
WRITTEN_BY_MPXJ = {"planner-resource.planner": {"Task A", "Contoured Task"}, "project1.planner": {"Task Ten"}}


@needs_samples
@pytest.mark.parametrize("source", SAMPLES, ids=lambda p: p.name)
def test_each_sample_imports_reopens_and_keeps_the_dates_gnome_planner_gave(source: Path, tmp_path: Path) -> None:
    plan = read_plan(source)
    assert {m.name for m in moved_tasks(plan)} == WRITTEN_BY_MPXJ.get(source.name, set())
    target = tmp_path / "imported.plandb"
    ProjectFile.create(target, plan.project).close()
    with ProjectFile.open(target, writable=False) as reopened:
        assert reopened.load() == plan.project


@needs_samples
def test_the_kitchen_sample_carries_its_plan() -> None:
    found = import_project(FOLDER / "debian-planner-doc" / "kitchen.planner")
    project = found.project
    tasks = {t.name: t for t in project.tasks.values()}
    assert project.name == "Kitchen Remodel"
    assert project.start == datetime(2003, 12, 29, 8, 0)  # the file's midnight Sunday start, on the first work
    assert len(project.tasks) == 21 and len(project.links) == 11 and len(project.assignments) == 19
    assert tasks["Go/No-Go Decision"].milestone
    assert tasks["Define Objectives"].duration.minutes == 40 * 60  # 80 hours of work by two people
    lagged = next(k for k in project.links.values() if k.successor_id == tasks["Go/No-Go Decision"].id)
    assert (lagged.lag.amount, lagged.lag.unit) == (40 * 60, "em")
    assert tasks["Construction"].notes.startswith("Thu 01 Apr 2004, 08:18 Need confirmaiton")
    people = {r.name: r for r in project.resources.values()}
    assert people["Kurt Maute"].email == "Kurt@Maute.us" and people["Kurt Maute"].initials == "KM"
    assert people["Architect"].standard_rate == 100
    inspector = next(c for c in project.calendars.values() if c.name == "Building Inspector")
    assert inspector.base_id == project.calendar_id and inspector.inherits_week
    assert "the project manager (Kurt Maute)" in found.not_carried


@needs_samples
def test_calendars_keep_their_day_types_hours_and_overridden_days() -> None:
    project = read_plan(FOLDER / "mpxj" / "planner-calendar.planner").project
    calendars = {c.name: c for c in project.calendars.values()}
    assert calendars["24 Hours"].week == (((0, 1440),),) * 7
    assert calendars["Night Shift"].week == (((1380, 1440),),) * 6 + ((),)
    assert calendars["Test Calendar 2"].week[0] == ((540, 720), (780, 1020))
    off = calendars["Test Resource 1"].exceptions
    assert [(e.start, e.hours) for e in off] == [(date(2006, 10, 30), ())]
    assert {r.name: project.calendars[r.calendar_id].name for r in project.resources.values()} == {
        "Test Resource 1": "Test Resource 1",
        "Test Resource 2": "Test Resource 2",
    }
