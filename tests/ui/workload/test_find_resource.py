"""Find Resource in the window: from a task, the people ranked with reasons; one click assigns, Ctrl+Z undoes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.ui.workload.find_resource import REASON, FindResourceDialog
from tests.ui.helpers import close_and_reload, select_cell
from tests.ui.menus import menu_action


def _open_window(qtbot, path):
    from planner.ui.shell.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    assert main.open_path(path)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def test_the_resource_menu_ranks_people_for_the_task_and_assign_puts_the_first_on_it(
    qtbot, team_file, monkeypatch
) -> None:
    window = _open_window(qtbot, team_file)
    seen: list[FindResourceDialog] = []

    def look(dialog: FindResourceDialog) -> int:
        seen.append(dialog)
        reasons = [dialog.table.item(r, REASON).text() for r in range(dialog.table.rowCount())]
        assert reasons == ["React 4 >= 3; 100% free in week 3", "React 2 < 3; 100% free in week 3"]
        assert dialog.table.item(0, 0).text() == "Ana Lima"
        qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
        assert dialog.table.item(0, 0).text() == "Ana Lima (assigned)"
        qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)  # again: refused, said why
        assert "Ana Lima is already assigned to 'Write the UI'" in dialog.message.text()
        return 0

    monkeypatch.setattr(FindResourceDialog, "exec", look)
    select_cell(window, 4, "name")
    menu_action(window, "Resource", "Find Resource").trigger()
    assert len(seen) == 1 and "Write the UI" in seen[0].windowTitle()
    (added,) = [a for a in window.session.project.assignments.values() if a.task_id == 4]
    assert (added.resource_id, added.units, added.work_minutes) == (1, 1.0, 5 * 480)
    window.session.undo_stack.undo()
    assert not [a for a in window.session.project.assignments.values() if a.task_id == 4]
    window.session.undo_stack.redo()
    kept = close_and_reload(window)  # it survives a reopen
    assert [(a.resource_id, a.units) for a in kept.assignments.values() if a.task_id == 4] == [(1, 1.0)]
    window.close()


def test_the_task_table_s_context_menu_offers_find_resource(qtbot, team_file) -> None:
    window = _open_window(qtbot, team_file)
    table = window.page("gantt").table
    assert "Find Resource…" in [a.text().replace("&", "") for a in table.context_actions if a is not None]
    window.close()
