"""File > Import Progress: what the team's returned workbook would change (task, field, old -> new)
and the rows refused with their reasons, before anything is applied. Apply makes one undo step;
while rows are refused it applies nothing unless the PM chooses to leave those rows out
(`planner import-progress --skip-bad-rows`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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

from planner.core.edits.progress_edits import ProgressImport
from planner.exchange.progress_sheet import FIELD_WORDS, shown_value
from planner.ui.dialogs.project_info import problem_label

HEADERS = ("ID", "Task", "Field", "Before", "After")


class ProgressPreviewDialog(QDialog):
    def __init__(self, source: Path, found: ProgressImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = found
        self.setWindowTitle(f"Import Progress from {source.name}")
        tasks = len({c.task_id for c in found.changes})
        summary = QLabel(self._summary(tasks, len(found.changes), len(found.refused)), self)
        summary.setWordWrap(True)
        self.table = self._changes_table()
        self.refused = QListWidget(self)
        self.refused.addItems([r.message for r in found.refused])
        self.refused.setVisible(bool(found.refused))
        line = self.fontMetrics().height() + 4
        self.refused.setFixedHeight(min(max(len(found.refused), 1), 6) * line + 8)
        self.skip = QCheckBox("Leave out the refused rows and apply the others", self)
        self.skip.setVisible(bool(found.refused))
        self.skip.toggled.connect(self._enable)
        refusal_title = problem_label(self)
        refusal_title.setText(f"{len(found.refused)} row(s) refused; while they are, nothing is applied:")
        refusal_title.setVisible(bool(found.refused))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply = buttons.addButton("&Apply", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(refusal_title)
        layout.addWidget(self.refused)
        layout.addWidget(self.skip)
        layout.addWidget(buttons)
        self.resize(820, 480)
        self._enable()

    @staticmethod
    def _summary(tasks: int, changes: int, refused: int) -> str:
        if not changes:
            text = "Nothing in the workbook differs from the plan."
        else:
            text = f"{changes} change(s) to {tasks} task(s), applied as one step (Edit > Undo takes them all back)."
        return text + (f" {refused} row(s) refused." if refused else "")

    def _changes_table(self) -> QTableWidget:
        table = QTableWidget(len(self.found.changes), len(HEADERS), self)
        table.setHorizontalHeaderLabels(HEADERS)
        for row, change in enumerate(self.found.changes):
            values = (str(change.task_id), change.name, FIELD_WORDS[change.field],
                      shown_value(change.old), shown_value(change.new))  # fmt: skip
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _enable(self) -> None:
        blocked = bool(self.found.refused) and not self.skip.isChecked()
        self.apply.setEnabled(self.found.edit is not None and not blocked)
