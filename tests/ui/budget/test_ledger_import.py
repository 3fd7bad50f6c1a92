"""Import Expenses in the window: the column mapping preview, bad rows shown, one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from planner.store.projectfile import ProjectFile
from planner.ui.budget import import_dialog
from tests.core.cost.example import costed_project


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "costs.plandb"
    ProjectFile.create(path, costed_project()).close()
    return path


def run_import(monkeypatch, window, path: Path, look) -> None:
    """Import Expenses from `path`; `look(dialog)` sees the preview and returns whether to press Import."""
    monkeypatch.setattr(import_dialog, "ask_ledger_path", lambda parent: path)

    def exec_(dialog):
        return QDialog.DialogCode.Accepted if look(dialog) else QDialog.DialogCode.Rejected

    monkeypatch.setattr(import_dialog.LedgerImportDialog, "exec", exec_)
    window.tabs.setCurrentWidget(window.page("budget"))
    plugin = next(p for p in window.plugins if p.key == "budget")
    plugin.import_action.trigger()


def test_the_preview_maps_columns_and_the_import_is_one_undo_step(monkeypatch, window, tmp_path):
    path = tmp_path / "bank.csv"
    path.write_text("Buchungsdatum;Betrag;Verwendungszweck;Extra\n05.01.2027;-1.250,00;Refund;x\n", encoding="utf-8")
    seen = {}

    def look(dialog):
        seen["note"] = dialog.columns["note"].currentText()
        seen["summary"] = dialog.summary.text()
        seen["cell"] = dialog.preview.item(0, 1).text()
        return dialog.import_button.isEnabled()

    count = len(window.session.project.expenses)
    run_import(monkeypatch, window, path, look)
    assert seen == {
        "note": "Verwendungszweck",
        "summary": "1 expense, 1 of them credit, €1,250.00 CR in all, will be added to the ledger.",
        "cell": "€1,250.00 CR",
    }
    assert len(window.session.project.expenses) == count + 1
    window.session.undo_stack.undo()
    assert len(window.session.project.expenses) == count


def test_bad_rows_keep_import_off_until_the_mapping_fixes_them(monkeypatch, window, tmp_path):
    path = tmp_path / "erp.csv"
    path.write_text("Date,Amount,Net,Task\n2027-01-05,n/a,100,2\n", encoding="utf-8")
    states = []

    def look(dialog):
        states.append((dialog.import_button.isEnabled(), dialog.problems.item(0).text()))
        dialog.columns["amount"].setCurrentIndex(dialog.columns["amount"].findText("Net"))
        states.append((dialog.import_button.isEnabled(), dialog.problems.count()))
        return True

    run_import(monkeypatch, window, path, look)
    assert states[0] == (
        False,
        "row 2: amount 'n/a' is not an amount: type a number such as 1250 or 1,250.00; a credit as -120 or 120 CR",
    )
    assert states[1] == (True, 0)
    assert max(e.amount for e in window.session.project.expenses.values()) == 1200  # 100 is there, 1200 was
    assert 100 in [e.amount for e in window.session.project.expenses.values()]
