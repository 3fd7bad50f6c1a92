"""The Qt model of the Team view: a row per person, their tasks now, next and late, load by week."""

from __future__ import annotations

import math
from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from planner.core.resources.team import TeamRow
from planner.core.resources.usage import Usage

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
PERSON, THIS_WEEK, NEXT_WEEK, LATE, FIRST_WEEK = 0, 1, 2, 3, 4
TITLES = ("Person", "This week", "Next week", "Late")
ResourceIdRole = Qt.ItemDataRole.UserRole + 1
FULL, ROOMY = 1.0, 0.5  # load above FULL is over capacity; below ROOMY the person has room


def load_colors() -> tuple[QColor, QColor]:
    """(over capacity, has room) backgrounds, readable in a light or a dark theme."""
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5
    return (QColor("#7a2626"), QColor("#2e5a32")) if dark else (QColor("#f8c9c9"), QColor("#d5efd6"))


class TeamModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[TeamRow] = []
        self.usage: Usage | None = None
        self.monday = date.today()

    def set_rows(self, usage: Usage, rows: list[TeamRow], monday: date) -> None:
        self.beginResetModel()
        self.usage, self.rows, self.monday = usage, rows, monday
        self.endResetModel()

    def weeks(self) -> int:
        return len(self.rows[0].load) if self.rows else 0

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else FIRST_WEEK + self.weeks()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < FIRST_WEEK:
            return TITLES[section]
        monday = self.monday + timedelta(weeks=section - FIRST_WEEK)
        return f"W{monday.isocalendar()[1]:02d}\n{monday:%d %b}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.usage is None:
            return None
        row, column = self.rows[index.row()], index.column()
        if role == ResourceIdRole:
            return row.resource_id
        if column == PERSON:
            return row.name if role == Qt.ItemDataRole.DisplayRole else None
        if column < FIRST_WEEK:
            tasks = (row.this_week, row.next_week, row.late)[column - THIS_WEEK]
            if role == Qt.ItemDataRole.DisplayRole:
                return ", ".join(self._task_name(t) for t in tasks)
            if role == Qt.ItemDataRole.ToolTipRole and tasks:
                return "\n".join(self._task_name(t) for t in tasks)
            if role == Qt.ItemDataRole.ForegroundRole and column == LATE and tasks:
                return QBrush(QColor("#c62828"))
            return None
        return self._load(row.load[column - FIRST_WEEK], role)

    def _task_name(self, task_id: int) -> str:
        assert self.usage is not None
        return f"#{self.usage.schedule.outline.ids.id_of(task_id)} {self.usage.project.tasks[task_id].name}"

    def _load(self, load: float, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return "away" if math.isnan(load) else f"{load:.0%}"  # no working time that week
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and not math.isnan(load):
            over, room = load_colors()
            if load > FULL + 1e-6:
                return QBrush(over)
            if load < ROOMY:
                return QBrush(room)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
