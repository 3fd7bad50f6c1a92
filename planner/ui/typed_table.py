"""What every table typed in place shares (the resource sheet, the risk register, every register):
Enter moves down, an open editor can be committed before an action, a refusal is shown in a note
beside its cell and in the status bar, and the right-click menu offers the table's actions.

A subclass sets `refusal_note` (a RefusalNote on its viewport), `context_actions` (None for a
separator) and declares the `message = Signal(str, bool)` its page shows in the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QMenu, QTableView


class TypedTableView(QTableView):
    context_actions: list[QAction | None]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            self._move_down()
            return
        super().keyPressEvent(event)

    def commit_open_editor(self) -> None:
        """Take what is typed in the open editor, if any (before Delete, Print, closing the file)."""
        editor = self.indexWidget(self.currentIndex()) if self.state() == self.State.EditingState else None
        if editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _move_down(self) -> None:
        current = self.currentIndex()
        below = current.siblingAtRow(current.row() + 1)
        if below.isValid():
            self.selectionModel().setCurrentIndex(below, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def report(self, text: str, index: QModelIndex | None = None) -> None:
        """A refusal: in the status bar and in a note beside the cell (or the table's top when none)."""
        index = self.currentIndex() if index is None else index
        self.message.emit(text, True)  # type: ignore[attr-defined]  # each subclass declares its signal
        rect = self.visualRect(index) if index.isValid() else self.viewport().rect().adjusted(0, 0, 0, -40)
        self.refusal_note.show_beside(rect, text)  # type: ignore[attr-defined]

    def _context_menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        if index.isValid() and not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        menu = QMenu(self)
        for action in self.context_actions:
            menu.addSeparator() if action is None else menu.addAction(action)
        if not menu.isEmpty():
            menu.exec(self.viewport().mapToGlobal(position))
