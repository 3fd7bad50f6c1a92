"""How a register's cells are edited, per field kind, with the task table's keys.

Typing replaces the cell, Enter commits and goes down, Tab commits and goes right,
Escape leaves the value (planner.ui.gantt.table.delegate.TaskDelegate). A CHOICE
cell edits in an editable combo box of its choices (typing a prefix is enough: "in"
is in progress); a PERSON cell offers the project's people and a TASK cell its tasks
("12 Build API") in a completer; a text column a page names in `suggest` (a
lesson's category) offers the values already used. With the completer's list open,
Enter takes the highlighted entry and commits at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QStyleOptionViewItem, QWidget

from planner.core.records.spec import Kind
from planner.ui.gantt.table.delegate import Index, TaskDelegate
from planner.ui.registers.completions import offered, used
from planner.ui.registers.record_model import RecordModel


class RecordDelegate(TaskDelegate):
    def __init__(self, model: RecordModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.record_model = model
        self.suggest: set[str] = set()  # text fields whose used values are offered (a page adds keys)

    def _field(self, index: Index):
        source = index.model().mapToSource(index) if hasattr(index.model(), "mapToSource") else index
        return self.record_model.field_at(source.column())

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        field = self._field(index)
        if field is not None and field.kind is Kind.CHOICE and field.choices is not None:
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItems([m.value for m in field.choices])
            combo.setFrame(False)
            return combo
        editor = super().createEditor(parent, option, index)
        if field is not None and isinstance(editor, QLineEdit):
            self._complete(editor, self._offers(field))
        return editor

    def _offers(self, field) -> list[str]:
        model = self.record_model
        project = model.session.project
        if field.key in self.suggest:
            return used(project, model.spec, field.key)
        return offered(project, model.spec, field, model.outline() if field.kind is Kind.TASK else None)

    def _complete(self, editor: QLineEdit, words: list[str]) -> None:
        if not words:
            return
        completer = QCompleter(QStringListModel(words, editor), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        editor.setCompleter(completer)
        completer.popup().installEventFilter(EnterCommits(editor, self.commit_now, completer))

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.lineEdit().selectAll()
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        if isinstance(editor, QComboBox):
            text = editor.currentText()
            if text != str(index.data(Qt.ItemDataRole.EditRole) or ""):
                model.setData(index, text, Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def commit_now(self, editor: QWidget) -> None:
        """Enter in a completer's list: the editor's text (now the chosen entry) goes in, the table moves down."""
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, TaskDelegate.EndEditHint.NoHint)
        self.entered.emit()


class EnterCommits(QObject):
    """On a completer's popup: Enter takes the highlighted entry (if any) and commits the cell, in one key."""

    def __init__(self, editor: QLineEdit, commit: Callable[[QWidget], None], completer: QCompleter) -> None:
        super().__init__(editor)
        self.editor, self.commit, self.completer = editor, commit, completer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        enter = event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if not enter:
            return False
        popup = self.completer.popup()
        current = popup.currentIndex()
        if current.isValid():
            self.editor.setText(str(current.data()))
        popup.hide()
        self.commit(self.editor)
        return True
