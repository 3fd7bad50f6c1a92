"""File > Import Progress and File > Status Report on the real main window, driven as a PM does."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from planner.exchange.demo import demo_project
from planner.store.projectfile import ProjectFile
from planner.ui.shell import report_actions
from tests.exchange.progress.sheets import row_of, schedule_sheet, write_returned
from tests.ui.menus import menu_action, retype

SPEC = "Business requirements specification"
EPICS = "Epics, user stories and acceptance criteria"


@pytest.fixture
def demo_window(qtbot, tmp_path):
    from planner.ui.shell.main_window import MainWindow

    path = tmp_path / "portal.plandb"
    ProjectFile.create(path, demo_project()).close()
    main = MainWindow()
    qtbot.addWidget(main)
    assert main.open_path(path)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    main.close()


def returned(tmp_path, window, edit) -> object:
    rows = schedule_sheet(window.session.document.schedule)
    edit(rows)
    return write_returned(tmp_path / "back.xlsx", rows)


def open_preview(qtbot, window, monkeypatch, source):
    monkeypatch.setattr(report_actions, "ask_workbook_path", lambda *_: source)
    menu_action(window, "File", "Import Progress").trigger()
    actions = window.file_actions.reports
    qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible(), timeout=20000)
    return actions.dialog


def reload(path):
    """What the file holds now, read while the window keeps it open."""
    with ProjectFile.open(path, writable=False) as file:
        return file.load()


def by_name(project, name):
    return next(t for t in project.tasks.values() if t.name == name)


def test_import_progress_previews_the_changes_and_applies_them_as_one_undo_step(
    qtbot, demo_window, tmp_path, monkeypatch
):
    window = demo_window

    def edit(rows):
        row_of(rows, SPEC)[2] = 0.9
        row_of(rows, EPICS)[4] = datetime(2027, 2, 12)

    dialog = open_preview(qtbot, window, monkeypatch, returned(tmp_path, window, edit))
    shown = {tuple(dialog.table.item(r, c).text() for c in range(5)) for r in range(dialog.table.rowCount())}
    assert ("9", SPEC, "% complete", "75%", "90%") in shown
    assert ("11", EPICS, "actual finish", "NA", "2027-02-12 17:00") in shown
    assert not dialog.skip.isVisible() and dialog.apply.isEnabled()
    dialog.grab().save(str(tmp_path / "preview.png"))
    qtbot.mouseClick(dialog.apply, Qt.MouseButton.LeftButton)
    path = window.session.document.path
    project = reload(path)
    assert by_name(project, SPEC).percent_complete == 90.0
    assert by_name(project, EPICS).actual_finish == datetime(2027, 2, 12, 17)
    assert window.session.undo_stack.undoText() == "Import progress from back.xlsx"
    qtbot.waitUntil(lambda: window.file_actions.reports.dialog is None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table = window.page("gantt").table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    project = reload(path)
    assert by_name(project, SPEC).percent_complete == 75.0 and by_name(project, EPICS).actual_finish is None


def test_refused_rows_are_listed_and_block_apply_until_the_pm_leaves_them_out(
    qtbot, demo_window, tmp_path, monkeypatch
):
    window = demo_window

    def edit(rows):
        row_of(rows, SPEC)[2] = 1.0
        rows.append([99, "Perf tests", 0.5, None, None, "2d"])

    dialog = open_preview(qtbot, window, monkeypatch, returned(tmp_path, window, edit))
    assert [dialog.refused.item(i).text() for i in range(dialog.refused.count())] == [
        "row 91: there is no task 99 in the project (it has 88)"
    ]
    assert dialog.skip.isVisible() and not dialog.apply.isEnabled()
    dialog.skip.setFocus()
    qtbot.keyClick(dialog.skip, Qt.Key.Key_Space)
    assert dialog.apply.isEnabled()
    qtbot.mouseClick(dialog.apply, Qt.MouseButton.LeftButton)
    assert by_name(reload(window.session.document.path), SPEC).percent_complete == 100.0


def open_report_dialog(qtbot, window):
    menu_action(window, "File", "Status Report").trigger()
    actions = window.file_actions.reports
    qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible())
    return actions.dialog


def test_status_report_asks_the_period_then_writes_the_pdf_as_a_job(qtbot, demo_window, tmp_path, monkeypatch):
    window = demo_window
    target = tmp_path / "status.pdf"
    monkeypatch.setattr(report_actions, "ask_report_path", lambda *_: target)
    dialog = open_report_dialog(qtbot, window)
    # the two weeks ending at the demo's status date, and its project manager
    assert (dialog.first.line.text(), dialog.last.line.text()) == ("Tue 2027-02-02", "Mon 2027-02-15")
    assert dialog.author.text() == "Anna Schmidt"
    dialog.grab().save(str(tmp_path / "dialog.png"))
    retype(qtbot, dialog.first.line, "2027-01-18")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.jobs.running and target.exists(), timeout=60000)
    assert target.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage() == (
        f"Wrote the status report of Mon 2027-01-18 to Mon 2027-02-15 to {target}"
    )


def test_a_period_that_ends_before_it_begins_is_explained_and_the_dialog_stays(qtbot, demo_window, monkeypatch):
    asked = []
    monkeypatch.setattr(report_actions, "ask_report_path", lambda *a: asked.append(a))
    dialog = open_report_dialog(qtbot, demo_window)
    retype(qtbot, dialog.last.line, "2027-01-01")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and asked == []
    assert dialog.problem.text() == "the report period ends (2027-01-01) before it begins (2027-02-02)"
    retype(qtbot, dialog.last.line, "someday")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.problem.text().startswith("last day 'someday'")
