"""Showing a register's record from elsewhere in the window (a task's action, an action's task).

The main window's `reveal(table, record_id)` shows the first tab whose `reveal` answers
True; until a window has it, the tabs are asked here the same way, so a double-click works
either way.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def reveal_in_window(window: QWidget, table: str, record_id: int) -> bool:
    reveal = getattr(window, "reveal", None)
    if reveal is not None:
        return bool(reveal(table, record_id))
    tabs, plugins = getattr(window, "tabs", None), getattr(window, "plugins", [])
    for plugin in plugins:
        if plugin.page is not None and plugin.reveal(table, record_id):
            if tabs is not None:
                tabs.setCurrentWidget(plugin.page)
            return True
    return False
