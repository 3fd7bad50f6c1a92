"""The fields MS Project's scheduling rules need (0012_rules) survive a save and reopen, and an
older file reads them as MS Project's defaults."""

from __future__ import annotations

import shutil
from datetime import datetime, time
from pathlib import Path

from planner.core.model.duration import Duration
from planner.core.model.entities import Assignment, Project, Resource, Task
from planner.store.projectfile import ProjectFile

SAMPLE = Path(__file__).parent.parent / "samples" / "schema-10.plandb"


def _project() -> Project:
    project = Project(name="Rules", start=datetime(2027, 1, 4, 8, 0))
    project.tasks[1] = Task(
        1, "Kick-off", duration=Duration(480), manual=True, manual_start=datetime(2027, 1, 9, 10, 0)
    )
    project.tasks[2] = Task(2, "Build", duration=Duration(960))
    project.resources[1] = Resource(1, "Ana")
    project.assignments[1] = Assignment(1, 2, 1, units=0.5, work_minutes=480, delay_minutes=240)
    project.honour_constraints = False
    project.default_start_time = time(9, 0)
    project.default_finish_time = time(18, 0)
    return project


def test_manual_mode_delay_and_settings_survive_a_reopen(tmp_path):
    path = tmp_path / "rules.plandb"
    ProjectFile.create(path, _project()).close()
    with ProjectFile.open(path) as file:
        back = file.load()
    assert back.tasks[1].manual and back.tasks[1].manual_start == datetime(2027, 1, 9, 10, 0)
    assert not back.tasks[2].manual and back.tasks[2].manual_start is None
    assert back.assignments[1].delay_minutes == 240
    assert back.honour_constraints is False
    assert (back.default_start_time, back.default_finish_time) == (time(9, 0), time(18, 0))


def test_a_file_before_the_rules_reads_ms_projects_defaults(tmp_path):
    path = tmp_path / "old.plandb"
    shutil.copy(SAMPLE, path)
    with ProjectFile.open(path, writable=False) as file:  # read as it is, unmigrated
        old = file.load()
    with ProjectFile.open(path) as file:  # migrated
        migrated = file.load()
    for project in (old, migrated):
        assert not any(task.manual or task.manual_start for task in project.tasks.values())
        assert all(a.delay_minutes == 0 for a in project.assignments.values())
        assert project.honour_constraints is True
        assert (project.default_start_time, project.default_finish_time) == (time(8, 0), time(17, 0))
