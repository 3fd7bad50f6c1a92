"""The task table's habits in every register: delete with its cascade, sort, filter, find, columns, master/detail."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ..helpers import close_and_reload
from .helpers import register, shown_ids, type_cell


def answer(monkeypatch, button) -> list[str]:
    """Answer every question box with `button`; returns the questions asked."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_deleting_a_meeting_asks_naming_what_goes_with_it_and_undo_brings_all_back(qtbot, window, monkeypatch):
    meetings = register(window, "stakeholders", "meetings")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert meetings.table.select_record(1)
    meetings.table.setFocus()
    qtbot.keyClick(meetings.table, Qt.Key.Key_Delete)
    assert asked == [
        "Delete M1 Steering committee 1?\nWith it go 2 action items and 1 decision.\nUndo brings it all back."
    ]
    assert 1 in window.session.project.meetings  # cancelled: nothing deleted
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(meetings.table, Qt.Key.Key_Delete)
    project = window.session.project
    assert 1 not in project.meetings and set(project.action_items) == {3} and not project.decisions
    assert window.session.undo_stack.undoText() == "Delete meeting"
    window.session.undo_stack.undo()
    assert set(window.session.project.action_items) == {1, 2, 3} and 1 in window.session.project.meetings


def test_deleting_one_record_that_takes_nothing_does_not_ask(qtbot, window, monkeypatch):
    defects = register(window, "quality", "defects")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert defects.table.select_record(2)
    defects.table.setFocus()
    qtbot.keyClick(defects.table, Qt.Key.Key_Delete)
    assert asked == [] and set(window.session.project.defects) == {1, 3}
    assert set(close_and_reload(window).defects) == {1, 3}


def test_a_plan_line_a_meeting_refers_to_is_not_deleted_and_the_note_says_why(qtbot, window, monkeypatch):
    meetings = register(window, "stakeholders", "meetings")
    type_cell(qtbot, meetings, 2, "communication_id", "K1")  # the kick-off held as the plan's steering committee
    plan = register(window, "stakeholders", "communications")
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert plan.table.select_record(1)
    plan.table.setFocus()
    qtbot.keyClick(plan.table, Qt.Key.Key_Delete)
    assert plan.table.refusal_note.isVisible() and "meeting M2" in plan.table.refusal_note.text()
    assert 1 in window.session.project.communications


def test_the_header_sorts_up_down_and_back_to_the_register_order(qtbot, window):
    defects = register(window, "quality", "defects")
    header = defects.table.horizontalHeader()
    column = defects.model.column_of("severity")
    x = header.sectionViewportPosition(column) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert shown_ids(defects) == [3, 1, 2]  # critical, major, trivial: the scale's order
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert shown_ids(defects) == [2, 1, 3]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert shown_ids(defects) == [1, 2, 3]


