"""Level Resources on the real window: options, the job with a preview, Apply as one undo
step that survives a reopen, Clear Leveling, and the Leveling Delay column."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from planner.core.model.duration import Duration
from planner.core.model.entities import Assignment, Link, Resource, Task
from planner.core.model.factory import new_project
from planner.store.projectfile import ProjectFile
from planner.ui.gantt.table.columns import column_index

from ..helpers import cell_text, close_and_reload, table_of
from ..menus import menu_action

DAY = 480


@pytest.fixture
def team_window(qtbot, tmp_path):
    """Ana on Design (3d) and Build API (2d) at once; Test (2d) after Build API; Bo on Docs (4d)."""
    from planner.ui.shell.main_window import MainWindow

    project = new_project("Team", datetime(2027, 1, 4, 8, 0))
    project.tasks[1] = Task(1, "Design", position=1, duration=Duration(3 * DAY))
    project.tasks[2] = Task(2, "Build API", position=2, duration=Duration(2 * DAY))
    project.tasks[3] = Task(3, "Test", position=3, duration=Duration(2 * DAY))
    project.tasks[4] = Task(4, "Docs", position=4, duration=Duration(4 * DAY))
    project.links[1] = Link(1, 2, 3)
    project.resources = {1: Resource(1, "Ana"), 2: Resource(2, "Bo")}
    project.assignments = {1: Assignment(1, 1, 1), 2: Assignment(2, 2, 1), 3: Assignment(3, 4, 2)}
    path = tmp_path / "team.plandb"
    ProjectFile.create(path, project).close()
    main = MainWindow()
    qtbot.addWidget(main)
    assert main.open_path(path)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main


def open_level_dialog(qtbot, window):
    action = menu_action(window, "Project", "Level Resources")
    assert action.isEnabled()
    action.trigger()
    dialog = window.level_actions.dialog
    qtbot.waitExposed(dialog)
    return dialog


def level_now(qtbot, window, dialog):
    qtbot.mouseClick(dialog.level_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.level_actions.preview is not None and window.level_actions.preview.isVisible())
    return window.level_actions.preview


def test_level_shows_a_preview_then_applies_one_undoable_edit_kept_in_the_file(qtbot, team_window, tmp_path):
    window = team_window
    dialog = open_level_dialog(qtbot, window)
    dialog.grab().save(str(tmp_path.parent / "level-dialog.png"))
    preview = level_now(qtbot, window, dialog)
    preview.grab().save(str(tmp_path.parent / "level-preview.png"))
    assert preview.table.rowCount() == 1
    row = [preview.table.item(0, c).text() for c in range(preview.table.columnCount())]
    assert row == [
        "1",
        "Design",
        "+2d",
        "Mon 2027-01-04 08:00",
        "Wed 2027-01-06 08:00",
        "Fri 2027-01-08 17:00",
        "waits 2d for Ana, busy on #2 Build API",
    ]
    assert "Thu 2027-01-07 17:00 → Fri 2027-01-08 17:00" in preview.summary.text()
    assert window.session.project.levelling_delays == {}  # nothing changes before Apply
    qtbot.mouseClick(preview.apply, Qt.MouseButton.LeftButton)
    assert [d.delay_minutes for d in window.session.project.levelling_delays.values()] == [2 * DAY]
    assert window.session.schedule.span(1)[0] == datetime(2027, 1, 6, 8, 0)
    assert "1 task delayed" in window.statusBar().currentMessage()
    table = table_of(window)
    table.header().setSectionHidden(column_index("leveling_delay"), False)
    assert cell_text(window, 1, "leveling_delay") == "2d" and cell_text(window, 2, "leveling_delay") == "0d"
    window.undo_action.trigger()
    assert window.session.project.levelling_delays == {}
    assert window.session.schedule.span(1)[0] == datetime(2027, 1, 4, 8, 0)
    window.redo_action.trigger()
    reopened = close_and_reload(window)
    assert [
        (d.task_id, d.delay_minutes, d.resource_id, d.waited_for_id) for d in reopened.levelling_delays.values()
    ] == [(1, 2 * DAY, 1, 2)]


def test_cancel_in_the_preview_changes_nothing_and_clear_leveling_removes_the_delays(qtbot, team_window):
    window = team_window
    preview = level_now(qtbot, window, open_level_dialog(qtbot, window))
    preview.reject()
    assert window.session.project.levelling_delays == {}
    preview = level_now(qtbot, window, open_level_dialog(qtbot, window))
    qtbot.mouseClick(preview.apply, Qt.MouseButton.LeftButton)
    assert len(window.session.project.levelling_delays) == 1
    dialog = open_level_dialog(qtbot, window)
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert window.session.project.levelling_delays == {}
    assert window.undo_action.text().replace("&", "") == "Undo Clear Leveling"


def test_selected_resources_without_a_tick_is_refused_next_to_the_choice(qtbot, team_window):
    window = team_window
    dialog = open_level_dialog(qtbot, window)
    dialog.chosen.setChecked(True)
    qtbot.mouseClick(dialog.level_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert dialog.problem.text() == "tick the resources to level, or level the entire project"
    item = dialog.resources.findItems("Bo", Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)
    preview = level_now(qtbot, window, dialog)
    assert preview.table.rowCount() == 0 and not preview.apply.isEnabled()


def test_the_resources_tab_levels_the_people_selected_there(qtbot, team_window):
    from ..resources.sheet_helpers import show_resources

    window = team_window
    show_resources(qtbot, window)
    table = window.page("resources").sheet.table
    table.select_resource(1, 0)
    menu_action(window, "Project", "Level Selected Resources").trigger()
    dialog = window.level_actions.dialog
    qtbot.waitExposed(dialog)
    ticked = [
        dialog.resources.item(i).text()
        for i in range(dialog.resources.count())
        if dialog.resources.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert dialog.chosen.isChecked() and ticked == ["Ana"]
    preview = level_now(qtbot, window, dialog)
    assert preview.table.item(0, 1).text() == "Design"


def test_levelling_shows_progress_and_cancel_changes_nothing(qtbot, team_window, monkeypatch):
    """The levelling pauses after its first step until Cancel is pressed, so the click lands mid-job."""
    import time

    from planner.core.progress import JobSteps
    from planner.ui.level import actions

    class SlowSteps(JobSteps):
        def at(self, fraction: float) -> None:
            super().at(fraction)
            deadline = time.monotonic() + 10
            while not self.cancelled() and time.monotonic() < deadline:
                time.sleep(0.01)

    monkeypatch.setattr(actions, "JobSteps", SlowSteps)
    window = team_window
    dialog = open_level_dialog(qtbot, window)
    qtbot.mouseClick(dialog.level_button, Qt.MouseButton.LeftButton)
    status = window.job_status
    qtbot.waitUntil(lambda: status.isVisible() and status.bar.maximum() > 0)
    assert status.name.text() == "Leveling resources…"
    qtbot.mouseClick(status.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=30000)
    assert window.level_actions.preview is None and window.session.project.levelling_delays == {}
    assert window.statusBar().currentMessage() == "Leveling resources cancelled; nothing was written"
