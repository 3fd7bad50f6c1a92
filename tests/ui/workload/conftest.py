"""A session on a small team project: Ana over-allocated on Thu 7 and Fri 8 Jan, Bo at 50% on Test."""

from __future__ import annotations

import pytest

from planner.store.projectfile import ProjectFile
from tests.core.resources.build import Plan


def team_plan() -> Plan:
    plan = Plan()
    ana = plan.person("Ana Lima", rate=80)
    bo = plan.person("Bo Berg", rate=60)
    react = plan.skill("React")
    plan.level(ana, react, 4)
    plan.level(bo, react, 2)
    build, review = plan.task("Build API", "2027-01-04", days=5), plan.task("Review", "2027-01-07", days=4)
    test = plan.task("Test", "2027-01-11", days=4)
    plan.task("Write the UI", "2027-01-18", days=5)
    plan.needs(4, react, 3)
    plan.assign(build, ana)
    plan.assign(review, ana)
    plan.assign(test, bo, units=0.5, work_hours=16)
    return plan


@pytest.fixture
def team_file(tmp_path):
    path = tmp_path / "team.plandb"
    ProjectFile.create(path, team_plan().project).close()
    return path


@pytest.fixture
def team_session(team_file, qapp):
    from planner.store.document import Document
    from planner.ui.session import Session

    session = Session(Document.open(team_file))
    yield session
    session.close()
