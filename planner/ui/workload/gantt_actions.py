"""The workload's actions on the task table: Find Resource… (context menu and the Resource menu)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from planner.ui.tabs import TabHost


class WorkloadTaskActions(QObject):
    """Actions live as long as the window; `bind` points them at the open Gantt tab."""

    def __init__(self, host: TabHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.gantt = None
        self.find_resource = QAction("Find &Resource…", host.window())
        self.find_resource.setStatusTip(
            "Rank the people for the selected task by skill fit and free time; one click assigns"
        )
        self.find_resource.triggered.connect(lambda _checked=False: self.open_find_resource())

    @property
    def all(self) -> list[QAction]:
        return [self.find_resource]

    def bind(self, gantt) -> None:
        self.gantt = gantt

    def open_find_resource(self, task_id: int | None = None) -> None:
        from planner.ui.workload.find_resource import FindResourceDialog

        gantt, session = self.gantt, self.host.session
        if gantt is None or session is None:
            return
        task_id = task_id if task_id is not None else gantt.table.current_task_id()
        if task_id is None or task_id not in session.project.tasks:
            self.host.status("Select a task first, then Find Resource ranks the people for it", error=True)
            return
        FindResourceDialog(session, task_id, self.host.window()).exec()
