"""The question the Resources tab asks before deleting assigned resources.

Tests replace `ask_delete_assigned` (as the task table's questions are replaced) or answer
the real box with keys: Enter takes the default button, Esc cancels.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def delete_assigned_text(names: list[str], assignments: int) -> str:
    """`Ana Costa is assigned to 3 tasks. Deleting her removes those 3 assignments.`"""
    who = names[0] if len(names) == 1 else f"{len(names)} resources"
    plural = "s" if assignments != 1 else ""
    return f"Deleting {who} removes {assignments} assignment{plural} from the tasks they are assigned to."


def ask_delete_assigned(parent: QWidget, text: str) -> bool:
    """OK deletes (Ctrl+Z brings it all back); Cancel or Esc keeps everything, as MS Project asks."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Delete resource", text, parent=parent)
    box.setInformativeText("Click OK to delete, or Cancel to keep them.")
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.setObjectName("deleteResourceQuestion")
    return box.exec() == QMessageBox.StandardButton.Ok
