"""The Lessons learned page: the open improvement actions, categories typed the same way, raised today."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ..helpers import close_and_reload
from .helpers import register, shown_ids, type_cell


def test_open_actions_leaves_out_the_done_and_dropped(qtbot, window):
    lessons = register(window, "quality", "lessons")
    lessons.table.setFocus()
    qtbot.keyClick(lessons.table, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "The vendor answered late")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_cell(qtbot, lessons, 1, "status", "do")  # done
    lessons.choose_filter("Open actions")
    assert shown_ids(lessons) == [2] and lessons.count.text() == "1 of 2 shown"
    lessons.choose_filter("Status: done")
    assert shown_ids(lessons) == [1]
    reopened = close_and_reload(window).lessons
    assert reopened[2].raised == date.today() and reopened[1].status.value == "done"


def test_the_category_cell_offers_the_categories_already_used(qtbot, window):
    lessons = register(window, "quality", "lessons")
    type_cell(qtbot, lessons, 1, "category", "planning")
    lessons.table.select_record(1, lessons.model.column_of("category"))
    lessons.table.setFocus()
    qtbot.keyClick(lessons.table, Qt.Key.Key_F2)
    completer = QApplication.focusWidget().completer()
    assert completer is not None
    completer.setCompletionPrefix("plan")
    assert [completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())] == ["planning"]
