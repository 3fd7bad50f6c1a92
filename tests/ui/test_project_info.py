"""Project > Project Information on the real window: type, press Enter, one undo step, the file holds it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .helpers import cell_text, close_and_reload, table_of
from .menus import menu_action, open_from_menu, retype


def open_project_info(qtbot, window):
    return open_from_menu(qtbot, window, "Project", "Project Information")


def test_the_dialog_shows_the_settings_and_enter_makes_one_undoable_edit(qtbot, window, tmp_path) -> None:
    dialog = open_project_info(qtbot, window)
    assert (dialog.name.text(), dialog.start.line.text(), dialog.status_date.line.text()) == (
        "Website relaunch",
        "Mon 2027-01-04",
        "",
    )
    assert (dialog.calendar.currentText(), dialog.currency.text(), dialog.hours_per_day.text()) == (
        "Standard",
        "EUR",
        "8",
    )
    retype(qtbot, dialog.name, "Portal relaunch")
    retype(qtbot, dialog.start.line, "Mon 1/11/27")
    retype(qtbot, dialog.status_date.line, "2027-01-13")
    retype(qtbot, dialog.currency, "USD")
    retype(qtbot, dialog.hours_per_day, "7.5")
    dialog.grab().save(str(tmp_path / "project_info.png"))
    qtbot.keyClick(dialog.hours_per_day, Qt.Key.Key_Return)
    assert window.project_menu.dialog is None  # accepted and closed
    stack = window.session.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Change project information"
    # the Gantt rescheduled at once: work not started by the status date (Wed 17:00) starts after it
    assert cell_text(window, 2, "start") == "Thu 2027-01-14"
    assert "Portal relaunch" in window.windowTitle()
    window.grab().save(str(tmp_path / "gantt_after.png"))
    project = close_and_reload(window)
    assert (project.name, project.start, project.status_date, project.currency) == (
        "Portal relaunch",
        datetime(2027, 1, 11, 8, 0),
        datetime(2027, 1, 13, 17, 0),
        "USD",
    )
    assert project.units.minutes_per_day == 450


def test_undo_restores_the_settings_and_the_schedule(qtbot, window) -> None:
    dialog = open_project_info(qtbot, window)
    retype(qtbot, dialog.start.line, "2027-02-01")
    qtbot.keyClick(dialog.start.line, Qt.Key.Key_Return)
    assert cell_text(window, 2, "start") == "Mon 2027-02-01"
    table_of(window).setFocus()
    qtbot.keyClick(table_of(window), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cell_text(window, 2, "start") == "Mon 2027-01-04"
    assert close_and_reload(window).start == datetime(2027, 1, 4, 8, 0)


def test_a_refusal_is_shown_in_the_dialog_which_stays_open_with_what_was_typed(qtbot, window, tmp_path) -> None:
    dialog = open_project_info(qtbot, window)
    retype(qtbot, dialog.hours_per_day, "30")
    retype(qtbot, dialog.name, "Portal")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert window.project_menu.dialog is dialog and dialog.isVisible()
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == "hours per day must be between 1 and 24, not 30"
    dialog.grab().save(str(tmp_path / "project_info_refused.png"))
    assert window.session.undo_stack.count() == 0
    retype(qtbot, dialog.hours_per_day, "10")
    assert not dialog.problem.isVisible()  # typing again clears the old reason
    qtbot.keyClick(dialog.hours_per_day, Qt.Key.Key_Return)
    assert window.project_menu.dialog is None
    project = close_and_reload(window)
    assert (project.name, project.units.minutes_per_day) == ("Portal", 600)


def test_cancel_and_an_unchanged_ok_leave_no_undo_step(qtbot, window) -> None:
    dialog = open_project_info(qtbot, window)
    retype(qtbot, dialog.name, "Not this")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    dialog = open_project_info(qtbot, window)
    assert dialog.name.text() == "Website relaunch"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert window.session.undo_stack.count() == 0
    QApplication.processEvents()


def test_the_entry_is_disabled_without_a_project(window) -> None:
    window.close_project()
    assert not menu_action(window, "Project", "Project Information").isEnabled()


def test_the_project_menu_holds_the_basics_in_ms_project_order(window) -> None:
    bar = window.menuBar()
    assert [a.text() for a in bar.actions()] == ["&File", "&Edit", "&View", "&Project", "&Resource", "&Help"]
    project_menu = next(a.menu() for a in bar.actions() if a.text() == "&Project")
    entries = [a.text().replace("&", "") for a in project_menu.actions() if not a.isSeparator()]
    basics = ["Project Information…", "Status Date…", "Change Working Time…", "Mark on Track"]
    assert entries[:4] == basics  # the tabs' own entries follow (Resources: working time, skills)
    assert {"Resource Working Time…", "Skills List…"} <= set(entries[4:])
