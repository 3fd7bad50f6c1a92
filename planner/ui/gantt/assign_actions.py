"""Assign Resources (Alt+F10) on the Gantt tab: one modeless dialog following the table's current task."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from planner.ui.gantt.dialogs.assign_resources import AssignResourcesDialog
from planner.ui.gantt.tab import GanttTab


class AssignActions(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.page: GanttTab | None = None
        self.dialog: AssignResourcesDialog | None = None
        self.assign = QAction("Assign &Resources…", window)
        self.assign.setShortcut(QKeySequence(Qt.KeyboardModifier.AltModifier | Qt.Key.Key_F10))
        self.assign.setStatusTip("Assign people, material and costs to the selected task, with units and work")
        self.assign.triggered.connect(lambda _checked=False: self.open_dialog())

    @property
    def all(self) -> list[QAction]:
        return [self.assign]

    def bind(self, page: GanttTab | None) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.page = page
        if page is not None:
            page.table.selectionModel().currentChanged.connect(self._follow)

    def open_dialog(self) -> AssignResourcesDialog | None:
        page = self.page
        if page is None:
            return None
        if self.dialog is None:
            self.dialog = AssignResourcesDialog(page.table.task_model.session, page.table.current_task_id, self.window)
        self.dialog.refresh()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _follow(self, *_indexes) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.refresh()
