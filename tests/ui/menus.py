"""Reaching the window's menus and dialogs as a user does: by the menu's and the entry's text."""

from __future__ import annotations

from PySide6.QtCore import Qt


def menu_action(window, menu_title: str, text: str):
    """The entry `text` of the menu bar's `menu_title` menu (mnemonics and the trailing … ignored)."""
    bar = window.menuBar()
    menu = next(a.menu() for a in bar.actions() if a.text().replace("&", "") == menu_title)
    return next(a for a in menu.actions() if a.text().replace("&", "").rstrip("…") == text)


def open_from_menu(qtbot, window, menu_title: str, text: str):
    """Trigger a Project menu entry and return the dialog it opened, shown."""
    action = menu_action(window, menu_title, text)
    assert action.isEnabled()
    action.trigger()
    dialog = window.project_menu.dialog
    qtbot.waitExposed(dialog)
    return dialog


def retype(qtbot, line, text: str) -> None:
    """Replace what a line edit holds by typing, as a user selecting all and typing over it."""
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)
