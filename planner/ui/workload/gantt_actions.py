"""The workload's actions on the task table: Find Resource… (context menu and the Resource menu)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from planner.ui.tabs import TabHost

FLAGS_DELAY_MS = 300  # after the last edit, on a large project (planner.ui.workload.flags)


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
        self._flags_timer = QTimer(self, singleShot=True, interval=FLAGS_DELAY_MS)
        self._flags_timer.timeout.connect(self._refresh_flags)

    @property
    def all(self) -> list[QAction]:
        return [self.find_resource]

    def bind(self, gantt) -> None:
        """Point the actions at the open Gantt tab, and let its over-allocation flags on a large
        project be worked out a moment after an edit rather than in the edit's repaint."""
        self._flags_timer.stop()
        self.gantt = gantt
        if gantt is not None:
            gantt.table.task_model.facts.workload.on_stale = self._flags_timer.start

    def _refresh_flags(self) -> None:
        gantt = self.gantt
        if gantt is None:
            return
        gantt.table.task_model.facts.workload.refresh()
        gantt.table.viewport().update()

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
