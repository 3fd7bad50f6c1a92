"""The Gantt tab's tracking entries in the Project menu: Mark on Track for the selected tasks.

MS Project keeps Mark on Track on its Tracking toolbar: the selected tasks (a summary: its
subtasks) become complete up to the status date, as planned, in one undoable edit built
by core (`mark_on_track`). Without a status date, or with nothing selected, the status
bar says what to do instead.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from planner.core.edits.tracking_edits import mark_on_track
from planner.ui.gantt.tab import GanttTab
from planner.ui.tabs import TabHost


class TrackingActions(QObject):
    """Actions live as long as the window; `bind` points them at the open project's Gantt page."""

    def __init__(self, host: TabHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.page: GanttTab | None = None
        self.mark_on_track = QAction("Mark on &Track", host.window())
        self.mark_on_track.setStatusTip("Make the selected tasks complete up to the status date, as planned")
        self.mark_on_track.triggered.connect(lambda _checked=False: self.mark_selected_on_track())

    @property
    def all(self) -> list[QAction]:
        return [self.mark_on_track]

    def bind(self, page: GanttTab | None) -> None:
        self.page = page

    def mark_selected_on_track(self) -> None:
        page = self.page
        if page is None:
            return
        chosen = page.table.selected_task_ids()
        if not chosen:
            self.host.status("Select the tasks to mark on track first", error=True)
            return
        refusals: list[str] = []
        made = page.session.attempt(lambda project: mark_on_track(project, chosen), refusals.append)
        if refusals:
            self.host.status(refusals[0], error=True)
        elif made is None:
            self.host.status("The selected tasks are on track already")
        else:
            count = len(made.changes)
            self.host.status(f"{count} task{'s' * (count != 1)} marked on track up to the status date")
