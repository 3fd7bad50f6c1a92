"""Showing a register's record from elsewhere in the window (a task's action, an action's task).

The main window's `reveal(table, record_id)` shows the first tab whose `reveal` answers
True; a widget not in a main window (a page tested alone) has none, and reveals nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def reveal_in_window(window: QWidget, table: str, record_id: int) -> bool:
    reveal = getattr(window, "reveal", None)
    return bool(reveal(table, record_id)) if reveal is not None else False
