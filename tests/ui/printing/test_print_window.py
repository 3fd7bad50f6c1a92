"""File > Page Setup, Print Preview, Print (Ctrl+P on the Gantt), Export Gantt as PDF and PNG, on the real window."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from planner.core.model.page_setup import PageSetup, page_setup_of
from planner.ui.printing import print_actions
from planner.ui.printing.page_setup_dialog import PageSetupDialog

from ..helpers import close_and_reload, gantt_plugin, table_of
from ..menus import menu_action, retype

CTRL = Qt.KeyboardModifier.ControlModifier
poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.fixture
def pdf_printer(monkeypatch, tmp_path):
    """The print dialog answered with "Print to File" as gantt.pdf, on the paper the page setup chose."""
    target = tmp_path / "gantt.pdf"
    asked: list[PageSetup] = []

    def ask(_parent, _title, setup):
        asked.append(setup)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setPageLayout(print_actions.page_layout(setup))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    monkeypatch.setattr(print_actions, "ask_gantt_printer", ask)
    return target, asked


@poppler
def test_ctrl_p_on_the_gantt_prints_the_tiled_pages_from_the_model(qtbot, window, pdf_printer):
    target, asked = pdf_printer
    qtbot.keyClick(table_of(window), Qt.Key.Key_P, CTRL)
    assert asked == [PageSetup()]
    assert window.statusBar().currentMessage() == f"Printed the Gantt (1 page: 1 across × 1 down) to {target}"
    text = pdf_text(target)
    for expected in ("Website relaunch", "Task Name", "Spec", "Review", "Launch", "Week 1: 4 Jan 2027"):
        assert expected in text
    assert pdf_pages(target) == 1


@poppler
def test_what_the_table_hides_is_not_printed(qtbot, window, pdf_printer):
    target, _ = pdf_printer
    table = table_of(window)
    table.collapse(table.proxy.index(0, 0))  # Design, with Spec and Review under it
    qtbot.keyClick(table, Qt.Key.Key_P, CTRL)
    text = pdf_text(target)
    assert "Design" in text and "Build" in text and "Spec" not in text and "Review" not in text


def accept_with(monkeypatch, act):
    """Run `act(dialog)` on the page setup dialog when it opens, then press OK (if it is enabled)."""
    seen: list[PageSetupDialog] = []

    def run(dialog: PageSetupDialog) -> int:
        seen.append(dialog)
        act(dialog)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(PageSetupDialog, "exec", run)
    return seen


def test_page_setup_is_kept_in_the_file_and_undone_like_an_edit(qtbot, window, monkeypatch, tmp_path):
    def choose(dialog: PageSetupDialog) -> None:
        dialog.paper.setCurrentText("Letter")
        dialog.portrait.setChecked(True)
        dialog.pages_wide.setValue(2)
        retype(qtbot, dialog.date_from.line, "2027-01-04")
        retype(qtbot, dialog.date_to.line, "2027-01-29")
        dialog.refresh()
        assert dialog.summary.text() == "2 pages: 2 across × 1 down, text at 9.0 pt"
        assert not dialog.preview.pixmap().isNull()
        dialog.grab().save(str(tmp_path.parent / "print-page-setup.png"))

    seen = accept_with(monkeypatch, choose)
    menu_action(window, "File", "Page Setup").trigger()
    assert seen and window.statusBar().currentMessage().startswith("Page setup kept in the project file")
    setup = page_setup_of(window.session.project)
    assert (setup.paper, setup.landscape, setup.pages_wide) == ("Letter", False, 2)
    assert setup.date_from.date().isoformat() == "2027-01-04" and setup.date_to.date().isoformat() == "2027-01-30"
    window.session.undo_stack.undo()
    assert page_setup_of(window.session.project) == PageSetup()
    window.session.undo_stack.redo()
    kept = page_setup_of(close_and_reload(window))
    assert (kept.paper, kept.landscape, kept.pages_wide) == ("Letter", False, 2)


def test_a_setup_that_cannot_print_says_why_and_ok_waits(qtbot, window, monkeypatch):
    def reverse(dialog: PageSetupDialog) -> None:
        retype(qtbot, dialog.date_from.line, "2027-03-01")
        retype(qtbot, dialog.date_to.line, "2027-02-01")
        dialog.refresh()
        assert "the date range ends (2027-02-01) before it starts (2027-03-01)" in dialog.summary.text()
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        for row in range(dialog.columns.count()):
            dialog.columns.item(row).setCheckState(Qt.CheckState.Unchecked)
        retype(qtbot, dialog.date_to.line, "")
        dialog.refresh()
        assert "choose at least one column to print" in dialog.summary.text()

    seen = accept_with(monkeypatch, reverse)
    menu_action(window, "File", "Page Setup").trigger()
    assert seen and seen[0].result() == 0  # still open when OK was pressed: nothing kept
    assert window.session.project.page_setups == {} and window.session.undo_stack.count() == 0


def test_print_preview_shows_the_same_pages(qtbot, window):
    dialog = gantt_plugin(window) and window.file_actions.printing.preview_dialog()
    dialog.open()
    qtbot.waitExposed(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == 1)
    assert menu_action(window, "File", "Print Preview").isEnabled()
    dialog.close()


@poppler
def test_export_gantt_as_pdf_runs_as_a_job(qtbot, window, tmp_path):
    target = tmp_path / "plan Gantt.pdf"
    window.file_actions.printing.export_to_pdf(target)
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=30000)
    assert window.statusBar().currentMessage() == (
        f"Exported the Gantt: 1 page (1 column x 1 row of pages) to {target}"
    )
    assert "Task Name" in pdf_text(target)
    assert menu_action(window, "File", "Export Gantt as PDF").isEnabled()


def test_export_gantt_chart_as_png(qtbot, window, tmp_path):
    target = tmp_path / "chart.png"
    window.file_actions.printing.export_to_png(target)
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 1000
    assert window.statusBar().currentMessage() == (
        f"Exported the Gantt chart to {target} ({image.width()} x {image.height()} pixels)"
    )
    window.close_project()
    assert not menu_action(window, "File", "Export Gantt Chart as PNG").isEnabled()


def test_other_tabs_keep_printing_their_view_on_one_page(qtbot, window, tmp_path, monkeypatch):
    from planner.ui.shell import printing

    target = tmp_path / "other.pdf"

    def ask(_parent, _title):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    monkeypatch.setattr(printing, "ask_printer", ask)
    window.tabs.setCurrentIndex(1)
    tab = window.current_tab()
    assert tab.key != "gantt"
    window.file_actions.print.trigger()
    assert window.statusBar().currentMessage() == f"Printed the {tab.title.replace('&', '')} view to {target}"
