"""The Quality and Stakeholders tabs in the window: their place, their mnemonics, their printing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from planner.ui.shell import printing

from .helpers import register


def titles(window) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_the_register_tabs_follow_the_risk_tab_and_their_pages_are_in_order(window):
    shown = titles(window)
    assert shown.index("&Quality") == shown.index("Risk") + 1
    assert shown.index("St&akeholders") == shown.index("&Quality") + 1
    quality, stakeholders = window.page("quality"), window.page("stakeholders")
    assert [quality.tabs.tabText(i) for i in range(3)] == ["&Defects", "&Checklists", "&Lessons learned"]
    assert [stakeholders.tabs.tabText(i) for i in range(3)] == ["&Stakeholders", "&Communication plan", "&Meetings"]


def test_alt_and_the_mnemonic_shows_each_tab_even_from_the_risk_tab(qtbot, window):
    window.tabs.setCurrentWidget(window.page("risks"))  # its Trend and Reviews page has Alt+T
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.page("stakeholders")
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.page("quality")


def test_print_renders_the_register_page_shown(window, tmp_path):
    lessons = register(window, "quality", "lessons")
    plugin = next(p for p in window.plugins if p.key == "quality")
    assert plugin.printable() is lessons
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    target = tmp_path / "lessons.pdf"
    printer.setOutputFileName(str(target))
    printing.print_widget(plugin.printable(), printer)
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 1000


def test_double_click_on_found_in_shows_the_task_in_the_gantt(qtbot, window):
    from .test_register_typing import double_click

    defects = register(window, "quality", "defects")
    double_click(qtbot, defects.table, defects.table.proxy_index(1, defects.model.column_of("task_id")))
    gantt = window.page("gantt")
    assert window.tabs.currentWidget() is gantt and gantt.table.current_task_id() == 4


def test_the_window_reveals_an_action_item_under_its_meeting(window):
    window.tabs.setCurrentWidget(window.page("gantt"))
    assert window.reveal("action_items", 3)
    page = window.page("stakeholders")
    assert window.tabs.currentWidget() is page
    meetings, actions = page.register("meetings"), page.register("action_items")
    assert page.tabs.currentWidget() is page.current() and meetings.table.current_id() == 2
    assert page.current().detail_tabs.currentWidget() is actions and actions.table.current_id() == 3
    assert window.reveal("lessons", 1) and window.page("quality").current().table.current_id() == 1
