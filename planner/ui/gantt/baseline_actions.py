"""The Gantt tab's baseline and progress entries: Project > Set Baseline, Clear Baseline, Update
Tasks, Update Project, and View > Tracking Gantt (baseline bars under the current bars).

Each Project entry opens its dialog on the selected tasks (window-modal, as the Project
menu's own dialogs); `dialog` is the one open, for tests and for closing it with the project.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from planner.ui.gantt.dialogs.baseline_dialogs import ClearBaselineDialog, SetBaselineDialog
from planner.ui.gantt.dialogs.update_dialogs import UpdateProjectDialog, UpdateTasksDialog
from planner.ui.gantt.tab import GanttTab
from planner.ui.tabs import TabHost


class BaselineActions(QObject):
    def __init__(self, host: TabHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.page: GanttTab | None = None
        self.dialog: QDialog | None = None
        window = host.window()
        self.set_baseline = self._action("Set &Baseline…", self._set, "Save baseline 0-10 for the project or tasks")
        self.clear_baseline = self._action("Clear Baseline…", self._clear, "Clear a saved baseline")
        self.update_tasks = self._action(
            "&Update Tasks…", self._update_tasks, "Actual start and finish, % complete, actual and remaining duration"
        )
        self.update_project = self._action(
            "Update &Project…", self._update_project, "Update work as complete through a date"
        )
        self.tracking_gantt = QAction("T&racking Gantt", window)
        self.tracking_gantt.setCheckable(True)
        self.tracking_gantt.setStatusTip("Show each task's baseline bar under its current bar")
        self.tracking_gantt.toggled.connect(self._tracking)

    def _action(self, text: str, slot: Callable[[GanttTab], None], tip: str) -> QAction:
        action = QAction(text, self.host.window())
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: self.page is not None and slot(self.page))
        return action

    @property
    def project_entries(self) -> list[QAction | None]:
        return [None, self.set_baseline, self.clear_baseline, None, self.update_tasks, self.update_project]

    @property
    def all(self) -> list[QAction]:
        return [self.set_baseline, self.clear_baseline, self.update_tasks, self.update_project, self.tracking_gantt]

    def bind(self, page: GanttTab | None) -> None:
        self.page = page
        if page is None and self.dialog is not None:
            self.dialog.reject()
        if page is not None:
            page.chart.set_show_baselines(self.tracking_gantt.isChecked())

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _set(self, page: GanttTab) -> None:
        self._open(SetBaselineDialog(page.session, page.table.selected_task_ids(), self.host.window()))

    def _clear(self, page: GanttTab) -> None:
        self._open(ClearBaselineDialog(page.session, page.table.selected_task_ids(), self.host.window()))

    def _update_tasks(self, page: GanttTab) -> None:
        task_id = page.table.current_task_id()
        if task_id is None:
            self.host.status("Select the task to update first", error=True)
            return
        if page.session.schedule.outline.is_summary(task_id):
            self.host.status("A summary task's progress comes from its subtasks: select one of those", error=True)
            return
        self._open(UpdateTasksDialog(page.session, task_id, self.host.window()))

    def _update_project(self, page: GanttTab) -> None:
        self._open(UpdateProjectDialog(page.session, page.table.selected_task_ids(), self.host.window()))

    def _tracking(self, checked: bool) -> None:
        if self.page is not None:
            self.page.chart.set_show_baselines(checked)
