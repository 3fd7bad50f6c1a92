"""A PM records a steering committee on the Meetings page by keyboard, makes a task of an action, and follows
the link both ways; undo, redo and a reopen keep it all."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QStyleOptionViewItem

from planner.core.communication.entities import ActionStatus
from planner.ui.gantt.dialogs.task_info_pages import GeneralPage
from planner.ui.gantt.table.columns import column_index
from planner.ui.meetings.make_task_dialog import MakeTaskDialog
from planner.ui.meetings.meetings_page import MeetingsPage

from ..helpers import close_and_reload, table_of
from ..registers.helpers import cell, register, shown_ids, type_cell


def meetings_page(window) -> MeetingsPage:
    register(window, "stakeholders", "meetings")
    return window.page("stakeholders").page(MeetingsPage)


def insert_typing(qtbot, page, text: str) -> None:
    """Insert in `page`'s table, type the title, Enter."""
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    assert editor is not page.table, "Insert did not open the title's editor"
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def choose_phase(monkeypatch, phase_text: str) -> list[str]:
    """Answer Make task's dialog: pick the phase by its text and press Make task."""
    asked = []

    def exec_(dialog: MakeTaskDialog) -> int:
        asked.append(dialog.windowTitle())
        dialog.phase.setCurrentIndex(dialog.phase.findText(phase_text))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(MakeTaskDialog, "exec", exec_)
    return asked


def record_the_meeting(qtbot, window) -> MeetingsPage:
    page = meetings_page(window)
    insert_typing(qtbot, page.meetings, "Steering committee 1")
    type_cell(qtbot, page.meetings, 1, "held", "2027-01-08")
    type_cell(qtbot, page.meetings, 1, "attendees", "Carla Sponsor, Ana Lopez, Bo Berg")
    page.show_detail(page.decisions)
    for text in ("Go with vendor A", "Keep the launch date"):
        insert_typing(qtbot, page.decisions, text)
    page.show_detail(page.actions)
    for text in ("Send the contract", "Book the demo room", "Share the slides"):
        insert_typing(qtbot, page.actions, text)
    type_cell(qtbot, page.actions, 1, "owner", "Ana Lopez")
    type_cell(qtbot, page.actions, 1, "due", "2027-01-15")
    return page


def test_a_meeting_with_two_decisions_and_three_actions_typed_in(qtbot, window):
    page = record_the_meeting(qtbot, window)
    project = window.session.project
    assert [d.decision for d in project.decisions.values()] == ["Go with vendor A", "Keep the launch date"]
    assert {d.meeting_id for d in project.decisions.values()} == {1}
    assert {d.made for d in project.decisions.values()} == {date(2027, 1, 8)}  # the meeting's date
    assert [(a.title, a.meeting_id) for a in project.action_items.values()] == [
        ("Send the contract", 1), ("Book the demo room", 1), ("Share the slides", 1)]  # fmt: skip
    tabs = page.detail_tabs
    assert [tabs.tabText(i) for i in range(2)] == ["Decisions (2)", "Action items (3)"]
    reopened = close_and_reload(window)
    assert (reopened.meetings[1].held, reopened.action_items[1].owner) == (date(2027, 1, 8), "Ana Lopez")
    assert len(reopened.decisions) == 2 and len(reopened.action_items) == 3


