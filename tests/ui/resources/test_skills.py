"""Skills on the real window: the Skills List dialog, and a task's required skills in the task table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from ..helpers import close_and_reload, type_into
from ..menus import menu_action
from ..test_working_time import type_in_cell
from .sheet_helpers import show_resources, team_file
from .sheet_helpers import type_into as type_into_sheet


@pytest.fixture
def project_file(tmp_path):
    return team_file(tmp_path / "team.plandb")


def open_skills(qtbot, window):
    show_resources(qtbot, window)
    menu_action(window, "Project", "Skills List").trigger()
    dialog = next(p for p in window.plugins if p.key == "resources").dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_the_skills_list_adds_renames_and_deletes(qtbot, window, tmp_path):
    show_resources(qtbot, window)
    type_into_sheet(qtbot, window, 1, "skills", "Java 4; React 3")
    dialog = open_skills(qtbot, window)
    assert dialog.skill_names() == ["Java", "React"]
    assert dialog.table.item(0, 1).text() == "1"  # one person has Java
    qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Security")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.skill_names() == ["Java", "React", "Security"])
    type_in_cell(qtbot, dialog.table, 1, 0, "React.js")
    qtbot.waitUntil(lambda: dialog.skill_names() == ["Java", "React.js", "Security"])
    dialog.table.item(0, 0).setText("React.js")  # what committing the cell's editor does
    assert "has 'React.js' already" in dialog.problem.text()
    qtbot.waitUntil(lambda: dialog.skill_names()[0] == "Java")  # the refused name is put back
    dialog.table.setCurrentCell(0, 0)
    qtbot.mouseClick(dialog.delete, Qt.MouseButton.LeftButton)
    assert dialog.skill_names() == ["React.js", "Security"]
    assert window.session.undo_stack.undoText() == "Delete skill Java with 1 level"
    dialog.grab().save(str(tmp_path / "team-skills.png"))
    dialog.reject()
    project = close_and_reload(window)
    assert sorted(s.name for s in project.skills.values()) == ["React.js", "Security"]
    assert [r.level for r in project.resource_skills.values()] == [3]


def test_a_tasks_required_skills_are_typed_in_the_task_table(qtbot, window):
    from planner.ui.gantt.table.columns import column_index

    from ..helpers import table_of

    table_of(window).header().setSectionHidden(column_index("required_skills"), False)
    type_into(qtbot, window, 4, "required_skills", "React 3; Testing 2")
    assert "Added to the skills list: React, Testing" in window.statusBar().currentMessage()
    project = close_and_reload(window)
    needs = {project.skills[t.skill_id].name: t.min_level for t in project.task_skills.values() if t.task_id == 4}
    assert needs == {"React": 3, "Testing": 2}
