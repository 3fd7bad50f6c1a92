"""Filtering and sorting the task table: what is shown, and the stored WBS order never changes."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.core.edits import task_edits
from planner.ui.gantt.table.columns import column_index
from planner.ui.gantt.table.task_proxy import TaskFilter

from .helpers import close_and_reload, rows, table_of, type_into

ALL = [(1, 1), (2, 2), (3, 2), (4, 1), (5, 1)]


def show(window, kind: TaskFilter, text: str = "") -> list[int]:
    window.page("gantt").filter_bar.show_kind(kind)
    window.page("gantt").filter_bar.search.setText(text)
    return [task_id for task_id, _level in rows(window)]


def test_filters_keep_the_summaries_of_what_they_show(qtbot, window) -> None:
    assert show(window, TaskFilter.MILESTONES) == [5]
    assert show(window, TaskFilter.CRITICAL) == [1, 2, 3, 4, 5]  # a chain: everything is critical
    assert show(window, TaskFilter.ALL, "rev") == [1, 3]
    assert show(window, TaskFilter.ALL, "4") == [4]  # an ID finds its task
    assert show(window, TaskFilter.ALL) == [1, 2, 3, 4, 5]


def test_due_this_week_and_late(qtbot, window) -> None:
    window.page("gantt").proxy.today = lambda: date(2027, 1, 5)
    assert show(window, TaskFilter.THIS_WEEK) == [1, 2, 3]  # Spec (Tue) and Review (Wed); Build ends next Mon
    assert show(window, TaskFilter.LATE) == []
    window.session.run(task_edits.set_deadline(window.session.project, 4, datetime(2027, 1, 8, 17, 0)))
    assert [t for t, _ in rows(window)] == [4]  # the filter follows the new schedule at once


def test_critical_filter_follows_edits(qtbot, window) -> None:
    assert show(window, TaskFilter.CRITICAL) == [1, 2, 3, 4, 5]
    type_into(qtbot, window, 4, "predecessors", "")  # Build no longer waits for Review
    type_into(qtbot, window, 4, "duration", "1d")  # and ends Monday, two days before Review
    assert [t for t, _ in rows(window)] == [1, 2, 3]  # Build and Launch have float now


def test_sorting_shows_another_order_but_the_file_keeps_the_wbs(qtbot, window) -> None:
    table = table_of(window)
    table.sortByColumn(column_index("name"), Qt.SortOrder.AscendingOrder)
    assert rows(window) == [(4, 1), (1, 1), (3, 2), (2, 2), (5, 1)]  # Build, Design (Review, Spec), Launch
    table.sortByColumn(column_index("duration"), Qt.SortOrder.DescendingOrder)
    assert rows(window) == [(4, 1), (1, 1), (2, 2), (3, 2), (5, 1)]  # 3d, 3d (ties by ID, reversed), 0d
    table.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # a third click clears the sort
    assert rows(window) == ALL
    project = close_and_reload(window)
    assert [project.tasks[t].position for t in (1, 4, 5)] == [1, 2, 3]


def test_ctrl_f_goes_to_the_search_and_enter_to_the_first_match(qtbot, window) -> None:
    qtbot.keyClick(table_of(window), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.page("gantt").filter_bar.search
    assert QApplication.focusWidget() is search
    qtbot.keyClicks(search, "rev")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert table_of(window).current_task_id() == 3
    assert QApplication.focusWidget() is table_of(window)


def test_due_this_week_is_measured_from_the_status_date(qtbot, tmp_path) -> None:
    """A project with a status date: "this week" is the status date's week, whatever today is."""
    from planner.store.projectfile import ProjectFile
    from planner.ui.shell.main_window import MainWindow

    from .helpers import small_project

    project = small_project()
    project.status_date = datetime(2027, 1, 11, 17, 0)  # nothing started: the work moves after it
    path = tmp_path / "status.plandb"
    ProjectFile.create(path, project).close()
    main = MainWindow()
    qtbot.addWidget(main)
    assert main.open_path(path)
    main.page("gantt").proxy.today = lambda: date(2027, 1, 5)  # the real today is elsewhere: it must not count
    assert show(main, TaskFilter.THIS_WEEK) == [1, 2, 3]  # Spec ends Wed 13, Review Thu 14; Build Tue 19
