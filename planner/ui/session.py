"""The open document as the window sees it: one undo stack, one path for every edit.

Models and widgets never change the project; they build a core Edit and hand it to
`Session.run`. The edit is applied (and committed to the file) before it reaches the
QUndoStack, so a refused edit raises here, with nothing changed and no undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.core.edits.changes import Changes
from planner.core.edits.edit import Edit
from planner.core.errors import PlannerError
from planner.store.document import Document


class EditCommand(QUndoCommand):
    """Any core edit on the undo stack; consecutive edits with the same merge key fold into one step."""

    def __init__(self, session: Session, edit: Edit, merge_key: int = -1) -> None:
        super().__init__(edit.label)
        self.session = session
        self.edit = edit
        self.merge_key = merge_key
        self._applied = True  # Session.run applied it before pushing

    def id(self) -> int:
        return self.merge_key

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key or self.merge_key < 0:
            return False
        self.edit = Edit(self.edit.label, self.edit.changes + other.edit.changes)
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.session._apply(self.edit)

    def undo(self) -> None:
        self.session._apply(self.edit.inverse())


class Session(QObject):
    """A Document with its undo stack; `changed` carries the core Changes of each applied edit."""

    changed = Signal(object)
    failed = Signal(str)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        document.subscribe(self.changed.emit)

    @property
    def project(self):
        return self.document.project

    @property
    def schedule(self):
        return self.document.schedule

    def run(self, edit: Edit | None, merge_key: int = -1) -> Changes | None:
        """Apply and record one edit. Raises PlannerError (nothing changed) if it is refused."""
        if edit is None or not edit.changes:
            return None
        changes = self.document.apply(edit)
        self.undo_stack.push(EditCommand(self, edit, merge_key))
        return changes

    def _apply(self, edit: Edit) -> None:
        """Undo/redo path: Qt cannot carry an exception out of redo(), so report it instead."""
        try:
            self.document.apply(edit)
        except PlannerError as error:
            self.failed.emit(str(error))

    def close(self) -> None:
        self.document.close()
