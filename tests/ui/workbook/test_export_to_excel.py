"""File > Export to Excel… on the real window: a job that writes the workbook, or nothing when cancelled."""

from __future__ import annotations

import time

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from planner.exchange.workbook import sheet_list
from planner.ui.shell import file_dialogs
from tests.ui.menus import menu_action


def excel_action(window):
    return menu_action(window, "File", "Export to Excel")


def test_export_to_excel_writes_the_stakeholder_workbook(qtbot, window, tmp_path, monkeypatch) -> None:
    target = tmp_path / "status.xlsx"
    asked = []
    monkeypatch.setattr(file_dialogs, "ask_export_path", lambda *a: asked.append(a) or target)
    action = excel_action(window)
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=30000)
    assert asked[0][3].name == "relaunch.xlsx"  # suggested beside the project file
    assert window.statusBar().currentMessage() == f"Exported Website relaunch to {target}"
    book = load_workbook(target)
    assert book.sheetnames[:3] == ["Summary", "Schedule", "Milestones"]
    schedule = book["Schedule"]
    assert [schedule[f"C{r}"].value for r in range(2, 7)] == ["Design", "Spec", "Review", "Build", "Launch"]
    assert schedule.row_dimensions[3].outline_level == 1


def test_edits_made_before_the_export_are_in_the_workbook(qtbot, window, tmp_path, monkeypatch) -> None:
    from tests.ui.helpers import type_into

    type_into(qtbot, window, 4, "name", "Build and test")
    target = tmp_path / "status.xlsx"
    monkeypatch.setattr(file_dialogs, "ask_export_path", lambda *a: target)
    excel_action(window).trigger()
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=30000)
    assert load_workbook(target)["Schedule"]["C5"].value == "Build and test"


def wait_for_cancel(book, source) -> None:
    """A sheet writer that waits for Cancel, so the click always lands while the workbook is written."""
    deadline = time.monotonic() + 10
    while not source.steps.cancelled() and time.monotonic() < deadline:
        time.sleep(0.01)


def test_cancelling_the_export_leaves_no_file(qtbot, window, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sheet_list, "SHEETS", (*sheet_list.SHEETS, f"{__name__}:wait_for_cancel"))
    target = tmp_path / "status.xlsx"
    monkeypatch.setattr(file_dialogs, "ask_export_path", lambda *a: target)
    excel_action(window).trigger()
    status = window.job_status
    qtbot.waitUntil(lambda: status.cancel.isVisible())
    assert status.name.text() == "Exporting status.xlsx…"
    qtbot.mouseClick(status.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=15000)
    assert "cancelled; nothing was written" in window.statusBar().currentMessage()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["relaunch.plandb"]


def test_choosing_no_file_exports_nothing(qtbot, window, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(file_dialogs, "ask_export_path", lambda *a: None)
    excel_action(window).trigger()
    assert not window.jobs.running
    assert sorted(p.name for p in tmp_path.iterdir()) == ["relaunch.plandb"]
