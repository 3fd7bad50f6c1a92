"""Task information (Shift+F2): every field of a task, and OK makes one undo step."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from planner.core.model.entities import ConstraintType, LinkType
from planner.ui.gantt.dialogs.task_info import TaskInfoDialog

from .helpers import cell_text, close_and_reload, gantt_plugin, select_cell, table_of


@pytest.fixture
def opened(monkeypatch) -> list[TaskInfoDialog]:
    """Dialogs the window opens, kept instead of run modally so the test can fill them in."""
    found: list[TaskInfoDialog] = []
    monkeypatch.setattr(TaskInfoDialog, "exec", lambda self: found.append(self) or 0)
    return found


def test_shift_f2_opens_the_current_task(qtbot, window, opened) -> None:
    select_cell(window, 4, "duration")
    qtbot.keyClick(table_of(window), Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    (dialog,) = opened
    assert dialog.task_id == 4
    assert dialog.general.name.text() == "Build"
    assert dialog.general.duration.text() == "3d"
    assert [r.task_id for r in dialog.predecessors.rows()] == [3]
    assert [r.task_id for r in dialog.successors.rows()] == [5]


def test_double_click_on_the_id_opens_it(qtbot, window, opened) -> None:
    table = table_of(window)
    rect = table.visualRect(table.proxy_index(3, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double-click
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # starts with a press
    assert [d.task_id for d in opened] == [3]


def test_ok_applies_every_change_as_one_undo_step(qtbot, window, opened) -> None:
    gantt_plugin(window).show_task_info(4)
    dialog = opened[0]
    dialog.general.name.setText("Build the portal")
    dialog.general.duration.setText("4d")
    dialog.general.priority.setValue(800)
    dialog.predecessors.set_row(0, 2, LinkType.SS, "1d")
    dialog.successors.set_row(0, 5, LinkType.FS, "+2d")
    dialog.advanced.kind.setCurrentIndex(dialog.advanced.kind.findData(ConstraintType.SNET))
    dialog.advanced.when.line.clear()
    qtbot.keyClicks(dialog.advanced.when.line, "Mon 1/11/27")  # MS Project's US form, as the table takes it
    dialog.advanced.has_deadline.setChecked(True)
    dialog.advanced.deadline.line.clear()
    qtbot.keyClicks(dialog.advanced.deadline.line, "2027-01-20")
    dialog.notes.text.setPlainText("Needs the test server")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert window.session.undo_stack.count() == 1
    assert cell_text(window, 4, "name") == "Build the portal"
    assert cell_text(window, 4, "predecessors") == "2SS+1d"
    assert cell_text(window, 4, "start") == "Mon 2027-01-11"
    project = close_and_reload(window)
    task = project.tasks[4]
    assert (task.name, task.duration.minutes, task.priority) == ("Build the portal", 4 * 480, 800)
    assert (task.constraint_type, task.constraint_date) == (ConstraintType.SNET, datetime(2027, 1, 11, 8, 0))
    assert task.deadline == datetime(2027, 1, 20, 17, 0)
    assert task.notes == "Needs the test server"
    links = {(k.predecessor_id, k.successor_id, k.type, k.lag.amount) for k in project.links.values()}
    assert links == {(2, 3, LinkType.FS, 0), (2, 4, LinkType.SS, 480), (4, 5, LinkType.FS, 960)}


def test_one_undo_takes_the_whole_dialog_back(qtbot, window, opened) -> None:
    gantt_plugin(window).show_task_info(4)
    dialog = opened[0]
    dialog.general.name.setText("Build the portal")
    dialog.notes.text.setPlainText("note")
    dialog.accept()
    qtbot.keyClick(table_of(window), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    task = close_and_reload(window).tasks[4]
    assert (task.name, task.notes) == ("Build", "")


def test_a_refused_change_keeps_the_dialog_open_and_changes_nothing(qtbot, window, opened) -> None:
    gantt_plugin(window).show_task_info(2)
    dialog = opened[0]
    dialog.general.name.setText("Spec v2")
    dialog.predecessors.set_row(0, 5)  # 2 -> 3 -> 4 -> 5 -> 2: a loop
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not dialog.problem.isHidden()
    assert "loop" in dialog.problem.text().lower() or "cycle" in dialog.problem.text().lower()
    assert window.session.undo_stack.count() == 0
    assert close_and_reload(window).tasks[2].name == "Spec"


def test_summary_duration_is_not_editable(window, opened) -> None:
    gantt_plugin(window).show_task_info(1)
    assert not opened[0].general.duration.isEnabled()


def test_the_link_lists_show_and_take_row_ids_after_an_insert(qtbot, window, opened) -> None:
    """After an Insert above Spec, Review is row 4 and Launch row 6: the dialog shows and takes those IDs."""
    select_cell(window, 2, "name")
    qtbot.keyClick(table_of(window), Qt.Key.Key_Insert)  # new task, Unique ID 6, becomes row 2
    gantt_plugin(window).show_task_info(4)
    dialog = opened[0]
    assert dialog.windowTitle() == "Task information — 5 Build"
    assert [r.task_id for r in dialog.predecessors.rows()] == [4]  # Review
    assert [r.task_id for r in dialog.successors.rows()] == [6]  # Launch
    assert dialog.predecessors.table.item(0, 1).text() == "Review"
    dialog.successors.set_row(0, 2)  # the new task, by the ID the table shows
    assert dialog.successors.table.item(0, 1).text() == "New task"
    dialog.accept()
    project = close_and_reload(window)
    assert {(k.predecessor_id, k.successor_id) for k in project.links.values() if k.predecessor_id == 4} == {(4, 6)}


def test_a_date_not_understood_keeps_the_dialog_open_with_the_reason(qtbot, window, opened) -> None:
    gantt_plugin(window).show_task_info(4)
    dialog = opened[0]
    dialog.advanced.has_deadline.setChecked(True)
    dialog.advanced.deadline.line.clear()
    qtbot.keyClicks(dialog.advanced.deadline.line, "Fri 2027-01-20")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.problem.isVisible() or not dialog.problem.isHidden()
    assert "is a Wednesday, not a Friday" in dialog.problem.text()
    assert window.session.undo_stack.count() == 0
