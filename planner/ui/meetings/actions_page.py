"""The action items under a meeting: Make task, the "All open actions" view, overdue ones in red.

Narrowed to the meeting chosen above, as every detail table is; "All open actions" in its
Show combo lifts that and lists the open actions of every meeting (and those of none),
the list a PM walks through before the next steering committee. An open action due
before the status date (today without one) is drawn red. Make task (Ctrl+T, the button
or the context menu) turns the current action into a task of the plan in the phase the
PM picks (core.communication.action_task): one undo step.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QPushButton, QStyleOptionViewItem, QWidget

from planner.core.communication.action_task import action_to_task
from planner.core.communication.actions import action_day, is_overdue
from planner.core.communication.entities import ActionStatus
from planner.core.communication.registers import ACTIONS, MEETINGS
from planner.core.errors import InputError
from planner.core.model.entities import Project
from planner.core.model.wbs import Outline
from planner.ui.gantt.table.delegate import Index
from planner.ui.gantt.table.signs import warning_color
from planner.ui.meetings.make_task_dialog import MakeTaskDialog
from planner.ui.registers.record_delegate import RecordDelegate
from planner.ui.registers.record_filter import RecordFilter, default_filters
from planner.ui.registers.record_model import RecordModel, RecordRole
from planner.ui.registers.register_page import RegisterPage
from planner.ui.session import Session
from planner.ui.tabs import TabHost

ALL_OPEN = RecordFilter("All open actions", lambda action: action.status is ActionStatus.OPEN)
MEETING_KEY = "meeting_id"


class OverdueDelegate(RecordDelegate):
    """The register's delegate, drawing an overdue action's text red."""

    def __init__(self, model: RecordModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        action = index.data(RecordRole)
        project = self.record_model.session.project
        if action is not None and is_overdue(action, action_day(project, date.today())):
            red = warning_color(option.palette)
            option.palette.setColor(QPalette.ColorRole.Text, red)
            option.font.setBold(True)


class ActionsPage(RegisterPage):
    """A meeting's action items (a detail of the Meetings page), or every open one."""

    def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
        super().__init__(ACTIONS, session, host, parent, filters=[*default_filters(ACTIONS), ALL_OPEN])
        self.meeting_id: int | None = None  # the meeting chosen above, kept while every open action shows
        self._use_overdue_delegate()
        self.make_task_action = QAction("Make &task…", self)
        self.make_task_action.setShortcut(QKeySequence("Ctrl+T"))
        self.make_task_action.setToolTip("Make the current action item a task of the plan, linked both ways (Ctrl+T)")
        self.make_task_action.triggered.connect(self.make_task)
        self.table.addAction(self.make_task_action)
        self.table.context_actions += [None, self.make_task_action]
        button = QPushButton("Make task…", self.toolbar)
        button.setToolTip(self.make_task_action.toolTip())
        button.clicked.connect(self.make_task)
        self.toolbar.layout().insertWidget(3, button)
        self.show_combo.currentIndexChanged.connect(self._view_chosen)

    def _use_overdue_delegate(self) -> None:
        table = self.table
        old = table.delegate
        table.delegate = OverdueDelegate(self.model, table)
        table.delegate.entered.connect(old.entered.emit)  # the table's own handling of Enter stays wired to `old`
        table.setItemDelegate(table.delegate)

    # -- the view: one meeting's actions, or every open one ---------------------------------
    @property
    def all_open(self) -> bool:
        return self.proxy.filter is ALL_OPEN

    def narrow_to(self, key: str, record_id: int | None, caption: str = "") -> None:
        self.meeting_id = record_id
        if not self.all_open:
            super().narrow_to(key, record_id, caption)

    def _view_chosen(self, _index: int) -> None:
        if self.all_open:
            self.proxy.set_parent(None, None)
            self.caption.setText("<b>Open actions of all meetings</b> (overdue ones in red)")
            self.caption.show()
            self.table.set_column_shown(MEETING_KEY, True)
            self.table.empty_hint = "No open action items: every action of every meeting is done or dropped."
        elif self.proxy.parent_key is None and self.parent_key is not None:
            self.table.set_column_shown(MEETING_KEY, False)
            meeting = f" of {self.meeting_label()}" if self.meeting_id is not None else ""
            super().narrow_to(self.parent_key, self.meeting_id, f"<b>Action items{meeting}</b>")

    def meeting_label(self) -> str:
        return MEETINGS.label(self.meeting_id) if self.meeting_id is not None else ""

    def new_values(self, project: Project) -> dict[str, Any]:
        """Insert: an action of the meeting above; in the all-open view, one of no meeting."""
        if self.all_open:
            return {ACTIONS.title_key: f"New {ACTIONS.singular}"}
        return super().new_values(project)

    # -- Make task --------------------------------------------------------------------------
    def make_task(self) -> bool:
        """The current action becomes a task in the phase the PM picks; True when it did."""
        action_id = self.current_id()
        if action_id is None:
            self.table.report("Choose an action item first: Make task turns it into a task of the plan")
            return False
        project = self.session.project
        try:
            action_to_task(project, action_id)  # refused before asking: "A4 already became task 57"
        except InputError as refusal:
            self.table.report(str(refusal))
            return False
        dialog = MakeTaskDialog(project, project.action_items[action_id], self.host.window())
        if not dialog.exec():
            return False
        phase = dialog.phase_id()
        edit = self.session.attempt(lambda p: action_to_task(p, action_id, phase), self.table.report)
        if edit is None:
            return False
        uid = self.session.project.action_items[action_id].task_id
        row = Outline.of(self.session.project).ids.id_of(uid)
        self.host.status(f"{ACTIONS.label(action_id)} became task {row} (double-click its Task cell to see it)")
        return True
