"""The resource sheet's Qt model: one row per resource, then a blank row to type a new one into.

Reading a cell asks its SheetColumn; typing one builds a core edit (core.team) and runs it
through Session.attempt, so it lands on the undo stack; a refusal is emitted with the
cell it belongs to and nothing changes. The model follows the document: any edit of
resources, skills or calendars repaints the sheet, and rows added or removed reset it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from planner.core.edits.changes import Changes
from planner.core.edits.edit import Edit
from planner.core.model.entities import Resource
from planner.core.team import resource_edits
from planner.core.team.skill_levels import resource_levels_edit
from planner.ui.resources.sheet_columns import SHEET_COLUMNS, edit_text
from planner.ui.session import Session

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
ResourceIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    "right": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
}
WATCHED = ("resources", "resource_skills", "skills", "calendars")


class ResourceModel(QAbstractTableModel):
    refused = Signal(object, int, str)  # resource id (None: the blank row), column, why
    notice = Signal(str)
    added = Signal(int)  # a resource was added from the blank row: the view goes to it

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.ids: list[int] = sorted(session.project.resources)
        session.changed.connect(self._on_changed)

    # -- reading ------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.ids) + 1

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(SHEET_COLUMNS)

    def resource_at(self, row: int) -> Resource | None:
        if 0 <= row < len(self.ids):
            return self.session.project.resources.get(self.ids[row])
        return None

    def row_of(self, resource_id: int) -> int:
        return self.ids.index(resource_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        resource = self.resource_at(index.row())
        column = SHEET_COLUMNS[index.column()]
        if role == ResourceIdRole:
            return None if resource is None else resource.id
        if resource is None:  # the blank row
            return None
        project = self.session.project
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(project, resource)
        if role == Qt.ItemDataRole.EditRole:
            return edit_text(project, resource, column.key)
        if role == SortRole:
            return (column.sort_key or column.text)(project, resource)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN[column.align]
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "notes" and resource.notes:
            return resource.notes
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(SHEET_COLUMNS):
            return None
        column = SHEET_COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN[column.align]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = SHEET_COLUMNS[index.column()]
        blank = index.row() == len(self.ids)
        if column.editable and (not blank or column.key == "name"):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- typing ---------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Build the edit the text means and run it; on refusal say why and change nothing."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        key, text = SHEET_COLUMNS[index.column()].key, "" if value is None else str(value)
        resource = self.resource_at(index.row())
        if resource is None:
            return self._append(index.column(), text)
        refusals: list[str] = []
        if key == "skills":
            made = self.session.attempt(lambda p: resource_levels_edit(p, resource.id, text), refusals.append)
        else:
            made = self.session.attempt(
                lambda p: resource_edits.set_resource_field(p, resource.id, key, text), refusals.append
            )
        if refusals:
            self.refused.emit(resource.id, index.column(), refusals[0])
            return False
        if made is not None and key == "skills":
            self._note_new_skills(made)
        return True

    def _append(self, column: int, name: str) -> bool:
        """A name typed in the blank row adds a work resource at 100% (MS Project's habit)."""
        if not name.strip():
            return False
        made = self.session.attempt(
            lambda p: resource_edits.insert_resource(p, resource_edits.check_new_name(p, name)),
            lambda why: self.refused.emit(None, column, why),
        )
        if made is None:
            return False
        self.added.emit(made.changes[0].after.id)
        return True

    def _note_new_skills(self, edit: Edit) -> None:
        new = [c.after.name for c in edit.changes if c.table == "skills" and c.before is None]
        if new:
            self.notice.emit(f"Added to the skills list: {', '.join(new)}")

    # -- following the document -------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if not (changes.project or any(changes.of(t) for t in WATCHED)):
            return
        ids = sorted(self.session.project.resources)
        old = len(self.ids)
        if ids[:old] == self.ids and len(ids) > old:  # added (new IDs are the highest): rows before the blank one
            self.beginInsertRows(ROOT, old, len(ids) - 1)
            self.ids = ids
            self.endInsertRows()
        elif ids != self.ids:
            self.beginResetModel()
            self.ids = ids
            self.endResetModel()
            return
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(SHEET_COLUMNS) - 1))
