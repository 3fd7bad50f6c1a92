"""The Qt model of the Resource Usage view: Name, Work, then one column per period."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from planner.ui.workload.usage_rows import RESOURCE, UsageRows, format_hours

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
NAME, WORK, FIRST_PERIOD = 0, 1, 2
DISPLAY, FONT, ALIGNMENT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)  # made once: enum arithmetic is slow
ResourceIdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2


def over_color() -> QColor:
    """The over-allocated cell's red, readable in a light or a dark theme."""
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5
    return QColor("#7a2626") if dark else QColor("#f8c9c9")


class UsageModel(QAbstractTableModel):
    """Read-only: the base class's flags (enabled, selectable) are kept, so Qt asks no Python for them."""

    def __init__(self, rows: UsageRows | None = None) -> None:
        super().__init__()
        self.source: UsageRows | None = rows
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: UsageRows) -> None:
        self.beginResetModel()
        self.source = rows
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() or self.source is None else len(self.source.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() or self.source is None else FIRST_PERIOD + self.source.periods

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self.source is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == NAME:
                return "Resource Name"
            if section == WORK:
                return "Work"
            return self.source.header(section - FIRST_PERIOD)
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIRST_PERIOD:
            return self.source.label(section - FIRST_PERIOD)
        return None

    def data(self, index: Index, role: int = DISPLAY):
        """Called for every visible cell and role on each repaint: the period cells' common roles first."""
        rows = self.source
        if rows is None:
            return None
        row, column = index.row(), index.column()
        if column >= FIRST_PERIOD:
            if role == DISPLAY:
                return rows.text(row, column - FIRST_PERIOD)
            if role == ALIGNMENT:
                return RIGHT
            return self._period(row, column - FIRST_PERIOD, role)
        item = rows.rows[row]
        if role == ResourceIdRole:
            return item.resource_id
        if role == KindRole:
            return item.kind
        if role == FONT:
            return self._bold if item.kind == RESOURCE else None
        if column == NAME:
            return self._name(row, role)
        if role == DISPLAY:
            return format_hours(rows.total_hours(row)) or "0h"
        return RIGHT if role == ALIGNMENT else None

    def _name(self, row: int, role: int):
        rows = self.source
        assert rows is not None
        item = rows.rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            name = rows.name(row)
            return name if item.kind == RESOURCE else f"    {name}"
        if role == Qt.ItemDataRole.ToolTipRole and item.kind == RESOURCE:
            resource = rows.usage.resource(item.id)
            return f"{resource.name}, max units {resource.max_units:.0%}"
        return None

    def _period(self, row: int, period: int, role: int):
        rows = self.source
        assert rows is not None
        item = rows.rows[row]
        if role == ResourceIdRole:
            return item.resource_id
        if role == KindRole:
            return item.kind
        if role == FONT:
            return self._bold if item.kind == RESOURCE else None
        if role == Qt.ItemDataRole.BackgroundRole and item.kind == RESOURCE and rows.over(row)[period]:
            return QBrush(over_color())
        if role == Qt.ItemDataRole.ToolTipRole and item.kind == RESOURCE:
            work, capacity = float(rows.hours(row)[period]), float(rows.capacity_hours(row)[period])
            name, label = rows.name(row), rows.label(period)
            if capacity <= 0:
                return f"{name}, {label}: {format_hours(work) or '0h'} of work and no working time"
            flag = ": over-allocated" if rows.over(row)[period] else ""
            share = f"{work / capacity:.0%}"
            return f"{name}, {label}: {format_hours(work) or '0h'} of {format_hours(capacity)} ({share}){flag}"
        return None
