"""The Resources tab's sheet on the real window: typing, refusals, Insert, Delete, undo, sort, filter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from planner.ui.resources import questions
from planner.ui.resources.sheet_columns import sheet_column

from ..helpers import close_and_reload, reload
from .sheet_helpers import cell, select, show_resources, shown_names, team_file, type_into


@pytest.fixture
def project_file(tmp_path):
    return team_file(tmp_path / "team.plandb")


def test_the_resources_tab_comes_right_after_the_gantt_tab(window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:2] == ["Gantt", "&Resources"]
    views = window.page("resources").views
    assert views.tabText(0) == "Sheet"


def test_a_rate_typed_per_day_shows_per_day_and_is_kept_per_hour(qtbot, window):
    show_resources(qtbot, window)
    type_into(qtbot, window, 1, "standard_rate", "400/d")  # QTest types ASCII only; € is read in core
    assert cell(window, 1, "standard_rate") == "€400.00/d"
    ana = close_and_reload(window).resources[1]
    assert (ana.standard_rate, ana.standard_rate_unit) == (50.0, "d")


def test_a_bad_value_is_refused_beside_the_cell_and_nothing_changes(qtbot, window):
    sheet = show_resources(qtbot, window)
    steps = window.session.undo_stack.count()
    type_into(qtbot, window, 2, "max_units", "0%")
    note = sheet.table.refusal_note
    assert note.isVisible() and "max units must be above 0%" in note.text()
    type_into(qtbot, window, 2, "standard_rate", "-5")
    assert "standard rate cannot be negative" in note.text()
    assert cell(window, 2, "max_units") == "100%" and cell(window, 2, "standard_rate") == "€50.00/h"
    assert window.session.undo_stack.count() == steps
    assert close_and_reload(window).resources[2].standard_rate == 50.0


def test_insert_adds_a_resource_to_name_and_undo_takes_it_back(qtbot, window):
    sheet = show_resources(qtbot, window)
    select(window, 2, "name")
    qtbot.keyClick(sheet.table, Qt.Key.Key_Insert)
    new_id = sheet.table.current_resource_id()
    assert new_id == 4 and sheet.table.currentIndex().column() == sheet_column("name")
    type_into(qtbot, window, new_id, "name", "Cleo")
    type_into(qtbot, window, new_id, "group", "Development")
    assert window.session.project.resources[new_id].group == "Development"
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert window.session.project.resources[new_id].name == "Resource 4"
    window.session.undo_stack.undo()
    assert new_id not in window.session.project.resources


def test_a_name_typed_in_the_blank_row_adds_a_resource(qtbot, window):
    sheet = show_resources(qtbot, window)
    blank = sheet.proxy.index(sheet.proxy.rowCount() - 1, sheet_column("name"))
    sheet.table.setCurrentIndex(blank)
    sheet.table.setFocus()
    qtbot.keyClicks(sheet.table, "D")
    editor = sheet.table.focusWidget()
    assert editor is not sheet.table
    qtbot.keyClicks(editor, "ana")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert sheet.table.current_resource_id() is None  # on the blank row again, ready for the next name
    assert sheet.table.currentIndex().row() == sheet.proxy.rowCount() - 1 == 4
    assert [r.name for r in close_and_reload(window).resources.values()][-1] == "Dana"


def test_deleting_an_assigned_resource_asks_and_cancel_keeps_everything(qtbot, window, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(questions, "ask_delete_assigned", lambda _parent, text: asked.append(text) or False)
    sheet = show_resources(qtbot, window)
    select(window, 1, "name")
    qtbot.keyClick(sheet.table, Qt.Key.Key_Delete)
    assert asked == ["Deleting Ana removes 2 assignments from the tasks they are assigned to."]
    assert 1 in window.session.project.resources and len(window.session.project.assignments) == 2


def test_deleting_an_assigned_resource_takes_its_assignments_and_undo_brings_all_back(qtbot, window, monkeypatch):
    monkeypatch.setattr(questions, "ask_delete_assigned", lambda _parent, _text: True)
    sheet = show_resources(qtbot, window)
    select(window, 1, "name")
    qtbot.keyClick(sheet.table, Qt.Key.Key_Delete)
    project = window.session.project
    assert 1 not in project.resources and project.assignments == {}
    assert window.session.undo_stack.undoText() == "Delete Ana and 2 assignments"
    assert len(project.tasks) == 5  # Delete in the sheet never touches tasks
    window.session.undo_stack.undo()
    reopened = close_and_reload(window)
    assert reopened.resources[1].name == "Ana" and len(reopened.assignments) == 2


def test_an_unassigned_resource_is_deleted_without_a_question(qtbot, window, monkeypatch):
    monkeypatch.setattr(questions, "ask_delete_assigned", lambda *_: pytest.fail("asked"))
    sheet = show_resources(qtbot, window)
    select(window, 2, "role")
    qtbot.keyClick(sheet.table, Qt.Key.Key_Delete)
    assert 2 not in reload_after(window).resources


def reload_after(window):
    path = window.session.document.path
    window.close_project()
    return reload(path)


def test_sort_by_rate_and_filter_by_group_and_search(qtbot, window):
    sheet = show_resources(qtbot, window)
    sheet.table.horizontalHeader().setSortIndicator(sheet_column("standard_rate"), Qt.SortOrder.AscendingOrder)
    assert shown_names(window) == ["Licences", "Bo", "Ana"]
    sheet.table.horizontalHeader().setSortIndicator(sheet_column("standard_rate"), Qt.SortOrder.DescendingOrder)
    assert shown_names(window) == ["Ana", "Bo", "Licences"]
    blank = sheet.proxy.index(sheet.proxy.rowCount() - 1, sheet_column("name"))
    assert blank.data() is None  # the blank row for a new resource stays last
    sheet.group.setCurrentIndex(sheet.group.findData("QA"))
    assert shown_names(window) == ["Bo"]
    sheet.group.setCurrentIndex(0)
    qtbot.keyClick(sheet.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert sheet.search.hasFocus()
    qtbot.keyClicks(sheet.search, "develop")
    assert shown_names(window) == ["Ana"]


def test_a_material_resource_has_a_price_per_unit_and_no_max_units(qtbot, window):
    show_resources(qtbot, window)
    assert cell(window, 3, "standard_rate") == "€20.00" and cell(window, 3, "max_units") == ""
    type_into(qtbot, window, 3, "standard_rate", "25")
    assert window.session.project.resources[3].standard_rate == 25.0


def test_skills_typed_in_the_sheet_join_the_list_and_survive_a_reopen(qtbot, window):
    show_resources(qtbot, window)
    type_into(qtbot, window, 1, "skills", "Java 4; React 3")
    assert cell(window, 1, "skills") == "Java 4; React 3"
    assert "Added to the skills list: Java, React" in window.statusBar().currentMessage()
    type_into(qtbot, window, 2, "skills", "Testing 9")
    assert "level 9 is not between 1 and 5" in window.page("resources").sheet.table.refusal_note.text()
    reopened = close_and_reload(window)
    assert sorted(s.name for s in reopened.skills.values()) == ["Java", "React"]
    assert {r.level for r in reopened.resource_skills.values()} == {3, 4}


def test_the_sheet_model_obeys_qts_model_rules(qtmodeltester, window):
    qtmodeltester.check(window.page("resources").sheet.model)
    qtmodeltester.check(window.page("resources").sheet.proxy)


def test_the_sheets_columns_are_kept_for_the_next_time(qtbot, window, project_file):
    header = window.page("resources").sheet.table.horizontalHeader()
    header.setSectionHidden(sheet_column("email"), True)
    header.setSectionHidden(sheet_column("accrue_at"), False)
    window.close_project()
    assert window.open_path(project_file)
    header = window.page("resources").sheet.table.horizontalHeader()
    assert header.isSectionHidden(sheet_column("email")) and not header.isSectionHidden(sheet_column("accrue_at"))
