"""The questions Record Status asks, in one place: tests replace these functions (as
planner.ui.gantt.table.questions has it) or answer the real box with keys."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget


def ask_replace(parent: QWidget, day: str) -> bool:
    """Yes replaces the snapshot of that status date (Ctrl+Z brings it back), No keeps it."""
    box = QMessageBox(
        QMessageBox.Icon.Question, "Record Status", f"Replace the status recorded for {day}?", parent=parent
    )
    box.setInformativeText("The figures recorded then are replaced by today's; Ctrl+Z brings them back.")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    box.setObjectName("replaceStatusQuestion")
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_status_date(parent: QWidget, today: datetime) -> str | None:
    """The project has no status date: the date to record at, typed (today offered); None: cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        "Record Status",
        "The project has no status date. Record status at (it becomes the project's status date):",
        text=f"{today:%Y-%m-%d}",
    )
    return text if ok else None
