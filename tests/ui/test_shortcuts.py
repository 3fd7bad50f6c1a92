"""MS Project's keys on the task table, and undo/redo checked against the file itself."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel as Selection
from PySide6.QtCore import Qt

from planner.core.model.entities import LinkType

from .helpers import close_and_reload, rows, select_cell, table_of

ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
START = [(1, 1), (2, 2), (3, 2), (4, 1), (5, 1)]


def press(qtbot, window, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(table_of(window), key, modifiers)


def outline_of(project) -> dict[int, tuple[int | None, int]]:
    """task id -> (parent id, place among siblings), as the file orders them."""
    found = {}
    for task in project.tasks.values():
        siblings = [t for t in project.tasks.values() if t.parent_id == task.parent_id]
        order = [t.id for t in sorted(siblings, key=lambda t: t.position)]
        found[task.id] = (task.parent_id, order.index(task.id))
    return found


def test_insert_adds_a_task_above_ready_to_be_named(qtbot, window) -> None:
    select_cell(window, 4, "name")
    press(qtbot, window, Qt.Key.Key_Insert)
    assert rows(window) == [(1, 1), (2, 2), (3, 2), (6, 1), (4, 1), (5, 1)]
    assert table_of(window).current_task_id() == 6
    qtbot.keyClicks(table_of(window), "Q")  # typing names the new task
    from PySide6.QtWidgets import QApplication

    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "A")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    project = close_and_reload(window)
    assert project.tasks[6].name == "QA"
    assert outline_of(project)[6] == (None, 1)


def test_delete_removes_the_task_with_its_links(qtbot, window) -> None:
    select_cell(window, 3, "name")
    press(qtbot, window, Qt.Key.Key_Delete)
    assert rows(window) == [(1, 1), (2, 2), (4, 1), (5, 1)]
    assert table_of(window).current_task_id() == 2  # the cursor stays near
    project = close_and_reload(window)
    assert 3 not in project.tasks
    assert {(k.predecessor_id, k.successor_id) for k in project.links.values()} == {(4, 5)}


def test_indent_outdent_and_move_with_alt_shift_arrows(qtbot, window) -> None:
    select_cell(window, 4, "name")
    press(qtbot, window, Qt.Key.Key_Right, ALT_SHIFT)
    assert rows(window) == [(1, 1), (2, 2), (3, 2), (4, 2), (5, 1)]
    press(qtbot, window, Qt.Key.Key_Up, ALT_SHIFT)
    assert rows(window) == [(1, 1), (2, 2), (4, 2), (3, 2), (5, 1)]
    press(qtbot, window, Qt.Key.Key_Down, ALT_SHIFT)
    press(qtbot, window, Qt.Key.Key_Left, ALT_SHIFT)
    assert rows(window) == START
    assert table_of(window).current_task_id() == 4  # the task stays selected throughout
    select_cell(window, 4, "name")
    press(qtbot, window, Qt.Key.Key_Right, ALT_SHIFT)
    assert outline_of(close_and_reload(window))[4] == (1, 2)


def test_indenting_the_first_task_is_refused_with_a_reason(qtbot, window) -> None:
    select_cell(window, 1, "name")
    press(qtbot, window, Qt.Key.Key_Right, ALT_SHIFT)
    assert "cannot be indented" in window.statusBar().currentMessage()
    assert rows(window) == START


def test_ctrl_f2_links_the_selected_tasks_and_ctrl_shift_f2_unlinks(qtbot, window) -> None:
    table = table_of(window)
    select_cell(window, 2, "name")
    table.selectionModel().select(table.proxy_index(5), Selection.SelectionFlag.Select)
    press(qtbot, window, Qt.Key.Key_F2, CTRL)
    assert table.proxy_index(5, 6).data() == "2;4"
    press(qtbot, window, Qt.Key.Key_F2, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert table.proxy_index(5, 6).data() == "4"
    press(qtbot, window, Qt.Key.Key_F2, CTRL)
    links = close_and_reload(window).links.values()
    assert {(k.predecessor_id, k.type) for k in links if k.successor_id == 5} == {(2, LinkType.FS), (4, LinkType.FS)}


def test_undo_and_redo_sequence_reaches_the_file(qtbot, window, project_file) -> None:
    from .helpers import reload, type_into

    type_into(qtbot, window, 4, "duration", "5d")
    type_into(qtbot, window, 4, "name", "Build it")
    select_cell(window, 3, "name")
    press(qtbot, window, Qt.Key.Key_Delete)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # the task comes back
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # the name
    assert rows(window) == START
    assert table_of(window).proxy_index(4, 2).data() == "Build"
    press(qtbot, window, Qt.Key.Key_Y, CTRL)  # the name again
    press(qtbot, window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # and the deletion
    assert rows(window) == [(1, 1), (2, 2), (4, 1), (5, 1)]
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # deletion undone: the file is what the user sees
    project = close_and_reload(window)
    assert project.tasks[4].name == "Build it"
    assert project.tasks[4].duration.minutes == 5 * 480
    assert 3 in project.tasks
    assert {(k.predecessor_id, k.successor_id) for k in project.links.values()} == {(2, 3), (3, 4), (4, 5)}
    assert reload(project_file).tasks[3].name == "Review"


def test_undo_history_lists_the_steps(qtbot, window) -> None:
    from .helpers import type_into

    type_into(qtbot, window, 4, "duration", "5d")
    window.history_action.trigger()
    assert window.undo_dock.isVisible()
    model = window.undo_view.model()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["<opened>", "Change duration"]
