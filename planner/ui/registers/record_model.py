"""One register as a Qt table model: a row per record in ID order, the ID column, then a column per field.

Cell text is core.records.values.shown, so what a cell shows can be typed back.
Typing goes through `Session.attempt` with core.records.edits.set_record_field (one
undo step per cell); a refusal is emitted as `refused` for the table to show beside
the cell. The model follows the document: rows appear and go as records are added and
deleted, and the rest repaint when the register or the tasks change (a TASK cell
shows the task's row ID and name, which move with the plan). A richer page may set
`cell_colour` to fill cells by what they mean (an overdue plan line red).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from planner.core.edits.changes import Changes
from planner.core.model.wbs import Outline
from planner.core.records.edits import records, set_record_field
from planner.core.records.spec import Kind, RecordField, RecordSpec
from planner.core.records.values import shown
from planner.ui.session import Session

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
RecordIdRole = Qt.ItemDataRole.UserRole + 1  # the record's Unique ID, on every cell of its row
SortRole = Qt.ItemDataRole.UserRole + 2  # what the header sorts by: numbers and dates as such, text lowered
RecordRole = Qt.ItemDataRole.UserRole + 3  # the record itself (the entity dataclass)
RIGHT = (Kind.LEVEL, Kind.NUMBER)
ID_COLUMN = 0
INK_ON_FILL = "#212121"
CellColour = Callable[[Any, "RecordField | None"], "QColor | None"]  # (record, field or None for the ID) -> fill


class RecordModel(QAbstractTableModel):
    refused = Signal(int, int, str)  # record id, column, why

    def __init__(self, session: Session, spec: RecordSpec) -> None:
        super().__init__()
        self.session = session
        self.spec = spec
        self.fields: tuple[RecordField, ...] = spec.fields
        self.has_tasks = any(f.kind is Kind.TASK for f in self.fields)
        self.rows: list[Any] = records(session.project, spec)
        self.row_of = {r.id: i for i, r in enumerate(self.rows)}
        self._outline: Outline | None = None
        self.cell_colour: CellColour | None = None  # a richer page's fills (overdue red); set after building
        session.changed.connect(self._changed)

    # -- columns ---------------------------------------------------------------------
    def field_at(self, column: int) -> RecordField | None:
        """The field a column shows; None for the ID column."""
        return None if column == ID_COLUMN else self.fields[column - 1]

    def column_of(self, key: str) -> int:
        return next(i + 1 for i, f in enumerate(self.fields) if f.key == key)

    @property
    def title_column(self) -> int:
        return self.column_of(self.spec.title_key)

    # -- reading ---------------------------------------------------------------------
    def outline(self) -> Outline:
        if self._outline is None:
            self._outline = Outline.of(self.session.project)
        return self._outline

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.fields) + 1

    def text(self, record: Any, column: int) -> str:
        field = self.field_at(column)
        if field is None:
            return self.spec.label(record.id)
        outline = self.outline() if field.kind is Kind.TASK else None
        return shown(self.session.project, field, getattr(record, field.key), outline)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(self.text(record, column).split())  # a note's line breaks would clip the row
        if role == Qt.ItemDataRole.EditRole:
            return self.text(record, column)
        if role == RecordIdRole:
            return record.id
        if role == RecordRole:
            return record
        if role == SortRole:
            return self._sort_key(record, column)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and self.cell_colour is not None:
            fill = self.cell_colour(record, self.field_at(column))
            if fill is None or role == Qt.ItemDataRole.BackgroundRole:
                return fill
            return QColor(INK_ON_FILL)  # a light fill keeps dark text, in a dark theme too
        if role == Qt.ItemDataRole.TextAlignmentRole and self._right(column):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column != ID_COLUMN:
            text = self.text(record, column)
            return text if len(text) > 30 or "\n" in text else None
        return None

    def _right(self, column: int) -> bool:
        field = self.field_at(column)
        return field is None or field.kind in RIGHT

    def _sort_key(self, record: Any, column: int) -> Any:
        """Blank sorts last ascending, whatever the kind; choices in their declared order (severity)."""
        field = self.field_at(column)
        if field is None:
            return (0, record.id)
        value = getattr(record, field.key)
        if value is None or value == "":
            return (1, "")
        if field.kind is Kind.CHOICE and field.choices is not None:
            return (0, list(field.choices).index(value))
        if field.kind in (Kind.LEVEL, Kind.NUMBER, Kind.RECORD) or isinstance(value, date):
            return (0, value)
        return (0, self.text(record, column).lower())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        field = self.field_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return "ID" if field is None else field.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"The {self.spec.singular}'s ID" if field is None else (field.tip or None)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() != ID_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def index_of(self, record_id: int, column: int = ID_COLUMN) -> QModelIndex:
        row = self.row_of.get(record_id)
        return QModelIndex() if row is None else self.index(row, column)

    def record(self, record_id: int) -> Any:
        return self.rows[self.row_of[record_id]]

    # -- typing ----------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = self.field_at(index.column()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or field is None:
            return False
        record_id, column, spec = self.rows[index.row()].id, index.column(), self.spec

        def build(project):
            return set_record_field(project, spec, record_id, field.key, "" if value is None else str(value))

        return self.session.attempt(build, lambda why: self.refused.emit(record_id, column, why)) is not None

    # -- following the document ------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        if changes.structure:  # row IDs move only when tasks are added, removed or moved in the WBS
            self._outline = None
        tasks = changes.structure or bool(changes.tasks)  # a name may have changed: repaint TASK cells
        if not (changes.of(self.spec.table) or (tasks and self.has_tasks) or changes.project):
            return
        self.follow()

    def follow(self) -> None:
        """Rows in and out for records added and deleted, then every cell repainted."""
        fresh = {r.id: r for r in records(self.session.project, self.spec)}
        for row in reversed(range(len(self.rows))):
            if self.rows[row].id not in fresh:
                self.beginRemoveRows(NO_PARENT, row, row)
                del self.rows[row]
                self.endRemoveRows()
        present = [r.id for r in self.rows]
        for row, record_id in enumerate(sorted(fresh)):
            if row >= len(present) or present[row] != record_id:
                self.beginInsertRows(NO_PARENT, row, row)
                self.rows.insert(row, fresh[record_id])
                present.insert(row, record_id)
                self.endInsertRows()
        self.rows = [fresh[i] for i in present]
        self.row_of = {record_id: row for row, record_id in enumerate(present)}
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))
