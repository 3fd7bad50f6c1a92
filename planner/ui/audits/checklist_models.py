"""The Checklists page's two models: checklists with a Progress column, items with their results coloured.

Both are the generic register model (planner.ui.registers.record_model) with a little
more. A checklist's Progress ("9/13 passed, 1 failed") is read from its items, so it
repaints when an item changes, not only when the checklist does. An item's Result cell
is tinted as an auditor's sheet is (pass green, fail red, open grey, n.a. plain), and
its Evidence shows as a link: Ctrl+click or double-click opens it (evidence_links.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from planner.core.edits.changes import Changes
from planner.core.quality.entities import CheckResult
from planner.core.quality.gates import ChecklistProgress, progress_by_checklist
from planner.core.records.spec import RecordField, RecordSpec
from planner.ui.registers.record_model import Index, RecordModel
from planner.ui.session import Session

PROGRESS = RecordField(
    "progress", "Progress", width=18, tip="Items passed of those that apply (all but n.a.), and how many failed"
)
RESULT_TINTS = {  # light theme, dark theme
    CheckResult.PASS: ("#c8e6c9", "#1b5e20"),
    CheckResult.FAIL: ("#ffcdd2", "#8e1c1c"),
    CheckResult.OPEN: ("#e6e6e6", "#424242"),
}


COLOUR_ROLES = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)
LINK_ROLES = (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole)


def _font(italic: bool = False, underline: bool = False) -> QFont:
    font = QFont()
    font.setItalic(italic)
    font.setUnderline(underline)
    return font


def progress_text(counts: ChecklistProgress) -> str:
    if not counts.total:
        return "no items"
    text = f"{counts.passed}/{counts.applicable} passed" if counts.applicable else "all n.a."
    return text + (f", {counts.failed} failed" if counts.failed else "")


def dark_theme() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5


class ChecklistModel(RecordModel):
    """Checklists, with Progress after the title; read-only there."""

    def __init__(self, session: Session, spec: RecordSpec) -> None:
        super().__init__(session, spec)
        self.fields = (spec.fields[0], PROGRESS, *spec.fields[1:])
        self._progress: dict[int, ChecklistProgress] | None = None

    def progress(self, checklist_id: int) -> ChecklistProgress:
        if self._progress is None:
            self._progress = progress_by_checklist(self.session.project)
        return self._progress.get(checklist_id) or ChecklistProgress(checklist_id)

    def text(self, record: Any, column: int) -> str:
        if self.field_at(column) is PROGRESS:
            return progress_text(self.progress(record.id))
        return super().text(record, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self.field_at(index.column()) is PROGRESS:
            counts = self.progress(self.rows[index.row()].id)
            if role == Qt.ItemDataRole.ForegroundRole and counts.failed:
                return QColor("#ef6a6a" if dark_theme() else "#c62828")
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{counts.summary}; {counts.not_applicable} n.a." if counts.total else "No items yet"
        return super().data(index, role)

    def _sort_key(self, record: Any, column: int) -> Any:
        if self.field_at(column) is PROGRESS:
            passed = self.progress(record.id).percent_passed
            return (1, 0.0) if passed is None else (0, passed)
        return super()._sort_key(record, column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.field_at(index.column()) is PROGRESS:
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and self.field_at(index.column()) is PROGRESS:
            return False
        return super().setData(index, value, role)

    def _changed(self, changes: Changes) -> None:
        self._progress = None
        super()._changed(changes)
        if changes.checklist_items and self.rows and not changes.checklists:
            column = self.column_of(PROGRESS.key)
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))


class ChecklistItemModel(RecordModel):
    """Items, their Result tinted and their Evidence shown as a link."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        field = self.field_at(index.column()) if index.isValid() else None
        if field is not None and field.key == "result" and role in COLOUR_ROLES:
            return self._result_colour(self.rows[index.row()].result, role)
        if field is not None and field.key == "result" and role == Qt.ItemDataRole.FontRole:
            return _font(italic=True) if self.rows[index.row()].result is CheckResult.NOT_APPLICABLE else None
        if field is not None and field.key == "evidence" and role in LINK_ROLES:
            evidence = self.rows[index.row()].evidence
            if evidence:
                return self._link(evidence, role)
        return super().data(index, role)

    @staticmethod
    def _link(evidence: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().color(QPalette.ColorRole.Link)
        if role == Qt.ItemDataRole.FontRole:
            return _font(underline=True)
        return f"{evidence}\nCtrl+click or double-click to open; F2 to edit"

    @staticmethod
    def _result_colour(result: CheckResult, role: int) -> QColor | None:
        tints = RESULT_TINTS.get(result)
        if tints is None:  # n.a.: plain, in italics
            return None
        dark = dark_theme()
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(tints[1] if dark else tints[0])
        return QColor("#ffffff" if dark else "#1a1a1a")
