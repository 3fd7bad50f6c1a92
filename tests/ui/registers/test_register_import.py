"""Import… on a register page: a preview of the rows to add and the rows refused, then one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from planner.ui.registers import import_dialog

from ..helpers import close_and_reload
from .helpers import register, shown_ids

SHEET = (
    "Title,Severity,Found in,Found,Reporter\n"
    "Search is slow,minor,4,2027-01-07,Eve\n"
    "Logo blurry,huge,,,Eve\n"
    "Password reset mail missing,major,Build,2027-01-08,Eve\n"
)


def accept_with(monkeypatch, skip: bool) -> list:
    """Accept the preview (ticking Skip bad rows or not); returns the dialogs shown."""
    shown = []

    def exec_(dialog):
        shown.append(dialog)
        dialog.skip.setChecked(skip)
        return QDialog.DialogCode.Accepted if dialog.import_button.isEnabled() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(import_dialog.RegisterImportDialog, "exec", exec_)
    return shown


def test_the_preview_lists_the_rows_to_add_and_the_refused_and_blocks_the_import(window, tmp_path, monkeypatch):
    sheet = tmp_path / "defects.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    defects = register(window, "quality", "defects")
    shown = accept_with(monkeypatch, skip=False)
    assert not defects.import_file(sheet)
    dialog = shown[0]
    assert dialog.table.rowCount() == 2 and dialog.table.item(1, 0).text() == "Password reset mail missing"
    assert dialog.table.item(1, 5).text() == "4 Build"  # Found in, as the register shows it
    assert [dialog.refused.item(i).text() for i in range(dialog.refused.count())] == [
        "row 3: severity 'huge' is not one of critical, major, minor, trivial"
    ]
    assert "Columns not understood, left out: Reporter" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()  # all or nothing until Skip bad rows is ticked
    assert set(window.session.project.defects) == {1, 2, 3}


def test_skipping_the_bad_rows_imports_the_others_as_one_undo_step(window, tmp_path, monkeypatch):
    sheet = tmp_path / "defects.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    defects = register(window, "quality", "defects")
    accept_with(monkeypatch, skip=True)
    assert defects.import_file(sheet)
    assert shown_ids(defects) == [1, 2, 3, 4, 5] and defects.table.current_id() == 5
    assert window.session.undo_stack.undoText() == "Import 2 defects"
    titles = [d.title for d in close_and_reload(window).defects.values()]
    assert titles[-2:] == ["Search is slow", "Password reset mail missing"]


def test_a_file_without_a_title_column_is_reported_and_nothing_added(window, tmp_path, monkeypatch):
    sheet = tmp_path / "defects.csv"
    sheet.write_text("Severity\nminor\n", encoding="utf-8")
    defects = register(window, "quality", "defects")
    accept_with(monkeypatch, skip=True)
    assert not defects.import_file(sheet)
    box = defects.last_import
    assert box.text() == "defects.csv was not imported" and "no Title column" in box.informativeText()
    box.close()
    assert set(window.session.project.defects) == {1, 2, 3}
