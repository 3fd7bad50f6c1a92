"""The open document as the window sees it: one undo stack, one path for every edit.

Models and widgets never change the project; they build a core Edit and hand the
builder to `Session.attempt`, the one runner: it builds the edit from the current
project, pushes it (QUndoStack.push performs the first redo, which applies and
commits it) and reports a refusal to the caller's `refused`. `Session.run` is the
same without the reporting, for callers that want the PlannerError.

The stack stays honest about the file: a command whose redo fails when pushed is
made obsolete, so Qt drops it (no undo step for an edit that was not made). An undo
or redo that the document refuses later (a stale edit, a disk that refuses the
write) changes nothing in the file, so the stack's index is put back where the file
is and `failed` says what happened. Qt cannot carry an exception out of redo() or
undo(), which is why the commands report instead of raising.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.core.edits.changes import Changes
from planner.core.edits.edit import Edit
from planner.core.errors import PlannerError
from planner.core.model.entities import Project
from planner.store.document import Document

log = logging.getLogger(__name__)
Builder = Callable[[Project], Edit | None]


class EditCommand(QUndoCommand):
    """Any core edit on the undo stack; consecutive edits with the same merge key fold into one step."""

    def __init__(self, session: Session, edit: Edit, merge_key: int = -1) -> None:
        super().__init__(edit.label)
        self.session = session
        self.edit = edit
        self.merge_key = merge_key

    def id(self) -> int:
        return self.merge_key

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key or self.merge_key < 0:
            return False
        if other.isObsolete():  # its edit was refused: there is nothing to fold in
            return False
        self.edit = Edit(self.edit.label, self.edit.changes + other.edit.changes)
        return True

    def redo(self) -> None:
        self.session._step(self, self.edit, "redo")

    def undo(self) -> None:
        self.session._step(self, self.edit.inverse(), "undo")


class Session(QObject):
    """A Document with its undo stack; `changed` carries the core Changes of each applied edit."""

    changed = Signal(object)
    failed = Signal(str)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self._pushing: EditCommand | None = None
        self._pushed: tuple[Changes | None, PlannerError | None] = (None, None)
        self._repair_to: int | None = None  # where the stack's index belongs after a refused undo/redo
        self.undo_stack.indexChanged.connect(self._put_index_back)
        document.subscribe(self.changed.emit)

    @property
    def project(self) -> Project:
        return self.document.project

    @property
    def schedule(self):
        return self.document.schedule

    # -- the one runner -------------------------------------------------------
    def attempt(self, build: Builder, refused: Callable[[str], None], merge_key: int = -1) -> Edit | None:
        """Build one edit from the current project and run it; a refusal goes to `refused`.

        Returns the edit that was made, or None when nothing changed (or it was refused).
        """
        try:
            edit = build(self.project)
            if self.run(edit, merge_key) is None:
                return None
        except PlannerError as error:
            refused(str(error))
            return None
        return edit

    def run(self, edit: Edit | None, merge_key: int = -1) -> Changes | None:
        """Apply and record one edit. Raises PlannerError (nothing changed, no undo step) if it is refused."""
        if edit is None or not edit.changes:
            return None
        command = EditCommand(self, edit, merge_key)
        self._pushing, self._pushed = command, (None, None)
        try:
            self.undo_stack.push(command)  # performs the first redo()
        finally:
            self._pushing = None
        changes, error = self._pushed
        self._pushed = (None, None)
        if error is not None:
            raise error
        return changes

    # -- undo and redo ----------------------------------------------------------
    def _step(self, command: EditCommand, edit: Edit, what: str) -> None:
        """Apply one undo or redo; a refusal makes a new command obsolete, or marks the index to put back."""
        if self._repair_to is not None:
            return  # a step of this jump was refused: the rest are not tried, the index goes back
        try:
            changes = self.document.apply(edit)
        except Exception as error:  # Qt would swallow it: anything refused must be reported
            if not isinstance(error, PlannerError):
                log.exception("%s of %r failed", what, command.text())
                error = PlannerError(f"an internal error ({error})")
            self._refused(command, what, error)
            return
        if command is self._pushing:
            self._pushed = (changes, None)

    def _refused(self, command: EditCommand, what: str, error: PlannerError) -> None:
        if command is self._pushing:
            command.setObsolete(True)  # QUndoStack.push deletes it instead of recording it
            self._pushed = (None, error)
            return
        index = self._index_of(command)
        self._repair_to = index + 1 if what == "undo" else index
        self.failed.emit(
            f"{what.capitalize()} of “{command.text()}” was refused: {error}. "
            "Nothing changed; the undo history stays where the file is."
        )

    def _index_of(self, command: EditCommand) -> int:
        stack = self.undo_stack
        return next(i for i in range(stack.count()) if stack.command(i) is command)

    def _put_index_back(self, _index: int) -> None:
        """After a refused undo/redo (or jump in the history): move the index back without applying anything."""
        target = self._repair_to
        if target is None:
            return
        self.undo_stack.setIndex(target)  # each step is skipped while _repair_to is set
        self._repair_to = None

    def close(self) -> None:
        self.document.close()
