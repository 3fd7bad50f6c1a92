"""The Communication plan page: the plan with overdue lines red and those due this week amber, and Mark done.

"Mark done" (toolbar and context menu) dates the selected lines done and moves each
next due date on by its frequency (core.communication.plan.mark_done), as one undo
step. The plan is judged on the day a PM works in it: today, or the status date of a
plan still ahead of the calendar (the demo's), as `planner comms` judges it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from planner.core.communication.plan import DUE_SOON_DAYS, is_due_soon, is_overdue, mark_lines_done
from planner.core.communication.registers import COMMUNICATIONS
from planner.core.edits.changes import Changes
from planner.core.model.entities import Project
from planner.core.records.edits import records
from planner.core.records.spec import RecordField
from planner.core.risk.register import review_day
from planner.ui.registers.record_filter import RecordFilter, everything
from planner.ui.registers.register_page import RegisterPage
from planner.ui.session import Session
from planner.ui.stakeholders.colours import DUE_SOON_FILL, OVERDUE_FILL, fill
from planner.ui.tabs import TabHost


def plan_day(project: Project) -> date:
    """The day the plan is judged on."""
    return review_day(project, date.today())


class CommunicationPlanPage(RegisterPage):
    title = "&Communication plan"

    def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
        day = lambda: plan_day(session.project)  # noqa: E731 - read when a filter runs: the status date may move
        filters = [
            everything(COMMUNICATIONS),
            RecordFilter("Overdue", lambda line: is_overdue(line, day())),
            RecordFilter(f"Due within {DUE_SOON_DAYS} days", lambda line: is_due_soon(line, day())),
        ]
        super().__init__(COMMUNICATIONS, session, host, parent, filters=filters)
        self.model.cell_colour = self._fill
        self.mark_done_action = QAction("&Mark Done", self)
        self.mark_done_action.setStatusTip("Date the selected lines done today and move their next due date on")
        self.mark_done_action.triggered.connect(lambda _checked=False: self.mark_done())
        self.mark_button = QPushButton("Mark done", self.toolbar)
        self.mark_button.setToolTip("Date the selected lines done and move their next due date on by the frequency")
        self.mark_button.clicked.connect(lambda _checked=False: self.mark_done())
        self.toolbar.layout().insertWidget(3, self.mark_button)
        self.summary = QLabel(self.toolbar)
        self.summary.setObjectName("planSummary")
        # the line gives way in a narrow window (the rows' colours say the same) instead of widening it
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.toolbar.layout().insertWidget(self.toolbar.layout().indexOf(self.count), self.summary)
        insert = QAction(f"&Insert {COMMUNICATIONS.singular.title()}", self)
        insert.triggered.connect(lambda _checked=False: self.insert_record())
        delete = QAction(f"&Delete {COMMUNICATIONS.plural.title()}", self)
        delete.triggered.connect(lambda _checked=False: self.delete_selected())
        self.table.context_actions = [self.mark_done_action, None, insert, delete]
        session.changed.connect(self._changed)
        self.show_summary()

    def _fill(self, line: Any, _field: RecordField | None) -> QColor | None:
        day = plan_day(self.session.project)
        if is_overdue(line, day):
            return fill(OVERDUE_FILL)
        return fill(DUE_SOON_FILL) if is_due_soon(line, day) else None

    def mark_done(self) -> bool:
        """The selected lines done on the plan's day, their next due moved on: one undo step."""
        chosen = self.table.selected_ids()
        if not chosen:
            self.table.report("Select the plan lines that were done, then Mark done")
            return False
        self.table.commit_open_editor()
        day = plan_day(self.session.project)
        if self.session.attempt(lambda p: mark_lines_done(p, chosen, day), self.table.report) is None:
            return False
        project = self.session.project
        said = []
        for line_id in chosen:
            line = project.communications[line_id]
            due = line.next_due.isoformat() if line.next_due else "to be set (no rhythm)"
            said.append(f"{COMMUNICATIONS.label(line_id)} next due {due}")
        self.host.status(f"Done on {day.isoformat()}: " + "; ".join(said) + " (Undo takes it back)")
        return True

    def _changed(self, changes: Changes) -> None:
        if changes.of(COMMUNICATIONS.table) or changes.project:
            self.show_summary()

    def show_summary(self) -> None:
        project = self.session.project
        day = plan_day(project)
        lines = records(project, COMMUNICATIONS)
        late = sum(1 for line in lines if is_overdue(line, day))
        soon = sum(1 for line in lines if is_due_soon(line, day))
        self.summary.setText(f"As of {day.isoformat()}: {late} overdue, {soon} due within {DUE_SOON_DAYS} days")
        self.summary.setToolTip("Overdue lines are red, lines due within a week amber")
