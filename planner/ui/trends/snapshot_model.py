"""The snapshots table of the Trends page: one row per status snapshot, oldest first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from planner.core.trends.edits import day_text, snapshots_in_order
from planner.core.trends.entities import Snapshot
from planner.ui.session import Session

Index = QModelIndex | QPersistentModelIndex
SnapshotIdRole = Qt.ItemDataRole.UserRole + 1
HEADERS = (
    "Status date",
    "% work complete",
    "SPI",
    "CPI",
    "EAC",
    "Forecast finish",
    "Open risks' score",
    "Open defects",
)
NUMERIC = {1, 2, 3, 4, 6, 7}


def _index(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


class SnapshotModel(QAbstractTableModel):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[Snapshot] = snapshots_in_order(session.project)

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = snapshots_in_order(self.session.project)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        snapshot = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(snapshot, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if index.column() in NUMERIC else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == SnapshotIdRole:
            return snapshot.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"Recorded {snapshot.recorded:%Y-%m-%d %H:%M}"
        return None

    def text(self, s: Snapshot, column: int) -> str:
        currency = self.session.project.currency
        if column == 0:
            return day_text(s.status_date)
        if column == 1:
            return f"{s.percent_complete:.1f}%"
        if column == 2:
            return _index(s.spi)
        if column == 3:
            return _index(s.cpi)
        if column == 4:
            return "—" if s.eac is None else f"{s.eac:,.0f} {currency}"
        if column == 5:
            return day_text(s.forecast_finish)
        if column == 6:
            return "—" if s.risk_score is None else str(s.risk_score)
        return str(sum(s.open_defects.values()))
