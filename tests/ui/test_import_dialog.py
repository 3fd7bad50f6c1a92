"""File > Import's preview speaks the window's language, and a loop stops the import as on the command line."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.ui.dialogs.import_preview import ImportPreviewDialog
from planner.ui.shell import file_dialogs


def test_a_sheet_without_start_dates_says_what_to_do_in_the_dialog(qtbot, tmp_path, monkeypatch) -> None:
    from datetime import date

    from planner.exchange import task_import

    monkeypatch.setattr(task_import, "today", lambda: date(2027, 3, 3))
    sheet = tmp_path / "plan.csv"
    sheet.write_text("Name,Duration\nDesign,3d\nBuild,5d\n", encoding="utf-8")
    dialog = ImportPreviewDialog(sheet)
    qtbot.addWidget(dialog)
    shown = [dialog.summary.text()] + [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert not any("--start" in line for line in shown)
    assert "no Start dates, so the project starts Wed 2027-03-03" in dialog.summary.text()
    assert "untick “from the sheet” to choose another start" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.from_sheet, Qt.MouseButton.LeftButton)
    assert not dialog.from_sheet.isChecked()
    assert dialog.summary.text() == "2 tasks from 2 rows of plan.csv."


def test_a_loop_stops_the_import_with_the_loop_named(qtbot, window, tmp_path, monkeypatch) -> None:
    sheet = tmp_path / "loop.csv"
    sheet.write_text(
        "ID,Name,Duration,Start,Predecessors\n1,Design,3d,2027-01-04,\n2,Build,5d,,1;3\n3,Test,2d,,2\n",
        encoding="utf-8",
    )
    seen: list[ImportPreviewDialog] = []
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: seen.append(dialog) or 0)
    monkeypatch.setattr(file_dialogs, "ask_sheet_path", lambda *_: sheet)
    window.file_actions.import_tasks.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    (dialog,) = seen
    assert not dialog.import_button.isEnabled()
    summary = dialog.summary.text()
    assert "form a loop (closed by row 3" in summary and "nothing can be imported" in summary
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("closes a loop" in p and "row 3" in p for p in problems)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["loop.csv", "relaunch.plandb"]
