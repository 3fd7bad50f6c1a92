"""Tabs are plugins: a second tab registered here has its own Delete, which never touches tasks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from planner.ui.gantt.plugin import GanttTabPlugin
from planner.ui.session import Session
from planner.ui.tabs import MenuEntries, Tab

from .helpers import close_and_reload, gantt_plugin, select_cell, table_of

RISKS = ["Vendor late", "Key person leaves", "Scope creep"]


class RiskTab(Tab):
    """A register with its own Delete (removes the current row) and an Edit menu entry."""

    key, title = "risks", "&Risks"

    def __init__(self, host) -> None:
        super().__init__(host)
        self.delete = QAction("Delete &Risk", host.window())
        self.delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete.triggered.connect(self._delete_row)
        self.table: QTableWidget | None = None

    def open(self, session: Session) -> QWidget:
        self.table = QTableWidget(len(RISKS), 1)
        for row, name in enumerate(RISKS):
            self.table.setItem(row, 0, QTableWidgetItem(name))
        return self.table

    def actions(self) -> list[QAction]:
        return [self.delete]

    def menu_entries(self) -> MenuEntries:
        return {"Edit": [self.delete]}

    def _delete_row(self) -> None:
        if self.table is not None and self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def names(self) -> list[str]:
        assert self.table is not None
        return [self.table.item(r, 0).text() for r in range(self.table.rowCount())]


@pytest.fixture
def two_tabs(qtbot, project_file):
    from planner.ui.shell.main_window import MainWindow

    main = MainWindow(tabs=(GanttTabPlugin, RiskTab))
    qtbot.addWidget(main)
    assert main.open_path(project_file)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    main.close()


def risk_tab(window) -> RiskTab:
    return next(p for p in window.plugins if isinstance(p, RiskTab))


def edit_menu_entries(window) -> dict[str, bool]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    return {a.text(): a.isEnabled() for a in menu.actions() if not a.isSeparator()}


def test_the_registered_tab_is_shown_with_its_menu_entry(two_tabs) -> None:
    assert [two_tabs.tabs.tabText(i) for i in range(two_tabs.tabs.count())] == ["Gantt", "&Risks"]
    entries = edit_menu_entries(two_tabs)
    assert entries["&Insert Task"] and entries["&Delete Task"]
    assert not entries["Delete &Risk"]  # the Gantt is current


def test_delete_in_the_second_tab_never_touches_tasks(qtbot, two_tabs) -> None:
    tabs = two_tabs.tabs
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(1).center())
    risks = risk_tab(two_tabs)
    assert tabs.currentWidget() is risks.table
    risks.table.setCurrentCell(1, 0)
    risks.table.setFocus()
    qtbot.keyClick(risks.table, Qt.Key.Key_Delete)
    assert risks.names() == ["Vendor late", "Scope creep"]
    entries = edit_menu_entries(two_tabs)
    assert not any(entries[t] for t in ("&Insert Task", "&Delete Task", "I&ndent", "&Link Tasks", "&Find…"))
    assert entries["Delete &Risk"]
    assert not gantt_plugin(two_tabs).summary.isVisible()  # the Gantt's part of the status bar goes with it
    assert len(close_and_reload(two_tabs).tasks) == 5


def test_delete_in_the_gantt_deletes_a_task_and_no_risk(qtbot, two_tabs) -> None:
    select_cell(two_tabs, 5, "name")
    qtbot.keyClick(table_of(two_tabs), Qt.Key.Key_Delete)
    assert risk_tab(two_tabs).names() == RISKS
    assert 5 not in close_and_reload(two_tabs).tasks


def test_no_project_no_tab_actions(qtbot, two_tabs) -> None:
    two_tabs.close_project()
    assert not any(edit_menu_entries(two_tabs)[t] for t in ("&Insert Task", "Delete &Risk"))
    assert two_tabs.page("risks") is None


def test_a_tab_shortcut_works_only_with_the_focus_in_its_page(qtbot, two_tabs) -> None:
    """Delete with the focus in the Undo History dock is not the Gantt's Delete Task."""
    select_cell(two_tabs, 5, "name")
    two_tabs.undo_dock.show()
    two_tabs.undo_view.setFocus()
    qtbot.keyClick(two_tabs.undo_view, Qt.Key.Key_Delete)
    assert 5 in two_tabs.session.project.tasks
    assert risk_tab(two_tabs).names() == RISKS
