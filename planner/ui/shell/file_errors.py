"""Why a file cannot be opened or made, in words a PM can act on; shown in a message box.

The store's errors name the problem; this adds what to do about it. Nothing is
ever written to a file that is refused.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from planner.core.errors import PlannerError
from planner.store.errors import CorruptFile, FileInUse, FileMissing, NewerFile, NotAPlannerFile, ReadOnlyFile

ADVICE: dict[type, str] = {
    FileMissing: "The file is not there any more: it may have been moved, renamed or deleted.",
    NotAPlannerFile: (
        "This is not a Planner project file. To bring in a task list from Excel or a CSV file, use File > Import Tasks."
    ),
    CorruptFile: (
        "The file is damaged and cannot be opened. Planner has not written to it. "
        "If you have an earlier copy (File > Save a Copy As), open that instead."
    ),
    NewerFile: "The file was saved by a newer version of Planner. Update Planner to open it; it was left untouched.",
    ReadOnlyFile: (
        "The file or its folder is read-only. Planner saves every change the moment you make it, so it only "
        "opens files it may write to. Copy the file to a folder of yours, or change its permissions, and open it again."
    ),
    FileInUse: (
        "The file is already open in another Planner window, on this computer or another one. "
        "Switch to that window, or close the project there first."
    ),
}


def explain(error: BaseException) -> str:
    for kind, advice in ADVICE.items():
        if isinstance(error, kind):
            return advice
    if isinstance(error, PlannerError | OSError | sqlite3.Error):
        return "It could not be opened."
    return "Planner could not read it: this is a bug in Planner, not something you did. Nothing was written to it."


def show_open_problem(parent: QWidget | None, path: Path, error: BaseException) -> None:
    """A warning naming the file, what is wrong, and what to do; the technical detail last."""
    text = f"{explain(error)}\n\n{error}"
    QMessageBox.warning(parent, f"Cannot open {Path(path).name}", text)


def show_problem(parent: QWidget | None, title: str, error: BaseException | str) -> None:
    QMessageBox.warning(parent, title, str(error))
