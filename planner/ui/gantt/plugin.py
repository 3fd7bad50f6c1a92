"""The Gantt tab's registration: its page, its Edit and View entries, its part of the status bar.

Everything the window used to know about the Gantt tab by name lives here: the
task actions (Insert, Delete, Indent, ...), the View menu's zoom and columns, the
task information dialog, the "5 tasks · Finish ..." summary and the table and
splitter layout kept in the settings.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from planner.ui.gantt.assign_actions import AssignActions
from planner.ui.gantt.baseline_actions import BaselineActions
from planner.ui.gantt.dialogs.task_info import TaskInfoDialog
from planner.ui.gantt.gate_opening import open_checklist
from planner.ui.gantt.roles import TaskIdRole
from planner.ui.gantt.tab import GanttTab
from planner.ui.gantt.table.formats import format_date, working_day_bounds
from planner.ui.gantt.table.task_actions import TaskActions
from planner.ui.gantt.table.task_proxy import TaskFilter
from planner.ui.gantt.tracking_actions import TrackingActions
from planner.ui.gantt.view_actions import ViewActions
from planner.ui.session import Session
from planner.ui.tabs import MenuEntries, Tab, TabHost
from planner.ui.workload.gantt_actions import WorkloadTaskActions


class GanttTabPlugin(Tab):
    key = "gantt"
    title = "Gantt"

    def __init__(self, host: TabHost) -> None:
        super().__init__(host)
        self.task_actions = TaskActions(host.window(), self.show_task_info, self._find)
        self.view_actions = ViewActions(host.window())
        self.tracking_actions = TrackingActions(host)
        self.baseline_actions = BaselineActions(host)
        self.workload_actions = WorkloadTaskActions(host)
        self.assign_actions = AssignActions(host.window())
        self.summary = QLabel()
        self.summary.setContentsMargins(8, 0, 8, 0)
        self.session: Session | None = None

    @property
    def gantt(self) -> GanttTab | None:
        return self.page if isinstance(self.page, GanttTab) else None

    def open(self, session: Session) -> QWidget:
        self.session = session
        page = GanttTab(session, self.host.settings)
        page.message.connect(lambda text, error: self.host.status(text, error))
        page.info_requested.connect(self.show_task_info)
        for asked in (page.table.checklist_requested, page.chart.checklistRequested):  # a gate warning
            asked.connect(lambda checklist: open_checklist(self.host, session, checklist))
        page.table.context_actions = [*self.task_actions.context_menu_actions(), None, *self.workload_actions.all]
        self.task_actions.bind(page.commands)
        self.view_actions.bind(page)
        self.tracking_actions.bind(page)
        self.baseline_actions.bind(page)
        self.workload_actions.bind(page)
        self.assign_actions.bind(page)
        session.changed.connect(self._update_summary)
        self._update_summary()
        first = page.table.proxy.index(0, 0)
        if first.isValid():
            page.table.select_task(first.data(TaskIdRole))
        return page

    def close(self) -> None:
        gantt = self.gantt
        if gantt is not None:
            gantt.table.commit_open_editor()  # while the session still takes edits
            gantt.save_layout()
        self.task_actions.bind(None)
        self.view_actions.bind(None)
        self.tracking_actions.bind(None)
        self.baseline_actions.bind(None)
        self.workload_actions.bind(None)
        self.assign_actions.bind(None)
        self.session = None
        self.summary.clear()

    def actions(self) -> list[QAction]:
        return (
            self.task_actions.all
            + self.view_actions.all
            + self.tracking_actions.all
            + self.baseline_actions.all
            + self.workload_actions.all
            + self.assign_actions.all
        )

    def menu_entries(self) -> MenuEntries:
        return {
            "Edit": self.task_actions.menu_entries(),
            "View": [*self.view_actions.menu_entries(), None, self.baseline_actions.tracking_gantt],
            "Project": self.tracking_actions.all + self.baseline_actions.project_entries,
            "Resource": [*self.assign_actions.all, *self.workload_actions.all],
        }

    def status_widgets(self) -> list[QWidget]:
        return [self.summary]

    def printable(self) -> QWidget | None:
        return self.gantt

    # -- what its actions do ---------------------------------------------------------
    def _update_summary(self, _changes=None) -> None:
        if self.session is None:
            return
        project = self.session.project
        count = len(project.tasks)
        finish = format_date(self.session.schedule.project_finish, working_day_bounds(project.calendar))
        self.summary.setText(f"{count} task{'s' * (count != 1)}   ·   Finish {finish}")

    def show_task_info(self, task_id: int | None = None) -> None:
        gantt, session = self.gantt, self.session
        if gantt is None or session is None:
            return
        task_id = task_id if task_id is not None else gantt.table.current_task_id()
        if task_id is None or task_id not in session.project.tasks:
            return
        TaskInfoDialog(session, task_id, self.host.window()).exec()

    def reveal(self, table: str, record_id: int) -> bool:
        """A task (by Unique ID): selected in the table, its bar scrolled into the chart's view."""
        gantt = self.gantt
        if table != "tasks" or gantt is None or record_id not in gantt.session.project.tasks:
            return False
        if not gantt.table.proxy_index(record_id).isValid():  # a filter hides it
            gantt.filter_bar.search.clear()
            gantt.filter_bar.show_kind(TaskFilter.ALL)
        gantt.table.select_task(record_id)
        gantt.chart.scroll_to_task(record_id)
        gantt.table.setFocus()
        return True

    def _find(self) -> None:
        if self.gantt is not None:
            self.gantt.filter_bar.focus_search()
