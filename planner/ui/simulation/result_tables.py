"""The simulation's per-task and milestone tables: read-only, sortable by any column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from planner.core.model.entities import Project
from planner.core.model.estimates import Simulation
from planner.core.model.task_ids import TaskIds
from planner.core.model.wbs import Outline

TASK_HEADERS = ("ID", "Task", "Critical", "Sensitivity")
MILESTONE_HEADERS = ("ID", "Milestone", "Target", "On time")


class _SortedItem(QTableWidgetItem):
    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.data(Qt.ItemDataRole.UserRole) < other.data(Qt.ItemDataRole.UserRole)


def _sorted(text: str, sort: object, right: bool = False) -> QTableWidgetItem:
    item = _SortedItem(text)
    item.setData(Qt.ItemDataRole.UserRole, sort)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ResultTable(QTableWidget):
    def __init__(self, headers: tuple[str, ...]) -> None:
        super().__init__(0, len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def fill(self, rows: list[list[QTableWidgetItem]], sort_column: int) -> None:
        self.setSortingEnabled(False)
        self.setRowCount(len(rows))
        for r, items in enumerate(rows):
            for c, item in enumerate(items):
                self.setItem(r, c, item)
        self.setSortingEnabled(True)
        self.sortByColumn(sort_column, Qt.SortOrder.DescendingOrder)


def task_rows(project: Project, simulation: Simulation) -> list[list[QTableWidgetItem]]:
    """Each task with its criticality index and sensitivity; most critical first."""
    ids = TaskIds(Outline.of(project).rows())
    rows = []
    for t in simulation.tasks:
        if t.task_id not in project.tasks:
            continue
        row = ids.id_of(t.task_id)
        rows.append(
            [
                _sorted(str(row), row, right=True),
                _sorted(project.tasks[t.task_id].name, project.tasks[t.task_id].name),
                _sorted(f"{t.criticality:.0%}", (t.criticality, abs(t.sensitivity)), right=True),
                _sorted(f"{t.sensitivity:+.2f}" if t.sensitivity else "-", abs(t.sensitivity), right=True),
            ]
        )
    return rows


def milestone_rows(project: Project, simulation: Simulation) -> list[list[QTableWidgetItem]]:
    ids = TaskIds(Outline.of(project).rows())
    rows = []
    for m in simulation.milestones:
        if m.task_id not in project.tasks:
            continue
        row = ids.id_of(m.task_id)
        rows.append(
            [
                _sorted(str(row), row, right=True),
                _sorted(project.tasks[m.task_id].name, project.tasks[m.task_id].name),
                _sorted(f"{m.target:%a %Y-%m-%d}", m.target),
                _sorted(f"{m.p_on_time:.0%}", m.p_on_time, right=True),
            ]
        )
    return rows
