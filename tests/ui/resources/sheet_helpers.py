"""Driving the Resources tab as a user does: its tab, its cells, its keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.core.model.entities import Assignment, Resource
from planner.store.projectfile import ProjectFile

from ..helpers import small_project


def team_file(path: Path) -> Path:
    """The sample project with Ana (Development) on Build and Spec, Bo (QA), and licences (material)."""
    project = small_project()
    project.resources = {
        1: Resource(1, "Ana", initials="A", group="Development", role="Developer", standard_rate=60.0),
        2: Resource(2, "Bo", initials="B", group="QA", role="Tester", standard_rate=50.0),
        3: Resource(3, "Licences", kind="material", material_label="seat", standard_rate=20.0),
    }
    project.assignments = {1: Assignment(1, 4, 1), 2: Assignment(2, 2, 1)}
    ProjectFile.create(path, project).close()
    return path


def show_resources(qtbot, window):
    """Switch to the Resources tab; returns its sheet."""
    page = window.page("resources")
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: window.current_tab().key == "resources")
    return page.sheet


def plugin(window):
    return next(p for p in window.plugins if p.key == "resources")


def select(window, resource_id: int, key: str) -> None:
    from planner.ui.resources.sheet_columns import sheet_column

    table = window.page("resources").sheet.table
    table.select_resource(resource_id, sheet_column(key))
    table.setFocus()


def type_into(qtbot, window, resource_id: int, key: str, text: str) -> None:
    """Select a cell and type over it: the first key opens the editor, Enter commits."""
    select(window, resource_id, key)
    table = window.page("resources").sheet.table
    qtbot.keyClicks(table, text[0])
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table, "typing did not open an editor"
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def cell(window, resource_id: int, key: str) -> str:
    from planner.ui.resources.sheet_columns import sheet_column

    sheet = window.page("resources").sheet
    model = sheet.model
    return sheet.proxy.mapFromSource(model.index(model.row_of(resource_id), sheet_column(key))).data()


def shown_names(window) -> list[str]:
    from planner.ui.resources.sheet_columns import sheet_column

    proxy = window.page("resources").sheet.proxy
    column = sheet_column("name")
    return [proxy.index(r, column).data() for r in range(proxy.rowCount()) if proxy.index(r, column).data()]
