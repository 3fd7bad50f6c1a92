"""The preview of a levelling: each task that moves, by how much, from when to when and why,
the tasks left over-allocated and why, and the project finish before and after. Apply makes
it one undoable edit; Cancel leaves the project as it was."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.level.report import LevellingReport
from planner.core.model.dates import when
from planner.core.model.duration import format_minutes
from planner.core.model.entities import Project
from planner.core.model.wbs import Outline

HEADERS = ("ID", "Task", "Delay", "Start was", "Starts", "Finishes", "Why")


class LevelPreview(QDialog):
    def __init__(self, project: Project, report: LevellingReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Level Resources: preview")
        ids = Outline.of(project).ids
        count = len(report.moved)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setText(
            f"{count} task{'s' * (count != 1)} move{'s' * (count == 1)}. "
            f"Project finish: {when(report.finish_before)} → {when(report.finish_after)}."
            + (f" {len(report.unresolved)} still over-allocated (below)." if report.unresolved else "")
        )
        self.table = self._moves_table(project, report, ids)
        self.left_title = QLabel("Still over-allocated (Level Resources may not move these):", self)
        self.left = QListWidget(self)
        self.left.addItems([f"#{ids.id_of(t)} {project.tasks[t].name}: {why}" for t, why in report.unresolved])
        self.left.setMaximumHeight(110)
        for widget in (self.left_title, self.left):
            widget.setVisible(bool(report.unresolved))
        buttons = QDialogButtonBox(self)
        self.apply = buttons.addButton("&Apply", QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply.setEnabled(bool(report.moved))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.left_title)
        layout.addWidget(self.left)
        layout.addWidget(buttons)
        self.resize(1100, 520)

    def _moves_table(self, project: Project, report: LevellingReport, ids) -> QTableWidget:
        table = QTableWidget(len(report.moved), len(HEADERS), self)
        table.setHorizontalHeaderLabels(HEADERS)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        for row, m in enumerate(report.moved):
            cells = (
                str(ids.id_of(m.task_id)),
                m.name,
                "+" + format_minutes(m.delay_minutes, units=project.units),
                when(m.start_before),
                when(m.start),
                when(m.finish),
                m.reason,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        table.resizeColumnsToContents()
        table.setColumnWidth(1, min(table.columnWidth(1), 240))
        header.setSectionResizeMode(len(HEADERS) - 1, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        return table
