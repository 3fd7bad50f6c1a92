"""Project > Change Working Time on the real window: type the week and exceptions, Enter, the Gantt follows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from planner.core.model.entities import CalendarException

from .helpers import cell_text, close_and_reload, table_of
from .menus import open_from_menu, retype


def open_working_time(qtbot, window):
    return open_from_menu(qtbot, window, "Project", "Change Working Time")


def type_in_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Select the cell, type over it (the first key opens its editor) and press Enter."""
    table.setCurrentCell(row, column)
    table.setFocus()
    qtbot.keyClicks(table, text[0])
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_a_half_day_friday_a_shutdown_and_holidays_move_the_gantt_at_once(qtbot, window, tmp_path) -> None:
    assert cell_text(window, 4, "finish") == "Mon 2027-01-11"  # Build: Thu 7 to Mon 11
    dialog = open_working_time(qtbot, window)
    assert dialog.week[0].text() == "08:00-12:00, 13:00-17:00" and dialog.week[5].text() == ""
    retype(qtbot, dialog.week[4], "08:00-12:00")
    qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    type_in_cell(qtbot, dialog.exceptions, 0, 0, "Shutdown")
    type_in_cell(qtbot, dialog.exceptions, 0, 1, "1/11/27")
    type_in_cell(qtbot, dialog.exceptions, 0, 2, "2027-01-12")
    dialog.country.setFocus()
    qtbot.keyClicks(dialog.country, "Germany")
    assert dialog.country.currentData() == "DE"
    dialog.grab().save(str(tmp_path / "working_time.png"))
    qtbot.keyClick(dialog.country, Qt.Key.Key_Return)
    assert dialog.problem.text() == ""
    assert window.project_menu.dialog is None
    assert window.session.undo_stack.undoText() == "Change working time"
    # Thu 8h, Fri 4h, Mon 11 and Tue 12 shut: the last 12 hours run Wed 13 and the morning of Thu 14
    assert cell_text(window, 4, "finish") == "Thu 2027-01-14 12:00"
    window.resize(1366, 768)
    window.grab().save(str(tmp_path / "gantt_working_time.png"))
    calendar = close_and_reload(window).calendar
    assert calendar.week[4] == ((480, 720),)
    assert calendar.exceptions == [CalendarException(date(2027, 1, 11), date(2027, 1, 12), "Shutdown")]
    assert calendar.country == "DE"


def test_undo_restores_the_week(qtbot, window) -> None:
    dialog = open_working_time(qtbot, window)
    retype(qtbot, dialog.week[3], "")  # Thursdays off
    qtbot.keyClick(dialog.week[3], Qt.Key.Key_Return)
    assert cell_text(window, 4, "start") == "Fri 2027-01-08"
    table_of(window).setFocus()
    qtbot.keyClick(table_of(window), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cell_text(window, 4, "start") == "Thu 2027-01-07"
    assert close_and_reload(window).calendar.week[3] != ()


def test_bad_hours_are_refused_in_the_dialog_which_stays_open(qtbot, window, tmp_path) -> None:
    dialog = open_working_time(qtbot, window)
    retype(qtbot, dialog.week[0], "8-12, 11-17")
    qtbot.keyClick(dialog.week[0], Qt.Key.Key_Return)
    assert dialog.isVisible() and window.project_menu.dialog is dialog
    assert dialog.problem.text() == "Monday: the working hours 08:00-12:00, 11:00-17:00 overlap"
    dialog.grab().save(str(tmp_path / "working_time_refused.png"))
    for line in dialog.week:
        retype(qtbot, line, "")
    qtbot.keyClick(dialog.week[6], Qt.Key.Key_Return)
    assert "has no working time in its week" in dialog.problem.text()
    assert window.session.undo_stack.count() == 0
    qtbot.keyClick(dialog.week[6], Qt.Key.Key_Escape)
    assert close_and_reload(window).calendar.week[0] != ()


def test_an_exception_is_removed_with_its_button(qtbot, window) -> None:
    dialog = open_working_time(qtbot, window)
    dialog.add_exception()
    type_in_cell(qtbot, dialog.exceptions, 0, 0, "Offsite")
    type_in_cell(qtbot, dialog.exceptions, 0, 1, "2027-01-07")
    type_in_cell(qtbot, dialog.exceptions, 0, 3, "13:00-17:00")
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert window.session.project.calendar.exceptions == [
        CalendarException(date(2027, 1, 7), date(2027, 1, 7), "Offsite", ((780, 1020),))
    ]
    dialog = open_working_time(qtbot, window)
    assert [dialog.exceptions.item(0, c).text() for c in range(4)] == [
        "Offsite",
        "Thu 2027-01-07",
        "Thu 2027-01-07",
        "13:00-17:00",
    ]
    dialog.exceptions.setCurrentCell(0, 0)
    qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
    assert dialog.exceptions.rowCount() == 0
    qtbot.keyClick(dialog.week[0], Qt.Key.Key_Return)
    assert window.session.undo_stack.count() == 2
    assert close_and_reload(window).calendar.exceptions == []
