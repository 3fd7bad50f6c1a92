"""Task Mode on the real window: a manually scheduled task stays where the PM puts it, typing its
start moves it (no constraint), its bar is teal, and it all survives undo and a reopen."""

from __future__ import annotations

from datetime import datetime

from planner.core.model.entities import ConstraintType
from planner.ui.gantt.table.columns import column_index

from ..helpers import cell_text, close_and_reload, table_of, type_into


def _show_mode(window) -> None:
    table_of(window).header().setSectionHidden(column_index("task_mode"), False)


def _shape(window, task_id: int):
    chart = window.page("gantt").chart
    chart.viewport().repaint()
    return chart.frame.shapes[task_id]


def test_a_manual_task_keeps_its_dates_when_its_predecessor_moves(qtbot, window) -> None:
    _show_mode(window)
    assert cell_text(window, 3, "task_mode") == "Auto Scheduled"
    type_into(qtbot, window, 3, "task_mode", "Manually Scheduled")
    assert cell_text(window, 3, "task_mode") == "Manually Scheduled"
    assert cell_text(window, 3, "start") == "Wed 2027-01-06"  # switching keeps the dates
    type_into(qtbot, window, 2, "duration", "4d")  # Spec now ends Friday: Review stays on Wednesday
    assert cell_text(window, 3, "start") == "Wed 2027-01-06"
    assert cell_text(window, 4, "start") == "Thu 2027-01-07"  # Build follows the manual task's dates
    assert _shape(window, 3).manual and not _shape(window, 4).manual
    window.grab().save("/tmp/rules-manual.png")
    project = close_and_reload(window)
    assert project.tasks[3].manual and project.tasks[3].manual_start == datetime(2027, 1, 6, 8, 0)


def test_typing_a_manual_tasks_start_moves_it_without_a_constraint(qtbot, window) -> None:
    _show_mode(window)
    type_into(qtbot, window, 4, "task_mode", "manual")
    type_into(qtbot, window, 4, "start", "2027-01-18")
    assert cell_text(window, 4, "start") == "Mon 2027-01-18"
    assert cell_text(window, 5, "start") == "Wed 2027-01-20"  # Launch follows Build's 3 days (17:00)
    window.session.undo_stack.undo()
    assert cell_text(window, 4, "start") == "Thu 2027-01-07"
    window.session.undo_stack.redo()
    task = close_and_reload(window).tasks[4]
    assert task.manual and task.manual_start == datetime(2027, 1, 18, 8, 0)
    assert task.constraint_type == ConstraintType.ASAP


def test_an_unknown_mode_is_refused_and_nothing_changes(qtbot, window) -> None:
    _show_mode(window)
    type_into(qtbot, window, 4, "task_mode", "sometimes")
    assert cell_text(window, 4, "task_mode") == "Auto Scheduled"
    assert "Manually Scheduled or Auto Scheduled" in window.statusBar().currentMessage()
    assert not window.session.undo_stack.canUndo()
    assert cell_text(window, 1, "task_mode") == "Auto Scheduled"  # a summary follows its subtasks
    assert not close_and_reload(window).tasks[4].manual
