"""Assigning in the real window: typing Resource Names, creating a resource, Alt+F10, undo, reopen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.core.model.entities import Resource
from planner.store.projectfile import ProjectFile
from planner.ui.gantt.dialogs import assign_resources
from planner.ui.gantt.table import questions
from tests.ui.helpers import cell_text, close_and_reload, gantt_plugin, select_cell, small_project, type_into

BUILD = 4  # Build, 3 days


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    project = small_project()
    project.resources = {1: Resource(1, "Ana Silva", initials="AS"), 2: Resource(2, "Bo Chen", initials="BC")}
    project.resources[3] = Resource(3, "Server", kind="material", initials="SRV")
    path = tmp_path / "team.plandb"
    ProjectFile.create(path, project).close()
    return path


def assigned(window, task_id: int = BUILD) -> dict[str, tuple[float, int]]:
    project = window.session.project
    return {
        project.resources[a.resource_id].name: (round(a.units, 3), a.work_minutes // 60)
        for a in project.assignments.values()
        if a.task_id == task_id
    }


def test_typing_resource_names_assigns_and_undo_takes_it_back(qtbot, window) -> None:
    type_into(qtbot, window, BUILD, "resource_names", "as[50%];Bo Chen")
    assert assigned(window) == {"Ana Silva": (0.5, 12), "Bo Chen": (1.0, 24)}
    assert cell_text(window, BUILD, "resource_names") == "Ana Silva[50%];Bo Chen"
    assert cell_text(window, BUILD, "work") == "36h"
    assert cell_text(window, 1, "work") == "0h"  # Design has no work
    qtbot.keyClick(window.page("gantt").table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert assigned(window) == {} and cell_text(window, BUILD, "resource_names") == ""


def test_work_rolls_up_to_the_summary(qtbot, window) -> None:
    type_into(qtbot, window, 2, "resource_names", "Ana Silva")  # Spec, 2 days, under Design
    type_into(qtbot, window, 3, "resource_names", "BC")  # Review, 1 day
    assert cell_text(window, 1, "work") == "24h"


def test_bad_units_are_refused_next_to_the_cell_and_nothing_changes(qtbot, window) -> None:
    type_into(qtbot, window, BUILD, "resource_names", "Ana Silva[abc%]")
    table = window.page("gantt").table
    assert table.refusal_note.isVisible()
    assert "units 'abc%' are not a number" in table.refusal_note.text()
    type_into(qtbot, window, BUILD, "resource_names", "Server[50%]")
    assert "Server is a material resource" in table.refusal_note.text()
    assert assigned(window) == {}


def test_an_unknown_name_asks_and_creates_the_resource(qtbot, window, monkeypatch) -> None:
    asked: list[list[str]] = []
    monkeypatch.setattr(questions, "ask_create_resources", lambda parent, names: asked.append(names) or True)
    type_into(qtbot, window, BUILD, "resource_names", "Zoe Novak[50%]")
    qtbot.waitUntil(lambda: bool(assigned(window)))
    assert asked == [["Zoe Novak"]]
    assert assigned(window) == {"Zoe Novak": (0.5, 12)}
    zoe = next(r for r in window.session.project.resources.values() if r.name == "Zoe Novak")
    assert zoe.initials == "ZN"
    reopened = close_and_reload(window)
    assert {r.name for r in reopened.resources.values()} >= {"Zoe Novak"}
    assert [a.units for a in reopened.assignments.values()] == [0.5]


def test_an_unknown_name_declined_is_refused_beside_the_cell(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(questions, "ask_create_resources", lambda parent, names: False)
    type_into(qtbot, window, BUILD, "resource_names", "Max")
    table = window.page("gantt").table
    qtbot.waitUntil(table.refusal_note.isVisible)
    assert table.refusal_note.text() == "no resource is called 'Max'"
    assert len(window.session.project.resources) == 3 and not window.session.project.assignments


def test_assign_resources_dialog_by_keys_and_clicks(qtbot, window, monkeypatch) -> None:
    select_cell(window, BUILD, "name")
    qtbot.keyClick(window.page("gantt").table, Qt.Key.Key_F10, Qt.KeyboardModifier.AltModifier)
    dialog = gantt_plugin(window).assign_actions.dialog
    assert dialog is not None and dialog.isVisible()
    assert "Build" in dialog.heading.text()
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    dialog.table.item(rows["Bo Chen"], assign_resources.UNITS).setText("50%")  # units typed before Assign
    dialog.table.selectRow(rows["Bo Chen"])
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    assert assigned(window) == {"Bo Chen": (0.5, 12)}
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    assert "✓ Bo Chen" in rows
    work = dialog.table.item(rows["✓ Bo Chen"], assign_resources.WORK)
    assert work.text() == "12h"
    work.setText("24h")  # alone on a fixed-units task: the duration follows
    assert assigned(window) == {"Bo Chen": (0.5, 24)}
    assert window.session.project.tasks[BUILD].duration.minutes == 6 * 480
    monkeypatch.setattr(assign_resources, "pick_replacement", lambda parent, names, current: "Ana Silva")
    dialog.table.selectRow(rows["✓ Bo Chen"])
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert assigned(window) == {"Ana Silva": (0.5, 24)}
    units = dialog.table.item(0, assign_resources.UNITS)
    units.setText("-5%")
    assert "units must be above 0" in dialog.problem.text()
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert assigned(window) == {}
    select_cell(window, 1, "name")  # the dialog follows the table to the summary Design
    assert "Design" in dialog.heading.text() and not dialog.assign_button.isEnabled()
    dialog.grab().save("/tmp/assign-dialog.png")
    dialog.close()
    QApplication.processEvents()


def test_type_and_effort_driven_columns_change_how_a_resource_added_moves_the_task(qtbot, window) -> None:
    type_into(qtbot, window, BUILD, "resource_names", "Ana Silva")
    type_into(qtbot, window, BUILD, "effort_driven", "Yes")
    assert cell_text(window, BUILD, "task_type") == "Fixed Units"
    type_into(qtbot, window, BUILD, "resource_names", "Ana Silva;Bo Chen")
    assert cell_text(window, BUILD, "duration") == "1.5d"
    type_into(qtbot, window, BUILD, "task_type", "Fixed Duration")
    type_into(qtbot, window, BUILD, "duration", "3d")
    assert assigned(window) == {"Ana Silva": (1.0, 24), "Bo Chen": (1.0, 24)}
    type_into(qtbot, window, BUILD, "effort_driven", "maybe")
    assert "Effort Driven is Yes or No" in window.page("gantt").table.refusal_note.text()
    reopened = close_and_reload(window)
    assert reopened.tasks[BUILD].task_type == "fixed_duration" and reopened.tasks[BUILD].effort_driven
