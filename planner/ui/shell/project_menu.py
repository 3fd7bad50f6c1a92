"""The Project menu, as MS Project has it: Project Information, the status date, working time.

The window makes one `ProjectMenu` on its menu bar (its entries first, above any a tab adds,
such as the Gantt's Mark on Track); each entry opens a dialog on the open project whose OK
makes one undoable edit through the session. The entries are enabled
only while a project is open: the window turns from its start page to the project's tabs
(and back) exactly when one opens (or closes), so the menu follows that page change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from planner.ui.dialogs.project_info import ProjectInfoDialog
from planner.ui.dialogs.status_date import StatusDateDialog
from planner.ui.dialogs.working_time import WorkingTimeDialog
from planner.ui.session import Session

if TYPE_CHECKING:
    from planner.ui.shell.main_window import MainWindow

Dialog = Callable[[Session, QWidget], QDialog]


class ProjectMenu(QObject):
    """Fills `menu`; `dialog` is the one it has open (window-modal, so the window waits for it)."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None
        first = menu.actions()[0] if menu.actions() else None
        self.info = self._action(menu, first, "Project &Information…", ProjectInfoDialog)
        self.info.setStatusTip("Name, start, status date, calendar, currency and hours per day of the project")
        self.status_date = self._action(menu, first, "&Status Date…", StatusDateDialog)
        self.status_date.setStatusTip("The date progress is measured at")
        self.working_time = self._action(menu, first, "Change &Working Time…", WorkingTimeDialog)
        self.working_time.setStatusTip("Working hours of each weekday, holidays and other exceptions, public holidays")
        self.record_status = QAction("Rec&ord Status", self)  # Alt+O: R is Level Resources'; not MS Project's
        menu.addSeparator()
        menu.addAction(self.record_status)
        self.record_status.setStatusTip("Keep a snapshot of the figures at the status date, for the Trends page")
        self.record_status.triggered.connect(self._record_status)
        self.entries = [self.info, self.status_date, self.record_status, self.working_time]
        window.pages.currentChanged.connect(self._enable)
        self._enable()

    def _action(self, menu: QMenu, before: QAction | None, text: str, dialog: Dialog) -> QAction:
        action = QAction(text, self)
        menu.insertAction(before, action)  # None: at the end
        action.triggered.connect(lambda _checked=False: self._open(dialog))
        return action

    def _record_status(self) -> None:
        from planner.ui.trends.record import record_status_in_window

        record_status_in_window(self.window)

    def _enable(self, _page: int = 0) -> None:
        for action in self.entries:
            action.setEnabled(self.window.session is not None)

    def _open(self, dialog: Dialog) -> None:
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
