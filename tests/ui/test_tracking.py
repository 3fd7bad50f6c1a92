"""Tracking on the real window: the status date, Mark on Track, and the actual and remaining columns."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from planner.ui.gantt.table.columns import column_index

from .helpers import cell_text, close_and_reload, select_cell, table_of, type_into
from .menus import menu_action, open_from_menu, retype

TRACKING_COLUMNS = ("percent", "actual_start", "actual_finish", "remaining")


def show_tracking_columns(window) -> None:
    header = table_of(window).header()
    for key in TRACKING_COLUMNS:
        header.setSectionHidden(column_index(key), False)


def set_status_date(qtbot, window, typed: str) -> None:
    dialog = open_from_menu(qtbot, window, "Project", "Status Date")
    retype(qtbot, dialog.status_date.line, typed)
    qtbot.keyClick(dialog.status_date.line, Qt.Key.Key_Return)
    assert window.project_menu.dialog is None


def test_status_date_then_mark_on_track_completes_the_planned_work(qtbot, window, tmp_path) -> None:
    show_tracking_columns(window)
    set_status_date(qtbot, window, "Fri 1/8/27")
    select_cell(window, 1, "name")  # the Design summary: Spec and Review
    table = table_of(window)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # ... and Build
    menu_action(window, "Project", "Mark on Track").trigger()
    assert "3 tasks marked on track" in window.statusBar().currentMessage()
    assert [cell_text(window, t, "percent") for t in (1, 2, 3, 4)] == ["100%", "100%", "100%", "66.7%"]
    assert cell_text(window, 4, "actual_start") == "Thu 2027-01-07"
    assert cell_text(window, 4, "actual_finish") == "NA"
    assert cell_text(window, 4, "remaining") == "1d"
    assert cell_text(window, 5, "start") == "Mon 2027-01-11"  # on track: the launch stays where it was
    window.grab().save(str(tmp_path / "gantt_on_track.png"))
    assert window.session.undo_stack.count() == 2  # the status date, then Mark on Track
    project = close_and_reload(window)
    assert project.status_date == datetime(2027, 1, 8, 17, 0)
    assert (project.tasks[2].percent_complete, project.tasks[2].actual_finish) == (100.0, datetime(2027, 1, 5, 17, 0))
    assert project.tasks[4].actual_start == datetime(2027, 1, 7, 8, 0)


def test_mark_on_track_without_a_status_date_says_what_to_do(qtbot, window) -> None:
    select_cell(window, 4, "name")
    menu_action(window, "Project", "Mark on Track").trigger()
    assert "set one first (Project > Status Date)" in window.statusBar().currentMessage()
    assert window.session.undo_stack.count() == 0


def test_typing_actual_dates_and_remaining_duration(qtbot, window) -> None:
    show_tracking_columns(window)
    type_into(qtbot, window, 2, "actual_start", "1/5/27")
    assert cell_text(window, 2, "start") == "Tue 2027-01-05"
    type_into(qtbot, window, 2, "actual_finish", "2027-01-07")
    assert cell_text(window, 2, "percent") == "100%" and cell_text(window, 2, "duration") == "3d"
    type_into(qtbot, window, 4, "remaining", "4d")
    assert cell_text(window, 4, "duration") == "4d"
    project = close_and_reload(window)
    spec = project.tasks[2]
    assert (spec.actual_start, spec.actual_finish, spec.duration.minutes) == (
        datetime(2027, 1, 5, 8, 0),
        datetime(2027, 1, 7, 17, 0),
        3 * 480,
    )
    assert project.tasks[4].duration.minutes == 4 * 480


def test_an_actual_finish_before_the_start_is_refused_beside_the_cell(qtbot, window) -> None:
    show_tracking_columns(window)
    type_into(qtbot, window, 4, "actual_finish", "2027-01-05")
    assert cell_text(window, 4, "actual_finish") == "NA"
    assert window.session.undo_stack.count() == 0
    assert close_and_reload(window).tasks[4].actual_finish is None


def test_the_status_date_dialog_refuses_a_date_before_the_start(qtbot, window) -> None:
    dialog = open_from_menu(qtbot, window, "Project", "Status Date")
    retype(qtbot, dialog.status_date.line, "2026-12-31")
    qtbot.keyClick(dialog.status_date.line, Qt.Key.Key_Return)
    assert dialog.isVisible() and "is before the project start" in dialog.problem.text()
    retype(qtbot, dialog.status_date.line, "")
    qtbot.keyClick(dialog.status_date.line, Qt.Key.Key_Escape)
    assert close_and_reload(window).status_date is None
