"""The main window on a small project with a stakeholder in every quadrant and a plan judged on its own day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from planner.core.communication.entities import Engagement, Frequency
from planner.core.communication.registers import COMMUNICATIONS, STAKEHOLDERS
from planner.core.edits.edit import apply_edit
from planner.core.records.edits import add_record
from planner.core.risk.register import review_day
from planner.store.projectfile import ProjectFile

from ..helpers import small_project

E = Engagement


def plan_day() -> date:
    """The day the plan page judges the sample project on (it has no status date: today)."""
    return review_day(small_project(), date.today())


def stakeholder_project():
    project = small_project()
    people = (
        dict(name="Carla Sponsor", power=5, interest=5, engagement=E.SUPPORTIVE, wanted=E.LEADING),  # one short
        dict(name="Dieter Finance", power=4, interest=1, engagement=E.RESISTANT, wanted=E.SUPPORTIVE),  # two
        dict(name="Eva Users", power=1, interest=5, engagement=E.SUPPORTIVE, wanted=E.SUPPORTIVE),  # on target
        dict(name="Fritz Vendor", power=1, interest=1, engagement=E.NEUTRAL, wanted=E.NEUTRAL),
    )
    for values in people:
        apply_edit(project, add_record(project, STAKEHOLDERS, **values))
    day = plan_day()
    plan = (
        dict(what="Weekly status report", frequency=Frequency.WEEKLY, next_due=day - timedelta(days=3)),
        dict(what="Sprint demo", frequency=Frequency.FORTNIGHTLY, next_due=day + timedelta(days=2)),
        dict(what="Newsletter", frequency=Frequency.MONTHLY, next_due=day + timedelta(days=20)),
    )
    for values in plan:
        apply_edit(project, add_record(project, COMMUNICATIONS, **values))
    return project


@pytest.fixture
def project_file(tmp_path):
    path = tmp_path / "stakeholders.plandb"
    ProjectFile.create(path, stakeholder_project()).close()
    return path
