"""The chosen meeting's notes: a multi-line editor beside the meetings list, saved as one edit.

Minutes are paragraphs, which a table cell is no place to write. The text is saved as
one undo step ("Change meeting notes") when the editor loses the focus or another meeting
is chosen, never per keystroke; an undo of it, or of anything else that changes the
meeting, shows in the editor at once unless the PM is in the middle of typing there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from planner.core.communication.registers import MEETINGS
from planner.core.edits.changes import Changes
from planner.core.records.edits import change_record
from planner.ui.session import Session

NO_MEETING = "Choose a meeting to read and write its notes."


class NotesBox(QPlainTextEdit):
    """A plain-text editor that saves when the focus leaves it."""

    def __init__(self, owner: NotesEditor) -> None:
        super().__init__(owner)
        self.owner = owner

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.owner.save()
        super().focusOutEvent(event)


class NotesEditor(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting_id: int | None = None
        self.heading = QLabel(self)
        self.box = NotesBox(self)
        self.box.setObjectName("meetingNotes")
        self.box.setTabChangesFocus(True)  # Tab leaves for the tables, as in a form
        self.heading.setBuddy(self.box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.box, 1)
        session.changed.connect(self._changed)
        self.show_meeting(None)

    def show_meeting(self, meeting_id: int | None) -> None:
        """Save what was typed for the meeting shown, then show `meeting_id`'s notes."""
        self.save()
        meeting = self.session.project.meetings.get(meeting_id) if meeting_id is not None else None
        self.meeting_id = meeting.id if meeting is not None else None
        self.box.setEnabled(meeting is not None)
        self.box.setPlaceholderText("Minutes: what was said, who asked what" if meeting else NO_MEETING)
        title = f"<b>N&otes of {MEETINGS.label(meeting.id)}</b> {meeting.title}" if meeting else "<b>N&otes</b>"
        self.heading.setText(title)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self._load(meeting.notes if meeting else "")

    def _load(self, text: str) -> None:
        self.box.setPlainText(text)
        self.box.document().setModified(False)

    def save(self) -> bool:
        """The typed notes as one edit; True when something was saved."""
        if self.meeting_id is None or not self.box.document().isModified():
            return False
        meeting_id, text = self.meeting_id, self.box.toPlainText()
        self.box.document().setModified(False)
        if meeting_id not in self.session.project.meetings:
            return False
        edit = self.session.attempt(
            lambda p: change_record(p, MEETINGS, meeting_id, "Change meeting notes", notes=text.rstrip()),
            self.session.failed.emit,
        )
        return edit is not None

    def _changed(self, changes: Changes) -> None:
        if self.meeting_id is None or self.meeting_id not in changes.meetings:
            return
        meeting = self.session.project.meetings.get(self.meeting_id)
        if meeting is None:  # deleted: nothing to write notes into
            self.meeting_id = None
            self.show_meeting(None)
        elif not self.box.document().isModified() and self.box.toPlainText() != meeting.notes:
            self._load(meeting.notes)
