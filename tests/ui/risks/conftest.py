"""The main window on a small project with a register: three risks, two people, linked tasks."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.core.edits.edit import apply_edit
from planner.core.model.entities import Resource
from planner.core.risk.edits import add_risk, set_linked_tasks
from planner.core.risk.entities import Response, RiskKind
from planner.store.projectfile import ProjectFile

from ..helpers import small_project

DAY = date(2027, 1, 4)


def register_project():
    project = small_project()
    project.status_date = datetime(2027, 1, 11, 17, 0)  # the review of R1 (2027-01-01) is overdue then and later
    project.resources = {1: Resource(1, "Ana Lopez", initials="AL"), 2: Resource(2, "Bo Berg", initials="BB")}
    for title, fields in (
        ("Vendor API late", dict(probability=0.6, impact_schedule=4, cost_impact=40_000, owner_id=1,
                                 response=Response.MITIGATE, review=date(2027, 1, 1))),
        ("Key person leaves", dict(probability=0.2, impact_schedule=3, cost_impact=10_000, owner_id=2)),
        ("Reuse login component", dict(kind=RiskKind.OPPORTUNITY, probability=0.5, impact_cost=2,
                                       cost_impact=8_000, response=Response.EXPLOIT)),
    ):  # fmt: skip
        apply_edit(project, add_risk(project, DAY, title, **fields))
    apply_edit(project, set_linked_tasks(project, 1, [4]))
    return project


@pytest.fixture
def project_file(tmp_path):
    path = tmp_path / "register.plandb"
    ProjectFile.create(path, register_project()).close()
    return path


@pytest.fixture
def risk_window(window, qtbot):
    """The window (tests/ui/conftest.py) on the register project, with the Risk tab shown."""
    tabs = window.tabs
    index = next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == "Risk")
    qtbot.mouseClick(tabs.tabBar(), __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton,
                     pos=tabs.tabBar().tabRect(index).center())  # fmt: skip
    assert window.current_tab().key == "risks"
    return window
