"""The Project menu, as MS Project has it: Project Information, the status date, working time.

The window makes one `ProjectMenu` on its menu bar; each entry opens a dialog on the open
project whose OK makes one undoable edit through the session. The entries are enabled
only while a project is open: the window turns from its start page to the project's tabs
(and back) exactly when one opens (or closes), so the menu follows that page change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from planner.ui.dialogs.project_info import ProjectInfoDialog
from planner.ui.session import Session

if TYPE_CHECKING:
    from planner.ui.shell.main_window import MainWindow


class ProjectMenu(QObject):
    """Fills `menu`; `dialog` is the one it has open (window-modal, so the window waits for it)."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None
        self.info = self._action(menu, "Project &Information…", ProjectInfoDialog)
        self.info.setStatusTip("Name, start, status date, calendar, currency and hours per day of the project")
        window.pages.currentChanged.connect(self._enable)
        self._enable()

    def _action(self, menu: QMenu, text: str, dialog: Callable[[Session, QMenu], QDialog]) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: self._open(dialog))
        return action

    def _enable(self, _page: int = 0) -> None:
        for action in (self.info,):
            action.setEnabled(self.window.session is not None)

    def _open(self, dialog: Callable[[Session, QMenu], QDialog]) -> None:
        session = self.window.session
        if session is None:
            return
        self.dialog = dialog(session, self.window)
        self.dialog.finished.connect(self._closed)
        self.dialog.open()

    def _closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
