"""The Meetings page of the Stakeholders tab: the meeting log, the chosen meeting's notes, its decisions and actions.

Above: the meetings (by date, as a log is read) with the notes of the chosen one beside
them in a multi-line editor (notes_editor). Below: its decisions and its action items,
each a register narrowed to the meeting; Insert there fills the meeting in, and a new
decision takes the meeting's date. The action items add Make task and the "All open
actions" view (actions_page). "New from plan" records a meeting of a communication plan
line (the steering committee): title, attendees and date from the line, and the line
marked done, in one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from planner.core.communication.plan_meeting import meeting_from_plan, plan_lines
from planner.core.communication.registers import DECISIONS, MEETINGS
from planner.core.model.entities import Project
from planner.ui.meetings.actions_page import ActionsPage
from planner.ui.meetings.notes_editor import NotesEditor
from planner.ui.registers.master_detail import MasterDetailPage
from planner.ui.registers.register_page import RegisterPage
from planner.ui.session import Session
from planner.ui.tabs import TabHost

NOTES_WIDTH = 420  # px: a paragraph per line on a laptop, the table keeps the rest


class DecisionsPage(RegisterPage):
    """A meeting's decisions; a new one is dated by its meeting."""

    def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
        super().__init__(DECISIONS, session, host, parent)

    def new_values(self, project: Project) -> dict[str, Any]:
        values = super().new_values(project)
        meeting = project.meetings.get(values.get("meeting_id"))
        if meeting is not None and meeting.held is not None:
            values["made"] = meeting.held
        return values


class MeetingsList(RegisterPage):
    """The meeting log itself, with its notes beside it and New from plan in the toolbar."""

    def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
        super().__init__(MEETINGS, session, host, parent)
        self.table.set_column_shown("notes", False)  # the editor beside shows them whole
        self.notes = NotesEditor(session, self)
        self.add_pane(self.notes, size=NOTES_WIDTH)
        self.current_changed.connect(self.notes.show_meeting)
        self.notes.show_meeting(self.current_id())
        self.from_plan = QPushButton("New from plan", self.toolbar)
        self.from_plan.setToolTip("Record a meeting of the communication plan (the steering committee): "
                                  "its title, audience and next due date, and the plan line marked done")  # fmt: skip
        self.from_plan_menu = QMenu(self.from_plan)
        self.from_plan_menu.aboutToShow.connect(self._fill_plan_menu)
        self.from_plan.setMenu(self.from_plan_menu)
        self.toolbar.layout().insertWidget(3, self.from_plan)

    def _fill_plan_menu(self) -> None:
        menu = self.from_plan_menu
        menu.clear()
        lines = plan_lines(self.session.project)
        if not lines:
            menu.addAction("The communication plan has no lines yet").setEnabled(False)
        for line in lines:
            due = f" (due {line.next_due.isoformat()})" if line.next_due else ""
            action = menu.addAction(f"{line.what}{due}")
            action.triggered.connect(lambda _=False, line_id=line.id: self.record_from_plan(line_id))

    def record_from_plan(self, line_id: int) -> int | None:
        """A meeting of plan line `line_id`, selected with its title editing; the line marked done."""
        edit = self.session.attempt(lambda p: meeting_from_plan(p, line_id), self.table.report)
        if edit is None:
            return None
        meeting_id = next(c.after.id for c in edit.changes if getattr(c, "table", "") == MEETINGS.table)
        self.reveal(meeting_id)
        self.host.status(f"Meeting {MEETINGS.label(meeting_id)} recorded; the plan line is marked done")
        return meeting_id

    def close_page(self) -> None:
        self.notes.save()
        super().close_page()


class MeetingsPage(MasterDetailPage):
    title = "&Meetings"

    def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
        self.meetings = MeetingsList(session, host)
        self.decisions = DecisionsPage(session, host)
        self.actions = ActionsPage(session, host)
        super().__init__(self.meetings, [self.decisions, self.actions], session, host, parent)
        self.show_detail(self.actions)  # what a PM follows up first
