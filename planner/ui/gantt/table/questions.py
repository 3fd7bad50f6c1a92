"""The questions the task table asks before a big change, in one place.

Tests replace these functions (as planner.ui.shell.file_dialogs does for file pickers)
or answer the real box with keys: Enter takes the default button, Esc cancels.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def summary_delete_text(names: list[str], subtasks: int) -> str:
    """MS Project's warning, with the count: `This will delete the summary task 1 'Design' and its 2 subtasks.`"""
    what = f"its {subtasks} subtask{'s' if subtasks != 1 else ''}" if len(names) == 1 else f"their {subtasks} subtasks"
    summaries = f"the summary task {names[0]}" if len(names) == 1 else f"{len(names)} summary tasks"
    return f"This will delete {summaries} and {what}."


def ask_delete_summary(parent: QWidget, text: str) -> bool:
    """OK deletes (the default, as in MS Project; Ctrl+Z brings it all back), Cancel or Esc keeps everything."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Delete summary task", text, parent=parent)
    box.setInformativeText("Click OK to delete them all, or Cancel to keep them.")
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.setObjectName("deleteSummaryQuestion")
    return box.exec() == QMessageBox.StandardButton.Ok
