"""Issue 7 in the window: a sheet without Start dates previews, starting today, and the dialog says so."""

from __future__ import annotations

from datetime import date

import planner.exchange.task_import as task_import
from planner.ui.dialogs.import_preview import ImportPreviewDialog


def test_the_preview_starts_a_sheet_without_start_dates_today_and_notes_it(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(task_import, "today", lambda: date(2027, 3, 6))  # a Saturday
    source = tmp_path / "tasks.csv"
    source.write_text("Name,Duration,Predecessors\nDesign,2d,\nBuild,3d,1\n", encoding="utf-8")
    dialog = ImportPreviewDialog(source)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problems.count() == 0  # the start is said in the window's words, in the summary line
    assert "The sheet gives no Start dates, so the project starts Mon 2027-03-08;" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 2
    assert dialog.project().start.date() == date(2027, 3, 8)
