"""Defect 11: Delete on a summary asks first, as MS Project does, and says how many tasks went."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.ui.gantt.table import questions

from .helpers import close_and_reload, rows, select_cell, table_of


def answer_with(qtbot, key: Qt.Key, seen: list[str]) -> None:
    """When the question box opens, note its text, look at it, and press `key` on it."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), "no question was asked"
        seen.append(box.text())
        box.grab().save("/tmp/ids-delete-question.png")
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, press)


def test_delete_of_a_summary_asks_and_esc_keeps_everything(qtbot, window) -> None:
    seen: list[str] = []
    select_cell(window, 1, "name")
    answer_with(qtbot, Qt.Key.Key_Escape, seen)
    qtbot.keyClick(table_of(window), Qt.Key.Key_Delete)
    assert seen == ["This will delete the summary task 1 'Design' and its 2 subtasks."]
    assert [t for t, _ in rows(window)] == [1, 2, 3, 4, 5]
    assert window.session.undo_stack.count() == 0


def test_enter_deletes_the_summary_with_its_subtasks_and_says_how_many(qtbot, window) -> None:
    seen: list[str] = []
    select_cell(window, 1, "name")
    answer_with(qtbot, Qt.Key.Key_Return, seen)
    qtbot.keyClick(table_of(window), Qt.Key.Key_Delete)
    assert len(seen) == 1 and [t for t, _ in rows(window)] == [4, 5]
    assert window.statusBar().currentMessage() == (
        "Deleted 1 'Design' and its 2 subtasks, with their links (Ctrl+Z brings them back)"
    )
    window.activateWindow()  # the closed box handed activation back; offscreen, the test does it
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(table_of(window), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [t for t, _ in rows(window)] == [1, 2, 3, 4, 5]
    assert sorted(close_and_reload(window).tasks) == [1, 2, 3, 4, 5]


def test_delete_of_plain_tasks_asks_nothing(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(questions, "ask_delete_summary", lambda *a: pytest.fail("asked about plain tasks"))
    select_cell(window, 3, "name")
    qtbot.keyClick(table_of(window), Qt.Key.Key_Delete)
    assert [t for t, _ in rows(window)] == [1, 2, 4, 5]
    assert window.statusBar().currentMessage() == "Deleted 3 'Review', with their links (Ctrl+Z brings them back)"


def test_the_question_can_be_answered_by_a_replacement(qtbot, window, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(questions, "ask_delete_summary", lambda parent, text: asked.append(text) or False)
    select_cell(window, 1, "name")
    qtbot.keyClick(table_of(window), Qt.Key.Key_Delete)
    assert asked == ["This will delete the summary task 1 'Design' and its 2 subtasks."]
    assert [t for t, _ in rows(window)] == [1, 2, 3, 4, 5]
