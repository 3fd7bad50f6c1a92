"""The demo project, as a fresh file of the user's own in their Documents folder.

Each request writes a new copy ("Planner demo.plandb", then "Planner demo 2.plandb",
...) so the demo can be played with, broken and started again without harm.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from planner.store.document import Document

DEMO_NAME = "Planner demo"


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def free_demo_path(folder: Path) -> Path:
    """The first of "Planner demo.plandb", "Planner demo 2.plandb", ... that does not exist yet."""
    path = folder / f"{DEMO_NAME}.plandb"
    number = 2
    while path.exists():
        path = folder / f"{DEMO_NAME} {number}.plandb"
        number += 1
    return path


def create_demo(folder: Path | None = None) -> Document:
    """Write a fresh demo project file and open it."""
    from planner.exchange.demo import demo_project

    folder = folder or documents_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return Document.create(free_demo_path(folder), demo_project())