def test_the_show_combo_and_the_find_box_narrow_the_rows_and_say_how_many(qtbot, window):
    defects = register(window, "quality", "defects")
    names = [defects.show_combo.itemText(i) for i in range(defects.show_combo.count())]
    assert names[0] == "All defects" and {"Status: new", "Status: triaged"} <= set(
        names
    )  # the Defects page adds its own
    type_cell(qtbot, defects, 1, "status", "fixed")
    defects.choose_filter("Status: fixed")
    assert shown_ids(defects) == [1] and defects.count.text() == "1 of 3 shown"
    defects.choose_filter("All defects")
    defects.table.setFocus()
    qtbot.keyClick(defects.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is defects.find_box
    qtbot.keyClicks(defects.find_box, "bo berg")  # any text a row shows: the owner here
    assert shown_ids(defects) == [3] and defects.count.text() == "1 of 3 shown"
    defects.find_box.setText("d2")
    assert shown_ids(defects) == [2]
    defects.find_box.setText("nothing like it")
    assert shown_ids(defects) == [] and defects.table.proxy.total() == 3


def test_reveal_selects_the_record_clearing_a_find_that_hides_it(window):
    plugin = next(p for p in window.plugins if p.key == "quality")
    defects = register(window, "quality", "defects")
    defects.find_box.setText("Safari")
    lessons = register(window, "quality", "lessons")
    assert plugin.reveal("defects", 3)
    assert window.page("quality").tabs.currentWidget() is defects and lessons is not defects
    assert defects.find_box.text() == "" and defects.table.current_id() == 3
    assert not plugin.reveal("defects", 99) and not plugin.reveal("risks", 1)


def test_a_column_hidden_from_the_header_menu_stays_hidden_after_a_reopen(qtbot, window, project_file):
    defects = register(window, "quality", "defects")
    menu = defects.table.header_menu()
    entries = {a.text(): a for a in menu.actions()}
    assert entries["Title"].isEnabled() is False and entries["Fixed"].isChecked() is False
    entries["Priority"].trigger()
    entries["Fixed"].trigger()
    assert "priority" in defects.table.hidden_columns() and "fixed" not in defects.table.hidden_columns()
    window.close_project()
    assert window.open_path(project_file)
    defects = register(window, "quality", "defects")
    assert "priority" in defects.table.hidden_columns() and "fixed" not in defects.table.hidden_columns()


def test_insert_in_a_detail_table_fills_its_parent(qtbot, window):
    page = window.page("stakeholders")
    meetings = register(window, "stakeholders", "meetings")
    actions = page.register("action_items")
    assert meetings.table.select_record(2)
    assert shown_ids(actions) == [3] and "Action items of M2" in actions.caption.text()
    tabs = window.page("stakeholders").current().detail_tabs
    assert [tabs.tabText(i) for i in range(2)] == ["Decisions (0)", "Action items (1)"]
    tabs.setCurrentWidget(actions)
    actions.table.setFocus()
    qtbot.keyClick(actions.table, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Send the minutes")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert shown_ids(actions) == [3, 4]
    assert meetings.table.select_record(1)
    assert shown_ids(actions) == [1, 2]
    assert tabs.tabText(1) == "Action items (2)"
    assert close_and_reload(window).action_items[4].meeting_id == 2


def test_the_tab_actions_go_to_the_register_the_focus_is_in(qtbot, window):
    plugin = next(p for p in window.plugins if p.key == "stakeholders")
    page = window.page("stakeholders")
    register(window, "stakeholders", "meetings")
    decisions = page.register("decisions")
    assert plugin.insert.text() == "&Insert Meeting"
    decisions.table.setFocus()
    plugin.insert.trigger()
    QApplication.focusWidget().clearFocus()
    assert [d.meeting_id for d in window.session.project.decisions.values()] == [1, 1]
    assert len(window.session.project.meetings) == 2


def test_a_checklists_items_show_below_it(window):
    items = register(window, "quality", "checklist_items")
    assert items.table.empty_hint == "No checklist items yet.\nPress Insert to add one to this checklist."


def test_deleting_several_records_asks_once_and_is_one_undo_step(qtbot, window, monkeypatch):
    defects = register(window, "quality", "defects")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert defects.table.select_record(1)
    defects.table.setFocus()
    qtbot.keyClick(defects.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert defects.table.selected_ids() == [1, 2]
    qtbot.keyClick(defects.table, Qt.Key.Key_Delete)
    assert asked == ["Delete 2 defects?\nUndo brings it all back."]
    assert set(window.session.project.defects) == {3}
    assert window.session.undo_stack.undoText() == "Delete 2 defects"
    window.session.undo_stack.undo()
    assert set(window.session.project.defects) == {1, 2, 3}


def test_tab_commits_and_moves_right(qtbot, window):
    defects = register(window, "quality", "defects")
    assert defects.table.select_record(2, defects.model.column_of("severity"))
    defects.table.setFocus()
    qtbot.keyClicks(defects.table, "m")
    qtbot.keyClicks(QApplication.focusWidget(), "i")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert window.session.project.defects[2].severity.value == "minor"
    assert defects.model.field_at(defects.table.currentIndex().column()).key == "priority"


def test_insert_in_a_detail_table_without_a_parent_says_to_choose_one(qtbot, window, monkeypatch):
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    checklists = register(window, "quality", "checklists")
    items = window.page("quality").register("checklist_items")
    checklists.table.setFocus()
    qtbot.keyClick(checklists.table, Qt.Key.Key_Delete)  # the only checklist: none is current now
    assert items.table.empty_hint == "Choose a checklist above to see its checklist items."
    items.table.setFocus()
    qtbot.keyClick(items.table, Qt.Key.Key_Insert)
    assert items.table.refusal_note.isVisible()
    assert items.table.refusal_note.text() == "choose a checklist first: its checklist items are listed here"
    assert not window.session.project.checklist_items


def test_a_layout_kept_for_other_columns_is_not_restored(window, project_file):
    from dataclasses import replace

    from planner.ui.registers.register_page import RegisterPage

    defects = register(window, "quality", "defects")
    defects.table.set_column_shown("priority", False)
    window.close_project()  # the layout is kept
    spec = defects.spec
    other = replace(spec, fields=spec.fields[:-1])  # another version's columns
    assert window.open_path(project_file)
    page = RegisterPage(other, window.session, window)
    page.restore_settings(window.settings, "quality")
    assert "priority" not in page.table.hidden_columns()  # other columns start as declared
    same = RegisterPage(spec, window.session, window)
    same.restore_settings(window.settings, "quality")
    assert "priority" in same.table.hidden_columns()
