"""An editable list of links for the Task information dialog: ID, task name, type, lag.

Rows are typed as in MS Project's dialog, by task ID (the row number the table shows);
the task name fills in from the ID. The
table only collects text; the dialog turns it into edits, so all checks stay in
the core builders.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import InputError
from planner.core.model.duration import TimeUnits, format_lag, parse_lag
from planner.core.model.entities import Link, LinkType, Project
from planner.core.model.task_ids import TaskIds

TYPE_LABELS = {
    LinkType.FS: "Finish-to-Start (FS)",
    LinkType.SS: "Start-to-Start (SS)",
    LinkType.FF: "Finish-to-Finish (FF)",
    LinkType.SF: "Start-to-Finish (SF)",
}
ID, NAME, TYPE, LAG = range(4)


@dataclass(frozen=True)
class LinkRow:
    task_id: int  # the row ID as typed
    type: LinkType
    lag_text: str

    def lag(self, units: TimeUnits):
        return parse_lag(self.lag_text, units)


class LinkTable(QWidget):
    def __init__(
        self, project: Project, ids: TaskIds, links: list[Link], other_end: str, parent: QWidget | None = None
    ) -> None:
        """`other_end` is "predecessor_id" or "successor_id": which end of each link a row shows."""
        super().__init__(parent)
        self.project = project
        self.ids = ids
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(["ID", "Task name", "Type", "Lag"])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ID, 56), (TYPE, 170), (LAG, 80)):
            header.resizeSection(column, width)
        self.table.itemChanged.connect(self._fill_name)
        for link in sorted(links, key=lambda k: ids.id_of(getattr(k, other_end))):
            self._add_row(ids.id_of(getattr(link, other_end)), link.type, format_lag(link.lag, project.units))
        add = QPushButton("Add", self)
        add.clicked.connect(lambda: self._add_row(None, LinkType.FS, ""))
        remove = QPushButton("Remove", self)
        remove.clicked.connect(self._remove_rows)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _add_row(self, task_id: int | None, kind: LinkType, lag: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem("")
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, NAME, name)
        self.table.setItem(row, ID, QTableWidgetItem("" if task_id is None else str(task_id)))
        self.table.setItem(row, LAG, QTableWidgetItem(lag))
        combo = QComboBox(self.table)
        for link_type, label in TYPE_LABELS.items():
            combo.addItem(label, link_type)
        combo.setCurrentIndex(list(TYPE_LABELS).index(kind))
        self.table.setCellWidget(row, TYPE, combo)
        if task_id is None:
            self.table.setCurrentCell(row, ID)
            self.table.editItem(self.table.item(row, ID))

    def _remove_rows(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def _fill_name(self, item: QTableWidgetItem) -> None:
        if item.column() != ID:
            return
        name_item = self.table.item(item.row(), NAME)
        if name_item is None:
            return
        text = item.text().strip()
        uid = self.ids.uid_of(int(text)) if text.isdigit() else None
        task = self.project.tasks.get(uid) if uid is not None else None
        name_item.setText(task.name if task else ("" if not text else "(no such task)"))

    def rows(self) -> list[LinkRow]:
        """The typed rows; blank ones are skipped. Raises InputError for an ID that is not a number."""
        found = []
        for row in range(self.table.rowCount()):
            text = (self.table.item(row, ID).text() if self.table.item(row, ID) else "").strip()
            if not text:
                continue
            if not text.isdigit():
                raise InputError(f"{text!r} is not a task ID; type the number shown in the ID column")
            combo = self.table.cellWidget(row, TYPE)
            kind = LinkType(combo.currentData()) if isinstance(combo, QComboBox) else LinkType.FS
            lag = self.table.item(row, LAG).text().strip() if self.table.item(row, LAG) else ""
            if lag and lag[0] not in "+-":
                lag = "+" + lag
            found.append(LinkRow(int(text), kind, lag))
        return found

    def set_row(self, row: int, task_id: int, kind: LinkType = LinkType.FS, lag: str = "") -> None:
        """Fill a row as a user would type it, by row ID (for tests and scripts)."""
        while self.table.rowCount() <= row:
            self._add_row(None, LinkType.FS, "")
        self.table.item(row, ID).setText(str(task_id))
        combo = self.table.cellWidget(row, TYPE)
        if isinstance(combo, QComboBox):
            combo.setCurrentIndex(list(TYPE_LABELS).index(kind))
        self.table.item(row, LAG).setText(lag)
