"""Small things the GUI tests share: the sample project and reading a file back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from planner.core.model.duration import Duration
from planner.core.model.entities import Link, Project, Task
from planner.core.model.factory import new_project
from planner.store.projectfile import ProjectFile


def small_project() -> Project:
    """A summary with two subtasks, then a task and a milestone, linked in a chain 2 -> 3 -> 4 -> 5.

    Starts Monday 2027-01-04: Spec 2d (Mon-Tue), Review 1d (Wed), Build 3d (Thu-Mon), Launch (Mon 17:00).
    """
    project = new_project("Website relaunch", datetime(2027, 1, 4, 8, 0))
    day = 480
    project.tasks = {
        1: Task(1, "Design", position=1),
        2: Task(2, "Spec", parent_id=1, position=1, duration=Duration(2 * day)),
        3: Task(3, "Review", parent_id=1, position=2, duration=Duration(day)),
        4: Task(4, "Build", position=2, duration=Duration(3 * day)),
        5: Task(5, "Launch", position=3, duration=Duration(0), milestone=True),
    }
    project.links = {1: Link(1, 2, 3), 2: Link(2, 3, 4), 3: Link(3, 4, 5)}
    return project


def reload(path: Path) -> Project:
    """What the file holds, opened for editing as a new window would (so it also proves the file is free)."""
    with ProjectFile.open(path) as file:
        return file.load()


def close_and_reload(window) -> Project:
    """Close the project in the window, then read the file back."""
    path = window.session.document.path
    window.close_project()
    return reload(path)


def table_of(window):
    return window.page("gantt").table


def gantt_plugin(window):
    """The Gantt tab's registration in `window` (its actions live as long as the window)."""
    return next(plugin for plugin in window.plugins if plugin.key == "gantt")


def select_cell(window, task_id: int, key: str) -> None:
    from planner.ui.gantt.table.columns import column_index

    table = table_of(window)
    table.select_task(task_id, column_index(key))
    table.setFocus()


def type_into(qtbot, window, task_id: int, key: str, text: str) -> None:
    """Select a cell and type over it as a user does: the first key opens the editor, Enter commits."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    select_cell(window, task_id, key)
    table = table_of(window)
    if text:
        qtbot.keyClicks(table, text[0])
    else:  # clearing a cell: F2 opens the editor on the value, Backspace removes it
        qtbot.keyClick(table, Qt.Key.Key_F2)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    editor = QApplication.focusWidget()
    assert editor is not table, "typing did not open an editor"
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def cell_text(window, task_id: int, key: str) -> str:
    from planner.ui.gantt.table.columns import column_index

    return table_of(window).proxy_index(task_id, column_index(key)).data()


def rows(window) -> list[tuple[int, int]]:
    """(task id, outline level) of every task row the table shows, top to bottom (not the entry row)."""
    from planner.ui.gantt.roles import TaskIdRole

    table = table_of(window)
    found, index = [], table.proxy.index(0, 0)
    while index.isValid():
        level, parent = 1, index.parent()
        while parent.isValid():
            level, parent = level + 1, parent.parent()
        if index.data(TaskIdRole) is not None:
            found.append((index.data(TaskIdRole), level))
        index = table.indexBelow(index)
    return found
