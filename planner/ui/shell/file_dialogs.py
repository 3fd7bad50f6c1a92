"""The file pickers, in one place: tests replace these functions instead of driving native dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

PROJECT_FILTER = "Planner projects (*.plandb);;All files (*)"
SHEET_FILTER = "Task lists (*.csv *.xlsx *.xlsm);;CSV files (*.csv);;Excel workbooks (*.xlsx *.xlsm);;All files (*)"


def ask_open_path(parent: QWidget, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Open project", str(folder), PROJECT_FILTER)
    return Path(name) if name else None


def ask_save_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """A path for a new .plandb file; the extension is added when the user leaves it out."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), PROJECT_FILTER)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".plandb")


def ask_export_path(parent: QWidget, label: str, pattern: str, suggested: Path) -> Path | None:
    """Where to export; the format's suffix is added when the user leaves it out."""
    name, _ = QFileDialog.getSaveFileName(parent, f"Export to {label}", str(suggested), f"{pattern};;All files (*)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(suggested.suffix)


def ask_sheet_path(parent: QWidget, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Import tasks", str(folder), SHEET_FILTER)
    return Path(name) if name else None


def ask_project_import_path(parent: QWidget, folder: Path, patterns: list[str]) -> Path | None:
    """Another tool's project file: `patterns` are the importers' filters ("MS Project XML (*.xml)")."""
    every = " ".join(p[p.index("(") + 1 : -1] for p in patterns)
    filters = ";;".join([f"Project files ({every})", *patterns, "All files (*)"])
    name, _ = QFileDialog.getOpenFileName(parent, "Import a project file", str(folder), filters)
    return Path(name) if name else None


def ask_demo_copy(parent: QWidget, existing: Path) -> str | None:
    """ "open" the demo copy the user has, "fresh" for a new one, None to do neither."""
    box = QMessageBox(QMessageBox.Icon.Question, "Demo project", "", QMessageBox.StandardButton.Cancel, parent)
    box.setText(f"You already have a copy of the demo project:\n{existing}")
    box.setInformativeText("Open it as you left it, or start again with a fresh copy?")
    mine = box.addButton("&Open My Copy", QMessageBox.ButtonRole.AcceptRole)
    fresh = box.addButton("Start a &Fresh Copy", QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(mine)
    box.exec()
    return {mine: "open", fresh: "fresh"}.get(box.clickedButton())
