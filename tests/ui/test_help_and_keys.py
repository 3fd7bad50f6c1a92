"""F1 opens the offline help, Ctrl+S says why there is nothing to save, Ctrl+P prints the Gantt view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from planner.ui.printing import print_actions
from planner.ui.shell.help import SHORTCUTS, help_page

from .helpers import table_of

CTRL = Qt.KeyboardModifier.ControlModifier


def test_f1_opens_getting_started(qtbot, window, tmp_path) -> None:
    qtbot.keyClick(table_of(window), Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Planner Help — Getting started with Planner"
    assert "Every change is written to the file" in dialog.browser.toPlainText()
    dialog.grab().save(str(tmp_path.parent / "help-dialog.png"))
    dialog.browser.setSource("shortcuts.html")  # the page's own link
    assert "Keyboard shortcuts" in dialog.browser.toPlainText()


def test_the_shortcuts_page_lists_every_shortcut_in_the_menus(window) -> None:
    page = help_page(SHORTCUTS)
    missing = []
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            for key in action.shortcuts():
                text = key.toString(QKeySequence.SequenceFormat.PortableText)
                if f"<b>{text}</b>" not in page:
                    missing.append(f"{action.text().replace('&', '')}: {text}")
    assert missing == []
    window.shortcuts_action.trigger()
    assert window.help_dialog.windowTitle() == "Planner Help — Keyboard shortcuts"


def test_ctrl_s_says_every_change_is_already_saved(qtbot, window) -> None:
    qtbot.keyClick(table_of(window), Qt.Key.Key_S, CTRL)
    assert window.statusBar().currentMessage().startswith("Every change is already saved in relaunch.plandb")
    window.close_project()
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert window.statusBar().currentMessage() == "No project is open, so there is nothing to save"


def pdf_printer(path):
    def ask(_parent, title, _setup=None):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return printer

    return ask


def test_ctrl_p_prints_the_gantt_view(qtbot, window, tmp_path, monkeypatch) -> None:
    target = tmp_path / "gantt.pdf"
    monkeypatch.setattr(print_actions, "ask_gantt_printer", pdf_printer(target))
    qtbot.keyClick(table_of(window), Qt.Key.Key_P, CTRL)  # the Gantt's own tiled pages (tests/ui/printing)
    assert window.statusBar().currentMessage() == f"Printed the Gantt (1 page: 1 across × 1 down) to {target}"
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000


def test_a_printer_that_cannot_start_is_reported(qtbot, window, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(print_actions, "ask_gantt_printer", pdf_printer(tmp_path / "no such folder" / "gantt.pdf"))
    qtbot.keyClick(table_of(window), Qt.Key.Key_P, CTRL)
    assert window.statusBar().currentMessage().startswith("Cannot print: the printer could not be started")


def test_print_with_no_project_says_why(qtbot, window) -> None:
    window.close_project()
    window.file_actions.print.setEnabled(True)  # as if the shortcut reached it anyway
    window.file_actions.print.trigger()
    assert window.statusBar().currentMessage() == "Open a project to print its Gantt view"
    assert QApplication.activeModalWidget() is None
