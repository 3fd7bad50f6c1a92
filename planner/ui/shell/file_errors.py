"""Why a file cannot be opened or made, in words a PM can act on; shown in a message box.

The store's errors name the problem; this adds what to do about it. Nothing is
ever written to a file that is refused.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from planner.store.errors import (
    BadData,
    ChangedSchema,
    CorruptFile,
    FileInUse,
    FileMissing,
    NewerFile,
    NotAPlannerFile,
    NotARegularFile,
    ReadOnlyFile,
    Repairable,
    StrayJournal,
    WriteFailed,
    describe_failure,
    is_foreseen,
)
from planner.store.projectfile import ProjectFile

ADVICE: dict[type, str] = {
    FileMissing: "The file is not there any more: it may have been moved, renamed or deleted.",
    NotARegularFile: "This is not a file Planner can open: choose a .plandb project file.",
    StrayJournal: (
        "Beside the project lies a recovery file (a journal) that was not written for it, so Planner will not "
        "replay it into your project. If it came from somewhere else, move it away and open the project again. "
        "Planner has touched neither file."
    ),
    WriteFailed: (
        "Planner could not write the file, and left nothing behind. Choose another folder, or free some space."
    ),
    NotAPlannerFile: (
        "This is not a Planner project file. To bring in a task list from Excel or a CSV file, use File > Import Tasks."
    ),
    CorruptFile: (
        "The file is damaged and cannot be opened. Planner has not written to it. "
        "If you have an earlier copy (File > Save a Copy As), open that instead."
    ),
    ChangedSchema: (
        "Another program removed part of the file that Planner needs. Planner has not written to it. "
        "If you have an earlier copy (File > Save a Copy As), open that instead."
    ),
    Repairable: (
        "Some rows of the file refer to tasks or resources that are no longer in it, "
        "as happens when another program deletes rows. Planner can drop those rows and open the rest."
    ),
    BadData: (
        "The file holds a value Planner never writes: another program changed it. Planner has not written to it. "
        "Correct the value named below with an SQLite tool, or open an earlier copy."
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
    if is_foreseen(error):
        return "It could not be opened."
    return "Planner could not read it: this is a bug in Planner, not something you did. Nothing was written to it."


def show_open_problem(parent: QWidget | None, path: Path, error: BaseException) -> None:
    """A warning naming the file, what is wrong, and what to do; last the line the CLI would print."""
    text = f"{explain(error)}\n\n{describe_failure(error, f'reading {path}')}"
    QMessageBox.warning(parent, f"Cannot open {Path(path).name}", text)


def show_problem(parent: QWidget | None, title: str, error: BaseException | str) -> None:
    text = error if isinstance(error, str) else describe_failure(error, title.lower())
    QMessageBox.warning(parent, title, text)


def offer_repair(parent: QWidget | None, path: Path, error: Repairable) -> bool:
    """Ask before dropping the rows that refer to nothing; True once they are dropped."""
    count = len(error.rows)
    text = f"{explain(error)}\n\n{error}\n\nDrop {count} row{'s' * (count != 1)} and open the project?"
    answer = QMessageBox.question(
        parent,
        f"Repair {Path(path).name}?",
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    with ProjectFile.open(path) as file:
        file.repair()
    return True


def show_open_warnings(parent: QWidget | None, path: Path, problems: list[str]) -> None:
    """What was wrong with a file that opened anyway (links forming a loop, left out of the schedule)."""
    text = "The project opened, but:\n\n" + "\n\n".join(problems)
    QMessageBox.warning(parent, f"{Path(path).name} opened with problems", text)
