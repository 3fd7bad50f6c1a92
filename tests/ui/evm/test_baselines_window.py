"""Baselines and progress on the real window: Set Baseline, variance columns, Tracking Gantt,
Clear Baseline, Update Tasks and Update Project, each one undo step that survives a reopen."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from planner.core.evm.baselines import baseline_numbered, task_rows
from planner.ui.gantt.table.columns import column_index

from ..helpers import cell_text, close_and_reload, gantt_plugin, select_cell, table_of, type_into
from ..menus import menu_action, retype

VARIANCE = ("baseline_start", "baseline_finish", "baseline_duration", "start_variance", "finish_variance")


def show_columns(window, keys) -> None:
    header = table_of(window).header()
    for key in keys:
        header.setSectionHidden(column_index(key), False)


def open_dialog(qtbot, window, text: str):
    action = menu_action(window, "Project", text)
    assert action.isEnabled()
    action.trigger()
    dialog = gantt_plugin(window).baseline_actions.dialog
    qtbot.waitExposed(dialog)
    return dialog


def set_baseline(qtbot, window, name: str = "", number: int = 0):
    dialog = open_dialog(qtbot, window, "Set Baseline")
    dialog.baseline.setCurrentIndex(dialog.baseline.findData(number))
    retype(qtbot, dialog.name, name)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert gantt_plugin(window).baseline_actions.dialog is None


def test_set_baseline_then_a_slip_shows_in_the_variance_columns(qtbot, window, tmp_path) -> None:
    show_columns(window, VARIANCE)
    assert cell_text(window, 4, "baseline_start") == "NA"
    set_baseline(qtbot, window, "Kick-off")
    assert cell_text(window, 4, "baseline_start") == "Thu 2027-01-07"
    assert cell_text(window, 4, "baseline_duration") == "3d"
    type_into(qtbot, window, 2, "duration", "4d")  # Spec slips by two days; Build with it
    assert cell_text(window, 4, "start_variance") == "2d"
    assert cell_text(window, 4, "finish_variance") == "2d"
    assert cell_text(window, 4, "baseline_start") == "Thu 2027-01-07"  # the baseline stays
    assert cell_text(window, 1, "finish_variance") == "2d"  # the summary too
    window.grab().save(str(tmp_path / "variance.png"))
    project = close_and_reload(window)
    baseline = baseline_numbered(project, 0)
    assert baseline.name == "Kick-off" and len(task_rows(project, baseline)) == 5


def test_tracking_gantt_draws_a_baseline_bar_under_each_task(qtbot, window, tmp_path) -> None:
    set_baseline(qtbot, window)
    chart = window.page("gantt").chart
    assert not chart.show_baselines
    toggle = next(a for a in window.menuBar().actions() if a.text().replace("&", "") == "View")
    entry = next(a for a in toggle.menu().actions() if a.text().replace("&", "") == "Tracking Gantt")
    entry.trigger()
    assert chart.show_baselines
    chart.repaint()
    image = chart.viewport().grab().toImage()
    bar = chart.frame.shapes[4].rect
    below = chart.baselines.rects([r for r in chart.frame.rows if r.slot.task_id == 4], chart.scale)[0]
    assert below.y > bar.y and below.x == bar.x
    probe = image.pixelColor(int(below.x + below.w / 2), int(below.bottom - 2))
    assert probe != chart.colors.base  # painted
    chart.grab().save(str(tmp_path / "tracking.png"))


def test_clear_baseline_for_selected_tasks_then_undo(qtbot, window) -> None:
    set_baseline(qtbot, window)
    show_columns(window, VARIANCE)
    select_cell(window, 4, "name")
    dialog = open_dialog(qtbot, window, "Clear Baseline")
    dialog.only_selected.click()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert cell_text(window, 4, "baseline_start") == "NA" and cell_text(window, 2, "baseline_start") != "NA"
    window.session.undo_stack.undo()
    assert cell_text(window, 4, "baseline_start") == "Thu 2027-01-07"


def test_update_tasks_records_progress_and_refuses_nonsense(qtbot, window) -> None:
    show_columns(window, ("percent", "actual_start"))
    select_cell(window, 4, "name")
    dialog = open_dialog(qtbot, window, "Update Tasks")
    retype(qtbot, dialog.percent, "lots")
    qtbot.keyClick(dialog.percent, Qt.Key.Key_Return)
    assert dialog.isVisible() and "not a number" in dialog.problem.text()
    retype(qtbot, dialog.percent, "40")
    retype(qtbot, dialog.actual_start.line, "2027-01-08")
    qtbot.keyClick(dialog.percent, Qt.Key.Key_Return)
    assert gantt_plugin(window).baseline_actions.dialog is None
    assert cell_text(window, 4, "percent") == "40%"
    assert cell_text(window, 4, "actual_start") == "Fri 2027-01-08"
    assert window.session.undo_stack.count() == 1
    project = close_and_reload(window)
    assert project.tasks[4].actual_start == datetime(2027, 1, 8, 8, 0)


def test_update_project_as_complete_through_a_date(qtbot, window) -> None:
    dialog = open_dialog(qtbot, window, "Update Project")
    retype(qtbot, dialog.through.line, "2027-01-06")
    qtbot.keyClick(dialog.through.line, Qt.Key.Key_Return)
    assert gantt_plugin(window).baseline_actions.dialog is None
    assert [cell_text(window, t, "percent") for t in (2, 3, 4)] == ["100%", "100%", "0%"]


def test_the_project_menu_has_the_baseline_and_update_entries_after_mark_on_track(window) -> None:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Project")
    entries = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    start = entries.index("Mark on Track") + 1
    assert entries[start : start + 4] == ["Set Baseline…", "Clear Baseline…", "Update Tasks…", "Update Project…"]


def test_typing_a_physical_percent_complete_makes_the_task_earn_by_it(qtbot, window) -> None:
    set_baseline(qtbot, window)
    show_columns(window, ("physical_percent", "ev_method"))
    type_into(qtbot, window, 4, "physical_percent", "50")
    assert cell_text(window, 4, "ev_method") == "Physical % Complete"
    assert cell_text(window, 4, "physical_percent") == "50%"
    type_into(qtbot, window, 4, "physical_percent", "lots")
    assert cell_text(window, 4, "physical_percent") == "50%"  # refused beside the cell, nothing lost
    project = close_and_reload(window)
    (row,) = project.task_earned_value.values()
    assert (row.task_id, row.physical_percent, row.method) == (4, 50.0, "physical")


def test_update_project_starts_on_0_to_100_for_the_entire_project(qtbot, window) -> None:
    dialog = open_dialog(qtbot, window, "Update Project")
    assert dialog.spread.isChecked() and dialog.entire.isChecked()
    dialog.all_or_nothing.click()
    assert dialog.entire.isChecked()  # the two choices do not unset each other
    dialog.reject()
