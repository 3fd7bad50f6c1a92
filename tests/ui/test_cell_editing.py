"""Typing into the task table, as a PM does, and what the project file then holds."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from planner.core.model.entities import ConstraintType, LinkType

from .helpers import cell_text, close_and_reload, table_of, type_into


def test_typing_a_duration(qtbot, window) -> None:
    type_into(qtbot, window, 4, "duration", "5d")
    assert cell_text(window, 4, "duration") == "5d"
    assert cell_text(window, 5, "start") == "Wed 2027-01-13"  # Launch follows Build
    assert close_and_reload(window).tasks[4].duration.minutes == 5 * 480


def test_typing_hours_and_weeks(qtbot, window) -> None:
    type_into(qtbot, window, 2, "duration", "4h")
    type_into(qtbot, window, 4, "duration", "2w")
    assert cell_text(window, 2, "duration") == "4h"
    assert cell_text(window, 2, "finish") == "Mon 2027-01-04 12:00"  # a time shows when it is not 08:00/17:00
    assert cell_text(window, 4, "duration") == "10d"
    project = close_and_reload(window)
    assert (project.tasks[2].duration.minutes, project.tasks[4].duration.minutes) == (240, 10 * 480)


def test_typing_predecessors(qtbot, window) -> None:
    type_into(qtbot, window, 4, "predecessors", "2FS+1d")
    assert cell_text(window, 4, "predecessors") == "2FS+1d"
    assert cell_text(window, 4, "start") == "Thu 2027-01-07"  # Spec ends Tue, one day's lag
    links = [k for k in close_and_reload(window).links.values() if k.successor_id == 4]
    assert [(k.predecessor_id, k.type, k.lag.amount) for k in links] == [(2, LinkType.FS, 480)]


def test_typing_a_start_sets_start_no_earlier_than(qtbot, window) -> None:
    type_into(qtbot, window, 4, "start", "2027-01-18")
    assert cell_text(window, 4, "start") == "Mon 2027-01-18"
    assert "Start No Earlier Than Mon 2027-01-18" in window.statusBar().currentMessage()
    task = close_and_reload(window).tasks[4]
    assert (task.constraint_type, task.constraint_date) == (ConstraintType.SNET, datetime(2027, 1, 18, 8, 0))


def test_typing_a_finish_changes_the_duration(qtbot, window) -> None:
    type_into(qtbot, window, 4, "finish", "2027-01-12")  # Build starts Thu 01-07
    assert cell_text(window, 4, "duration") == "4d"
    assert close_and_reload(window).tasks[4].duration.minutes == 4 * 480


def test_enter_commits_and_moves_down_tab_moves_right(qtbot, window) -> None:
    from planner.ui.gantt.table.columns import column_index

    table = table_of(window)
    type_into(qtbot, window, 2, "name", "Specification")
    assert table.current_task_id() == 3
    assert table.currentIndex().column() == column_index("name")
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert table.currentIndex().column() == column_index("duration")
    assert cell_text(window, 2, "name") == "Specification"


def test_text_in_duration_is_refused_with_a_message(qtbot, window) -> None:
    type_into(qtbot, window, 4, "duration", "three days")
    assert cell_text(window, 4, "duration") == "3d"
    assert "not understood" in window.statusBar().currentMessage()
    assert not window.session.undo_stack.canUndo()
    assert close_and_reload(window).tasks[4].duration.minutes == 3 * 480


def test_a_cycle_in_predecessors_is_refused_with_the_tasks_named(qtbot, window) -> None:
    type_into(qtbot, window, 2, "predecessors", "5")  # 2 -> 3 -> 4 -> 5 -> 2
    message = window.statusBar().currentMessage()
    assert "loop" in message.lower() or "cycle" in message.lower()
    assert cell_text(window, 2, "predecessors") == ""
    project = close_and_reload(window)
    assert not [k for k in project.links.values() if k.successor_id == 2]


def test_a_finish_before_the_start_is_refused(qtbot, window) -> None:
    type_into(qtbot, window, 4, "finish", "2027-01-05")  # Build starts Thu 01-07
    assert "before the task's start" in window.statusBar().currentMessage()
    assert cell_text(window, 4, "duration") == "3d"
    assert close_and_reload(window).tasks[4].duration.minutes == 3 * 480


def test_escape_leaves_the_value(qtbot, window) -> None:
    from PySide6.QtWidgets import QApplication

    from .helpers import select_cell

    select_cell(window, 4, "duration")
    qtbot.keyClicks(table_of(window), "9")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert cell_text(window, 4, "duration") == "3d"
    assert not window.session.undo_stack.canUndo()


def test_closing_with_an_editor_open_keeps_what_was_typed(qtbot, window) -> None:
    from PySide6.QtWidgets import QApplication

    from .helpers import select_cell

    select_cell(window, 4, "duration")
    qtbot.keyClicks(table_of(window), "4")
    qtbot.keyClicks(QApplication.focusWidget(), "d")  # no Enter: the user closes the window instead
    assert close_and_reload(window).tasks[4].duration.minutes == 4 * 480
