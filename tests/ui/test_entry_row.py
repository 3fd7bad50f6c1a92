"""Defect 4: MS Project's blank entry row below the last task; typing a name there appends a task."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.ui.gantt.roles import TaskIdRole
from planner.ui.gantt.table.columns import column_index
from planner.ui.gantt.table.task_proxy import TaskFilter

from .helpers import cell_text, close_and_reload, rows, select_cell, table_of


def type_here(qtbot, window, text: str) -> None:
    """Type into the current cell as a user does: the first key opens the editor, Enter commits."""
    table = table_of(window)
    qtbot.keyClicks(table, text[0])
    editor = QApplication.focusWidget()
    assert editor is not table, "typing did not open an editor"
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def in_entry_row(window) -> bool:
    current = table_of(window).currentIndex()
    return current.isValid() and current.data(TaskIdRole) is None


def test_typing_in_the_blank_row_below_the_last_task_appends_tasks(qtbot, window) -> None:
    select_cell(window, 5, "name")  # Launch, the last task
    qtbot.keyClick(table_of(window), Qt.Key.Key_Down)
    assert in_entry_row(window)
    type_here(qtbot, window, "Retrospective")
    assert in_entry_row(window)  # Enter leaves the cursor in the blank row, ready for the next
    type_here(qtbot, window, "Close-out")
    assert [t for t, _ in rows(window)] == [1, 2, 3, 4, 5, 6, 7]
    assert [cell_text(window, t, "id") for t in (6, 7)] == ["6", "7"]
    assert window.statusBar().currentMessage() == "Added task 7 at the end"
    table_of(window).grab().save("/tmp/ids-entry-row.png")
    project = close_and_reload(window)
    assert [project.tasks[t].name for t in (6, 7)] == ["Retrospective", "Close-out"]
    assert project.tasks[6].parent_id is None and project.tasks[6].position < project.tasks[7].position


def test_only_the_name_is_typed_in_the_blank_row_and_nothing_else_changes(qtbot, window) -> None:
    select_cell(window, 5, "duration")
    qtbot.keyClick(table_of(window), Qt.Key.Key_Down)
    assert in_entry_row(window)
    qtbot.keyClick(table_of(window), Qt.Key.Key_F2)
    assert QApplication.focusWidget() is table_of(window)  # no editor: the row holds no task yet
    qtbot.keyClick(table_of(window), Qt.Key.Key_Delete)  # Delete on the blank row deletes nothing
    assert [t for t, _ in rows(window)] == [1, 2, 3, 4, 5] and window.session.undo_stack.count() == 0


def test_the_blank_row_stays_last_when_sorted_and_filtered(qtbot, window) -> None:
    table = table_of(window)
    table.sortByColumn(column_index("name"), Qt.SortOrder.DescendingOrder)
    proxy = table.proxy
    assert proxy.index(proxy.rowCount() - 1, 0).data(TaskIdRole) is None
    window.page("gantt").filter_bar.show_kind(TaskFilter.MILESTONES)
    last = proxy.index(proxy.rowCount() - 1, column_index("name"))
    assert last.data(TaskIdRole) is None
    table.setCurrentIndex(last)
    table.setFocus()
    type_here(qtbot, window, "Sign-off")  # not a milestone, and still shown until the filter is set again
    assert 6 in [t for t, _ in rows(window)] and cell_text(window, 6, "name") == "Sign-off"


def test_a_new_project_starts_with_the_blank_row_to_type_in(qtbot, window, tmp_path) -> None:
    from planner.core.model.factory import new_project
    from planner.store.projectfile import ProjectFile

    path = tmp_path / "empty.plandb"
    ProjectFile.create(path, new_project("Empty")).close()
    assert window.open_path(path)
    table = table_of(window)
    table.setCurrentIndex(table.proxy.index(0, column_index("name")))
    table.setFocus()
    type_here(qtbot, window, "First task")
    assert [cell_text(window, t, "name") for t, _ in rows(window)] == ["First task"]
    table.grab().save("/tmp/ids-entry-empty.png")
