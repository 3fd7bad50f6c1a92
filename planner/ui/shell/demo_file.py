"""The demo project, as a fresh file of the user's own in their Documents folder.

A fresh copy ("Planner demo.plandb", then "Planner demo 2.plandb", ...) lets the demo be
played with, broken and started again without harm. A user who already has one is not
given a new copy each time: `planner --demo` reopens the newest copy, and the menu asks.
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


def newest_demo(folder: Path | None = None) -> Path | None:
    """The demo copy changed last (the one the user was playing with), or None if there is none."""
    folder = folder or documents_folder()
    copies = [p for p in folder.glob(f"{DEMO_NAME}*.plandb") if p.is_file()]
    return max(copies, key=lambda p: p.stat().st_mtime, default=None)


def create_demo(folder: Path | None = None) -> Document:
    """Write a fresh demo project file and open it."""
    from planner.exchange.demo import demo_file_project

    folder = folder or documents_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return Document.create(free_demo_path(folder), demo_file_project())