def test_make_task_puts_the_action_in_the_plan_linked_both_ways_through_undo_redo_and_reopen(
    qtbot, window, monkeypatch
):
    page = record_the_meeting(qtbot, window)
    asked = choose_phase(monkeypatch, "1 Design")
    assert page.actions.table.select_record(1)
    page.actions.table.setFocus()
    qtbot.keyClick(page.actions.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Make task from A1"]
    project = window.session.project
    uid = project.action_items[1].task_id
    task = project.tasks[uid]
    assert (task.name, task.parent_id, task.deadline) == ("Send the contract", 1, datetime(2027, 1, 15, 17, 0))
    assert task.notes == "From action A1, Steering committee 1, 2027-01-08"
    assert [a.resource_id for a in project.assignments.values() if a.task_id == uid] == [1]
    assert cell(page.actions, 1, "task_id") == "4 Send the contract"  # the end of Design: row 4

    gantt = table_of(window)
    window.tabs.setCurrentWidget(window.page("gantt"))
    column = column_index("action")
    gantt.header().setSectionHidden(column, False)  # hidden by default; the column menu shows it
    gantt.select_task(uid, column)
    index = gantt.currentIndex()
    assert index.data() == "A1"
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(
        "From action A1 Send the contract (M1 Steering committee 1"
    )
    info = GeneralPage(window.session.project, window.session.schedule, uid)
    qtbot.addWidget(info)
    assert "A1 Send the contract (M1 Steering committee 1, 2027-01-08; due 2027-01-15, open)" in [
        label.text() for label in info.findChildren(QLabel)
    ]  # Task Information names the action too
    gantt.scrollTo(index)
    point = gantt.visualRect(index).center()
    qtbot.mouseClick(gantt.viewport(), Qt.MouseButton.LeftButton, pos=point)  # a double click as a mouse makes it
    qtbot.mouseDClick(gantt.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.tabs.currentWidget() is window.page("stakeholders")
    assert page.actions.current_id() == 1 and page.meetings.current_id() == 1

    stack = window.session.undo_stack
    assert stack.undoText() == "Make task from A1"
    stack.undo()
    assert uid not in window.session.project.tasks and window.session.project.action_items[1].task_id is None
    assert cell(page.actions, 1, "task_id") == ""
    stack.redo()
    assert window.session.project.action_items[1].task_id == uid
    reopened = close_and_reload(window)
    assert reopened.action_items[1].task_id == uid and reopened.tasks[uid].name == "Send the contract"


def test_a_second_task_for_the_same_action_is_refused_beside_the_table(qtbot, window, monkeypatch):
    page = record_the_meeting(qtbot, window)
    asked = choose_phase(monkeypatch, "At the end of the plan")
    assert page.actions.table.select_record(2)
    assert page.actions.make_task()
    assert window.session.project.tasks[window.session.project.action_items[2].task_id].parent_id is None
    assert not page.actions.make_task()
    assert len(asked) == 1  # refused before asking again
    note = page.actions.table.refusal_note
    assert note.isVisible() and note.text() == "A2 already became task 6"


def test_notes_are_saved_as_one_edit_when_the_focus_leaves(qtbot, window):
    page = record_the_meeting(qtbot, window)
    assert page.meetings.table.select_record(1)
    box = page.meetings.notes.box
    box.setFocus()
    qtbot.keyClicks(box, "Vendor A is cheaper.")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "Launch stays in March.")
    assert window.session.project.meetings[1].notes == ""  # not per keystroke
    page.meetings.table.setFocus()
    assert window.session.project.meetings[1].notes == "Vendor A is cheaper.\nLaunch stays in March."
    assert window.session.undo_stack.undoText() == "Change meeting notes"
    window.session.undo_stack.undo()
    assert box.toPlainText() == ""
    window.session.undo_stack.redo()
    assert close_and_reload(window).meetings[1].notes == "Vendor A is cheaper.\nLaunch stays in March."


def test_all_open_actions_lists_every_meeting_and_draws_the_overdue_red(qtbot, window):
    page = record_the_meeting(qtbot, window)
    type_cell(qtbot, page.actions, 2, "status", "done")
    insert_typing(qtbot, page.meetings, "Kick-off")  # a second meeting, with an action of its own
    page.show_detail(page.actions)
    insert_typing(qtbot, page.actions, "Order laptops")
    assert window.session.project.action_items[2].status is ActionStatus.DONE
    actions = page.actions
    actions.choose_filter("All open actions")
    assert shown_ids(actions) == [1, 3, 4] and "Open actions of all meetings" in actions.caption.text()
    window.session.project.status_date = datetime(2027, 1, 20, 17, 0)  # A1 was due on the 15th
    colours = {}
    for action_id in (1, 3):
        option = QStyleOptionViewItem()
        actions.table.delegate.initStyleOption(option, actions.table.proxy_index(action_id, 1))
        colours[action_id] = option.palette.color(QPalette.ColorRole.Text).name()
    assert colours[1] == "#c62828" and colours[3] != "#c62828"
    actions.choose_filter("All action items")
    assert shown_ids(actions) == [4]  # back to the meeting chosen above: the kick-off


def test_new_from_plan_records_the_steering_committee_and_marks_the_line_done(qtbot, window):
    page = meetings_page(window)
    page.meetings.from_plan_menu.aboutToShow.emit()
    (entry,) = page.meetings.from_plan_menu.actions()
    assert entry.text() == "Steering committee (due 2027-01-08)"
    entry.trigger()
    project = window.session.project
    meeting = project.meetings[1]
    assert (meeting.title, meeting.held, meeting.attendees, meeting.communication_id) == (
        "Steering committee", date(2027, 1, 8), "Carla Sponsor, Ana Lopez", 1)  # fmt: skip
    line = project.communications[1]
    assert (line.last_done, line.next_due) == (date(2027, 1, 8), date(2027, 1, 22))
    assert page.meetings.current_id() == 1
    window.session.undo_stack.undo()
    assert not window.session.project.meetings and window.session.project.communications[1].next_due == date(2027, 1, 8)


def test_the_make_task_dialog_offers_the_phases_with_the_current_one_chosen(qtbot, window):
    page = record_the_meeting(qtbot, window)
    project = window.session.project
    dialog = MakeTaskDialog(project, project.action_items[1], window)
    qtbot.addWidget(dialog)
    offered = [dialog.phase.itemText(i) for i in range(dialog.phase.count())]
    assert offered == ["1 Design", "At the end of the plan"]
    assert dialog.phase_id() == 1  # the first phase with work left
    about = dialog.findChild(QLabel).text()
    assert "deadline 2027-01-15" in about and "Ana Lopez is assigned." in about
    assert page.actions.table.select_record(2)
    other = MakeTaskDialog(project, project.action_items[2], window)
    qtbot.addWidget(other)
    assert "assigned" not in other.findChild(QLabel).text()  # no owner, nobody to assign
