"""The main window on the small project with two people and a steering committee in the communication plan."""

from __future__ import annotations

from datetime import date

import pytest

from planner.core.communication.entities import Frequency
from planner.core.communication.registers import COMMUNICATIONS
from planner.core.edits.edit import apply_edit
from planner.core.model.entities import Resource
from planner.core.records.edits import add_record
from planner.store.projectfile import ProjectFile

from ..helpers import small_project


def meetings_project():
    project = small_project()
    project.resources = {1: Resource(1, "Ana Lopez", initials="AL"), 2: Resource(2, "Bo Berg", initials="BB")}
    line = dict(what="Steering committee", audience="Carla Sponsor, Ana Lopez", frequency=Frequency.FORTNIGHTLY,
                next_due=date(2027, 1, 8))  # fmt: skip
    apply_edit(project, add_record(project, COMMUNICATIONS, **line))
    return project


@pytest.fixture
def project_file(tmp_path):
    path = tmp_path / "meetings.plandb"
    ProjectFile.create(path, meetings_project()).close()
    return path
