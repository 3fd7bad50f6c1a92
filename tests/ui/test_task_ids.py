"""The ID column reads 1, 2, 3 whatever is inserted, and Predecessors are typed and shown by it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.ui.gantt.table.task_proxy import TaskFilter

from .helpers import cell_text, close_and_reload, rows, select_cell, table_of, type_into


def ids_column(window) -> list[str]:
    return [cell_text(window, task_id, "id") for task_id, _level in rows(window)]


def insert_named(qtbot, window, above: int, name: str) -> None:
    """Select a task, press Insert and type the new task's name, as a PM does."""
    select_cell(window, above, "name")
    table = table_of(window)
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    qtbot.keyClicks(table, name[0])
    editor = QApplication.focusWidget()
    assert editor is not table, "typing did not open an editor"
    qtbot.keyClicks(editor, name[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_insert_takes_the_selected_rows_id_and_the_rows_below_renumber(qtbot, window) -> None:
    assert ids_column(window) == ["1", "2", "3", "4", "5"]
    insert_named(qtbot, window, 4, "QA")  # above Build, ID 4
    assert [t for t, _ in rows(window)] == [1, 2, 3, 6, 4, 5]  # the new task has Unique ID 6
    assert ids_column(window) == ["1", "2", "3", "4", "5", "6"]
    assert cell_text(window, 6, "name") == "QA" and cell_text(window, 6, "id") == "4"
    assert cell_text(window, 4, "id") == "5" and cell_text(window, 5, "predecessors") == "5"  # Launch follows Build
    table_of(window).grab().save("/tmp/ids-insert.png")


def test_predecessors_typed_by_id_follow_the_renumbering(qtbot, window) -> None:
    insert_named(qtbot, window, 4, "QA")
    type_into(qtbot, window, 4, "predecessors", "4")  # Build follows QA, the new ID 4
    assert cell_text(window, 4, "predecessors") == "4"
    select_cell(window, 1, "name")
    qtbot.keyClick(table_of(window), Qt.Key.Key_Insert)  # one more row above everything
    assert cell_text(window, 4, "predecessors") == "5"  # QA is row 5 now; the link is the same
    project = close_and_reload(window)
    assert {(k.predecessor_id, k.successor_id) for k in project.links.values() if k.successor_id == 4} == {(6, 4)}


def test_an_unknown_id_is_refused_beside_the_cell_and_nothing_changes(qtbot, window) -> None:
    type_into(qtbot, window, 5, "predecessors", "9")
    assert "there is no task 9 (the IDs go from 1 to 5)" in window.statusBar().currentMessage()
    assert cell_text(window, 5, "predecessors") == "4"


def test_a_task_inserted_under_a_filter_stays_shown_and_takes_what_is_typed(qtbot, window) -> None:
    """Defect 2: under Critical tasks, Insert then typing renamed the selected task; the new one was hidden."""
    window.page("gantt").filter_bar.show_kind(TaskFilter.CRITICAL)
    select_cell(window, 4, "name")
    qtbot.keyClick(table_of(window), Qt.Key.Key_Insert)  # a new unlinked task has float: not critical
    assert table_of(window).current_task_id() == 6
    assert window.statusBar().currentMessage() == "Inserted task 4: type its name"
    qtbot.keyClicks(table_of(window), "Q")
    qtbot.keyClicks(QApplication.focusWidget(), "A")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert 6 in [t for t, _ in rows(window)]
    assert cell_text(window, 6, "name") == "QA" and cell_text(window, 4, "name") == "Build"
    table_of(window).grab().save("/tmp/ids-filter-insert.png")
    window.page("gantt").filter_bar.show_kind(TaskFilter.ALL)
    window.page("gantt").filter_bar.show_kind(TaskFilter.CRITICAL)  # set again: the filter decides once more
    assert 6 not in [t for t, _ in rows(window)]
    project = close_and_reload(window)
    assert project.tasks[6].name == "QA" and project.tasks[4].name == "Build"


def test_sorting_by_id_is_the_outline_order_and_the_unique_id_is_a_column(qtbot, window) -> None:
    from planner.ui.gantt.table.columns import column_index

    insert_named(qtbot, window, 2, "Kick-off")
    table = table_of(window)
    table.sortByColumn(column_index("id"), Qt.SortOrder.DescendingOrder)
    assert [t for t, _ in rows(window)] == [5, 4, 1, 3, 2, 6]  # within Design: Review, Spec, Kick-off
    assert cell_text(window, 6, "uid") == "6" and cell_text(window, 6, "id") == "2"


def test_the_successors_column_shows_ids_and_follows_renumbering(qtbot, window) -> None:
    type_into(qtbot, window, 5, "predecessors", "4;2SS+1d")  # Launch follows Build and Spec
    assert cell_text(window, 2, "successors") == "3;5SS+1d"
    insert_named(qtbot, window, 1, "Kick-off")  # above everything: each row moves down one
    assert cell_text(window, 2, "successors") == "4;6SS+1d"
    assert cell_text(window, 5, "predecessors") == "3SS+1d;5"
