"""The main window on a small project with registers: people, stakeholders, defects, a meeting with its rows."""

from __future__ import annotations

from datetime import date

import pytest

from planner.core.communication.registers import ACTIONS, COMMUNICATIONS, DECISIONS, MEETINGS, STAKEHOLDERS
from planner.core.edits.edit import apply_edit
from planner.core.model.entities import Resource
from planner.core.quality.entities import Severity
from planner.core.quality.registers import CHECKLISTS, DEFECTS, LESSONS
from planner.core.records.edits import add_record
from planner.store.projectfile import ProjectFile

from ..helpers import small_project


def register_project():
    project = small_project()
    project.resources = {1: Resource(1, "Ana Lopez", initials="AL"), 2: Resource(2, "Bo Berg", initials="BB")}
    rows = (
        (STAKEHOLDERS, dict(name="Carla Sponsor", role="Sponsor", power=5, interest=4)),
        (DEFECTS, dict(title="Login fails on Safari", severity=Severity.MAJOR, task_id=4, found=date(2027, 1, 6))),
        (DEFECTS, dict(title="Typo on the start page", severity=Severity.TRIVIAL)),
        (DEFECTS, dict(title="Crash when saving", severity=Severity.CRITICAL, owner="Bo Berg")),
        (COMMUNICATIONS, dict(what="Steering committee")),
        (MEETINGS, dict(title="Steering committee 1", held=date(2027, 1, 8))),
        (MEETINGS, dict(title="Kick-off", held=date(2027, 1, 4))),
        (DECISIONS, dict(decision="Go with vendor A", meeting_id=1)),
        (ACTIONS, dict(title="Send the contract", meeting_id=1, owner="Ana Lopez")),
        (ACTIONS, dict(title="Book the demo room", meeting_id=1)),
        (ACTIONS, dict(title="Share the slides", meeting_id=2)),
        (CHECKLISTS, dict(title="Security audit", task_id=5)),
        (LESSONS, dict(observation="Estimates were too low", category="planning")),
    )
    for spec, values in rows:
        apply_edit(project, add_record(project, spec, **values))
    return project


@pytest.fixture
def project_file(tmp_path):
    path = tmp_path / "registers.plandb"
    ProjectFile.create(path, register_project()).close()
    return path
