"""Driving a register table as a user does: pick a cell, type, press Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def tab_page(window, key: str):
    return window.page(key)


def register(window, key: str, table: str):
    """The RegisterPage of `table` in tab `key`, its page shown (as a click on the page's tab does)."""
    page = window.page(key)
    window.tabs.setCurrentWidget(page)
    found = page.register(table)
    holder = next(p for p in page.pages if found in p.registers())
    page.tabs.setCurrentWidget(holder)
    return found


def type_cell(qtbot, page, record_id: int, key: str, text: str) -> None:
    """Select the cell, type over it (the first key opens the editor), Enter commits."""
    table = page.table
    assert table.select_record(record_id, page.model.column_of(key))
    table.setFocus()
    qtbot.keyClicks(table, text[0])
    editor = QApplication.focusWidget()
    assert editor is not table, "typing did not open an editor"
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def cell(page, record_id: int, key: str) -> str:
    return page.table.proxy_index(record_id, page.model.column_of(key)).data()


def shown_ids(page) -> list[int]:
    from planner.ui.registers.record_model import RecordIdRole

    proxy = page.proxy
    return [proxy.index(r, 0).data(RecordIdRole) for r in range(proxy.rowCount())]
