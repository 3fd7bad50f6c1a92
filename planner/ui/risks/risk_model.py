"""The register as a Qt table model: one row per risk, in ID order, cells from core.risk.register.

Typing goes through `Session.attempt` as one edit (core.risk.typed); a refusal is
emitted as `refused` for the table to show beside the cell. The model follows the
document's changes: rows appear and go for added and deleted risks, the rest repaint.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from planner.core.edits.changes import Changes
from planner.core.model.duration import TimeUnits
from planner.core.model.wbs import Outline
from planner.core.risk.register import RiskLine, register_lines, review_day
from planner.core.risk.scoring import severity
from planner.core.risk.typed import set_risk_field
from planner.ui.risks.columns import COLUMNS, column_index
from planner.ui.session import Session

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
RiskIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
LineRole = Qt.ItemDataRole.UserRole + 3
REGISTER_TABLES = ("risks", "risk_categories", "risk_tasks", "risk_history", "risk_scales", "resources")
SCORE_COLUMNS = {column_index("score"), column_index("residual_score")}
SEVERITY_BRUSH = {"low": QColor("#c8e6c9"), "medium": QColor("#ffe0a3"), "high": QColor("#f4a3a3")}


@dataclass
class Context:
    """What a cell's text needs besides its risk."""

    units: TimeUnits
    ids: Any  # planner.core.model.task_ids.TaskIds

    def task_id(self, uid: int) -> int:
        return self.ids.id_of(uid)


class RiskModel(QAbstractTableModel):
    refused = Signal(int, int, str)  # risk id, column, why

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.lines: list[RiskLine] = []
        self.context = Context(session.project.units, Outline.of(session.project).ids)
        self._reload()
        session.changed.connect(self._changed)

    # -- reading -----------------------------------------------------------------
    def _reload(self) -> None:
        project = self.session.project
        self.lines = register_lines(project)
        self.context = Context(project.units, Outline.of(project).ids)
        self.row_of = {line.risk.id: row for row, line in enumerate(self.lines)}

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, column = self.lines[index.row()], COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return column.text(line, self.context)
        if role == RiskIdRole:
            return line.risk.id
        if role == LineRole:
            return line
        if role == SortRole:
            return column.sort(line)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and index.column() in SCORE_COLUMNS:
            value = line.score if column.key == "score" else line.residual_score
            return QBrush(SEVERITY_BRUSH[severity(value)])
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in SCORE_COLUMNS:
            return QBrush(QColor("#1a1a1a"))  # readable on the light severity colours in a dark theme too
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "title":
            return line.risk.event or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return COLUMNS[section].tip or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and COLUMNS[index.column()].field is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def index_of(self, risk_id: int, column: int = 1) -> QModelIndex:
        row = self.row_of.get(risk_id)
        return QModelIndex() if row is None else self.index(row, column)

    # -- typing ------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = COLUMNS[index.column()].field
        if field is None:
            return False
        risk_id, column = self.lines[index.row()].risk.id, index.column()

        def build(project):
            return set_risk_field(project, risk_id, field, str(value), review_day(project, date.today()))

        return self.session.attempt(build, lambda why: self.refused.emit(risk_id, column, why)) is not None

    # -- following the document ----------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        if not (changes.structure or changes.tasks or any(changes.of(t) for t in REGISTER_TABLES)):
            return
        project = self.session.project
        fresh = {line.risk.id: line for line in register_lines(project)}
        self.context = Context(project.units, Outline.of(project).ids)
        for row in reversed(range(len(self.lines))):
            if self.lines[row].risk.id not in fresh:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.lines[row]
                self.endRemoveRows()
        present = [line.risk.id for line in self.lines]
        for row, risk_id in enumerate(sorted(fresh)):
            if row >= len(present) or present[row] != risk_id:
                self.beginInsertRows(QModelIndex(), row, row)
                self.lines.insert(row, fresh[risk_id])
                present.insert(row, risk_id)
                self.endInsertRows()
        self.lines = [fresh[risk_id] for risk_id in present]
        self.row_of = {risk_id: row for row, risk_id in enumerate(present)}
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, len(COLUMNS) - 1))
