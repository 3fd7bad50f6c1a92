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


def ask_create_resources(parent: QWidget, names: list[str]) -> bool:
    """A name typed in Resource Names is no resource: Yes creates it (a work resource at 100%), as
    MS Project does when automatically adding resources; No leaves the task as it was."""
    listed = ", ".join(f"'{n}'" for n in names)
    what = f"{listed} is not a resource of this project." if len(names) == 1 else f"{listed} are not resources yet."
    box = QMessageBox(QMessageBox.Icon.Question, "New resources", what, parent=parent)
    box.setInformativeText(
        f"Create {'it' if len(names) == 1 else 'them'} as work resources and assign? "
        "(Ctrl+Z takes it back; the Resources tab edits rates and calendars.)"
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    box.setObjectName("createResourcesQuestion")
    return box.exec() == QMessageBox.StandardButton.Yes
