"""Copy, Cut, Paste and Fill Down in the task table, driven by keys as a PM does between MS Project and Excel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.core.model.wbs import Outline

from .helpers import cell_text, close_and_reload, rows, select_cell, table_of

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
EXCEL_GRID = "Test\t2d\t\t\t5\r\nFix\t1d\t\t\t6\r\nShip\t0\t\t\t6;7\r\n"  # Name, Duration, Start, Finish, Predecessors


def press(qtbot, window, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(table_of(window), key, modifiers)


def on_entry_row(qtbot, window) -> None:
    select_cell(window, 5, "name")  # Launch, the last task
    press(qtbot, window, Qt.Key.Key_Down)


def names_and_durations(project) -> list[tuple[str, int]]:
    return [(project.tasks[t].name, project.tasks[t].duration.minutes) for t in Outline.of(project).rows()]


def test_ctrl_c_copies_two_rows_as_the_grid_excel_pastes(qtbot, window) -> None:
    select_cell(window, 4, "id")  # Build
    press(qtbot, window, Qt.Key.Key_Down, SHIFT)  # and Launch
    press(qtbot, window, Qt.Key.Key_Right, SHIFT, times=6)  # across to Predecessors
    press(qtbot, window, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == (
        "4\tBuild\t3d\tThu 2027-01-07\tMon 2027-01-11\t3\r\n5\tLaunch\t0d\tMon 2027-01-11\tMon 2027-01-11\t4\r\n"
    )
    assert window.statusBar().currentMessage() == "Copied 2 rows × 6 columns"


def test_ctrl_v_of_an_excel_grid_on_the_blank_row_appends_tasks_in_one_undo_step(qtbot, window) -> None:
    QApplication.clipboard().setText(EXCEL_GRID)
    on_entry_row(qtbot, window)
    press(qtbot, window, Qt.Key.Key_V, CTRL)
    assert [t for t, _ in rows(window)] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert [cell_text(window, t, "name") for t in (6, 7, 8)] == ["Test", "Fix", "Ship"]
    assert [cell_text(window, t, "duration") for t in (6, 7, 8)] == ["2d", "1d", "0d"]
    assert [cell_text(window, t, "predecessors") for t in (6, 7, 8)] == ["5", "6", "6;7"]  # the block's own IDs
    assert cell_text(window, 8, "start") == "Thu 2027-01-14"  # Test Tue-Wed after Launch, Fix Thu, then Ship
    assert window.statusBar().currentMessage() == "Pasted 3 rows, 3 tasks added (Ctrl+Z undoes the paste)"
    assert window.session.undo_stack.count() == 1
    table_of(window).grab().save("/tmp/clipboard-paste.png")
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert [t for t, _ in rows(window)] == [1, 2, 3, 4, 5]
    press(qtbot, window, Qt.Key.Key_Y, CTRL)
    project = close_and_reload(window)
    assert names_and_durations(project)[5:] == [("Test", 960), ("Fix", 480), ("Ship", 0)]
    assert len(project.links) == 3 + 4


def test_a_paste_onto_tasks_sets_their_cells_as_ms_project_does(qtbot, window) -> None:
    QApplication.clipboard().setText("Build it\t5d\r\nGo live\t0\r\nRetro\t1d\r\n")
    select_cell(window, 4, "name")
    press(qtbot, window, Qt.Key.Key_V, CTRL)  # onto Build and Launch, the third row past the end
    assert window.statusBar().currentMessage() == "Pasted 3 rows, 1 task added (Ctrl+Z undoes the paste)"
    project = close_and_reload(window)
    assert names_and_durations(project)[3:] == [("Build it", 2400), ("Go live", 0), ("Retro", 480)]


def test_a_bad_duration_in_the_grid_is_refused_naming_the_cell_and_nothing_is_pasted(qtbot, window) -> None:
    QApplication.clipboard().setText("Test\t2d\r\nFix\tsoon\r\nShip\t0\r\n")
    on_entry_row(qtbot, window)
    press(qtbot, window, Qt.Key.Key_V, CTRL)
    message = window.statusBar().currentMessage()
    assert message.startswith("Row 2 of the paste (task 7), Duration: ") and "soon" in message
    assert message.endswith(". Nothing was pasted")
    note = table_of(window).refusal_note
    assert note.isVisible() and note.text() == message
    table_of(window).grab().save("/tmp/clipboard-refused.png")
    assert [t for t, _ in rows(window)] == [1, 2, 3, 4, 5] and window.session.undo_stack.count() == 0
    assert len(close_and_reload(window).tasks) == 5


def test_ctrl_d_fills_the_top_cell_down_in_one_undo_step(qtbot, window) -> None:
    select_cell(window, 3, "duration")  # Review, 1d
    press(qtbot, window, Qt.Key.Key_Down, SHIFT, times=2)  # Build and Launch
    press(qtbot, window, Qt.Key.Key_D, CTRL)
    assert [cell_text(window, t, "duration") for t in (3, 4, 5)] == ["1d", "1d", "1d"]
    assert window.statusBar().currentMessage() == "Filled down 2 cells"
    assert window.session.undo_stack.count() == 1
    project = close_and_reload(window)
    assert [project.tasks[t].duration.minutes for t in (3, 4, 5)] == [480, 480, 480]
    assert not project.tasks[5].milestone


def test_ctrl_d_in_a_column_planner_works_out_is_refused_and_nothing_changes(qtbot, window) -> None:
    select_cell(window, 2, "id")
    press(qtbot, window, Qt.Key.Key_Down, SHIFT)
    press(qtbot, window, Qt.Key.Key_D, CTRL)
    assert window.statusBar().currentMessage() == "Fill Down: ID is worked out by Planner and cannot be typed"
    assert table_of(window).refusal_note.isVisible()
    assert window.session.undo_stack.count() == 0


def test_ctrl_d_from_a_summary_gives_the_subtask_its_duration(qtbot, window) -> None:
    select_cell(window, 1, "duration")  # Design lasts 3d, from Spec 2d and Review 1d
    press(qtbot, window, Qt.Key.Key_Down, SHIFT)  # Spec
    press(qtbot, window, Qt.Key.Key_D, CTRL)
    assert cell_text(window, 2, "duration") == "3d" and cell_text(window, 1, "duration") == "4d"


def test_ctrl_x_cuts_the_rows_and_ctrl_v_puts_them_back_at_the_end(qtbot, window) -> None:
    select_cell(window, 4, "name")  # Build
    press(qtbot, window, Qt.Key.Key_X, CTRL)
    assert [t for t, _ in rows(window)] == [1, 2, 3, 5]
    assert (
        QApplication.clipboard().text() == "4\tBuild\t3d\tThu 2027-01-07\tMon 2027-01-11\t3\t\t0.00\r\n"
    )  # no resources, Cost 0
    assert window.statusBar().currentMessage() == "Cut 1 task to the clipboard (Ctrl+Z undoes the cut)"
    assert window.session.undo_stack.count() == 1
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert [t for t, _ in rows(window)] == [1, 2, 3, 4, 5]
    assert len(close_and_reload(window).links) == 3


def test_ctrl_x_of_a_summary_asks_first_and_cuts_it_with_its_subtasks(qtbot, window, monkeypatch) -> None:
    from planner.ui.gantt.table import questions

    asked: list[str] = []
    QApplication.clipboard().setText("kept")
    monkeypatch.setattr(questions, "ask_delete_summary", lambda parent, text: asked.append(text) or False)
    select_cell(window, 1, "name")  # Design, with Spec and Review
    press(qtbot, window, Qt.Key.Key_X, CTRL)
    assert asked == ["This will delete the summary task 1 'Design' and its 2 subtasks."]
    assert QApplication.clipboard().text() == "kept" and len(rows(window)) == 5  # Cancel: nothing cut
    monkeypatch.setattr(questions, "ask_delete_summary", lambda parent, text: True)
    press(qtbot, window, Qt.Key.Key_X, CTRL)
    cut = QApplication.clipboard().text().splitlines()
    assert [line.split("\t")[1] for line in cut] == ["Design", "Spec", "Review"]
    assert [t for t, _ in rows(window)] == [4, 5]
    assert len(close_and_reload(window).tasks) == 2


def test_a_pasted_start_becomes_start_no_earlier_than_and_the_status_bar_says_so(qtbot, window) -> None:
    QApplication.clipboard().setText("Build\t3d\t2027-01-18\r\n")
    select_cell(window, 4, "name")
    press(qtbot, window, Qt.Key.Key_V, CTRL)
    assert window.statusBar().currentMessage() == (
        "Pasted 1 row, each pasted Start as Start No Earlier Than (Ctrl+Z undoes the paste)"
    )
    assert cell_text(window, 4, "start") == "Mon 2027-01-18"
    assert close_and_reload(window).tasks[4].constraint_type == "SNET"
