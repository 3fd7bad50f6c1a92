"""Typing into a register's cells in the window: every kind, refusals, Insert, undo; and it all survives a reopen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from planner.core.quality.entities import DefectStatus
from planner.core.quality.registers import DEFECTS
from planner.ui.registers.record_model import RecordModel

from ..helpers import close_and_reload
from .helpers import cell, register, type_cell


def test_the_record_model_passes_the_model_tester(qtmodeltester, session):
    qtmodeltester.check(RecordModel(session, DEFECTS))


def test_cells_of_every_kind_are_typed_and_kept_in_the_file(qtbot, window):
    defects = register(window, "quality", "defects")
    type_cell(qtbot, defects, 2, "title", "Typo on the home page")
    type_cell(qtbot, defects, 2, "status", "in")  # a choice by its prefix
    type_cell(qtbot, defects, 2, "found", "2027-01-07")
    type_cell(qtbot, defects, 2, "task_id", "3")  # a task by its row ID
    type_cell(qtbot, defects, 2, "owner", "Ana Lopez")
    assert cell(defects, 2, "status") == "in progress"
    assert cell(defects, 2, "task_id") == "3 Review"
    assert cell(defects, 2, "found") == "2027-01-07"
    assert window.session.undo_stack.count() == 5  # one step per cell
    defect = close_and_reload(window).defects[2]
    assert (defect.title, defect.status, defect.found, defect.task_id, defect.owner) == (
        "Typo on the home page", DefectStatus.IN_PROGRESS, date(2027, 1, 7), 3, "Ana Lopez",
    )  # fmt: skip


def test_enter_commits_and_moves_down_as_in_the_task_table(qtbot, window):
    defects = register(window, "quality", "defects")
    type_cell(qtbot, defects, 1, "owner", "Bo Berg")
    assert defects.table.current_id() == 2
    assert defects.model.field_at(defects.table.currentIndex().column()).key == "owner"


def test_a_choice_cell_edits_in_a_combo_of_its_choices(qtbot, window):
    defects = register(window, "quality", "defects")
    defects.table.select_record(1, defects.model.column_of("severity"))
    defects.table.setFocus()
    qtbot.keyClick(defects.table, Qt.Key.Key_F2)
    combo = defects.table.indexWidget(defects.table.currentIndex())
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["critical", "major", "minor", "trivial"]
    assert combo.currentText() == "major"


def test_a_person_cell_offers_the_people_and_a_task_cell_the_tasks(qtbot, window):
    defects = register(window, "quality", "defects")
    defects.table.select_record(2, defects.model.column_of("owner"))
    defects.table.setFocus()
    qtbot.keyClicks(defects.table, "o")
    editor = QApplication.focusWidget()
    completer = editor.completer()
    assert completer.popup().isVisible()
    offered = [completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())]
    assert offered == ["Ana Lopez", "Bo Berg", "Carla Sponsor"]  # the resources and the stakeholders
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)  # takes the entry and commits, in one key
    assert window.session.project.defects[2].owner == "Bo Berg"
    defects.table.select_record(3, defects.model.column_of("task_id"))
    qtbot.keyClicks(defects.table, "Bu")
    completer = QApplication.focusWidget().completer()
    assert [completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())] == ["4 Build"]
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert window.session.project.defects[3].task_id == 4


def test_a_bad_value_is_explained_beside_the_cell_and_nothing_changes(qtbot, window):
    defects = register(window, "quality", "defects")
    steps = window.session.undo_stack.count()
    type_cell(qtbot, defects, 1, "found", "someday")
    note = defects.table.refusal_note
    assert note.isVisible() and "found" in note.text()
    type_cell(qtbot, defects, 1, "severity", "huge")
    assert note.text() == "severity 'huge' is not one of critical, major, minor, trivial"
    assert window.session.undo_stack.count() == steps
    assert window.session.project.defects[1].found == date(2027, 1, 6)
    assert cell(defects, 1, "severity") == "major"


def test_insert_adds_a_record_with_its_title_editing_and_undo_takes_it_back(qtbot, window):
    defects = register(window, "quality", "defects")
    defects.table.setFocus()
    qtbot.keyClick(defects.table, Qt.Key.Key_Insert)
    assert defects.table.current_id() == 4
    editor = QApplication.focusWidget()
    assert editor.text() == "New defect" and editor.selectedText() == "New defect"
    qtbot.keyClicks(editor, "Export loses accents")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.session.project.defects[4].title == "Export loses accents"
    assert defects.count.text() == "4 of 4 shown"
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert 4 not in window.session.project.defects
    assert defects.count.text() == "3 of 3 shown"
    window.session.undo_stack.redo()
    assert cell(defects, 4, "title") == "New defect"
    assert close_and_reload(window).defects[4].title == "New defect"


def test_undo_and_redo_keys_work_in_the_register(qtbot, window):
    defects = register(window, "quality", "defects")
    type_cell(qtbot, defects, 3, "title", "Crash on save")
    defects.table.setFocus()
    qtbot.keyClick(defects.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cell(defects, 3, "title") == "Crash when saving"
    qtbot.keyClick(defects.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert cell(defects, 3, "title") == "Crash on save"


def test_an_empty_register_says_how_to_fill_it(window):
    lessons = register(window, "quality", "lessons")
    assert lessons.table.empty_hint == "No lessons yet.\nPress Insert to add one, or import a CSV/XLSX file."


def double_click(qtbot, table, index) -> None:
    """A press then a double-click, as a mouse sends them (the view acts on the cell pressed)."""
    where = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_double_click_on_a_task_cell_asks_the_window_to_show_the_task(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(window, "reveal", lambda table, uid: asked.append((table, uid)) or True, raising=False)
    defects = register(window, "quality", "defects")
    index = defects.table.proxy_index(1, defects.model.column_of("task_id"))
    double_click(qtbot, defects.table, index)
    assert asked == [("tasks", 4)]
    assert defects.table.state() != defects.table.State.EditingState
    index = defects.table.proxy_index(1, defects.model.column_of("owner"))
    double_click(qtbot, defects.table, index)
    assert defects.table.state() == defects.table.State.EditingState  # any other cell edits
