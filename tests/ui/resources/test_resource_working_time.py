"""A resource's working time on the real window: Ana works Mon-Thu, Bo is off 1-12 March; undo; reopen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from planner.core.schedule.resource_calendar import resource_worktime

from ..helpers import close_and_reload
from ..menus import menu_action, retype
from ..test_working_time import type_in_cell
from .sheet_helpers import cell, select, show_resources, team_file


@pytest.fixture
def project_file(tmp_path):
    return team_file(tmp_path / "team.plandb")


def open_for(qtbot, window, resource_id: int):
    show_resources(qtbot, window)
    select(window, resource_id, "name")
    menu_action(window, "Project", "Resource Working Time").trigger()
    dialog = next(p for p in window.plugins if p.key == "resources").dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_ana_works_monday_to_thursday_and_bo_takes_a_vacation(qtbot, window, tmp_path):
    dialog = open_for(qtbot, window, 1)
    assert dialog.windowTitle() == "Change Working Time for Ana"
    assert dialog.week[4].text() == "08:00-12:00, 13:00-17:00"  # the project's week, to start from
    retype(qtbot, dialog.week[4], "")
    dialog.grab().save(str(tmp_path / "team-working-time.png"))
    qtbot.keyClick(dialog.week[4], Qt.Key.Key_Return)
    assert window.session.undo_stack.undoText() == "Change working time of Ana"
    assert cell(window, 1, "calendar_id") == "Standard + own"

    dialog = open_for(qtbot, window, 2)
    qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    type_in_cell(qtbot, dialog.exceptions, 0, 0, "Vacation")
    type_in_cell(qtbot, dialog.exceptions, 0, 1, "2027-03-01")
    type_in_cell(qtbot, dialog.exceptions, 0, 2, "2027-03-12")
    qtbot.keyClick(dialog.week[0], Qt.Key.Key_Return)

    project = close_and_reload(window)
    ana = resource_worktime(project, project.resources[1])
    bo = resource_worktime(project, project.resources[2])
    assert not ana.is_working_day(date(2027, 3, 5)) and ana.is_working_day(date(2027, 3, 4))
    assert not bo.is_working_day(date(2027, 3, 8)) and bo.is_working_day(date(2027, 2, 26))
    assert project.calendars[project.resources[2].calendar_id].inherits_week  # Bo keeps the project's week


def test_undo_takes_the_persons_own_calendar_back(qtbot, window):
    dialog = open_for(qtbot, window, 1)
    retype(qtbot, dialog.week[0], "")
    qtbot.keyClick(dialog.week[0], Qt.Key.Key_Return)
    assert window.session.project.resources[1].calendar_id is not None
    window.session.undo_stack.undo()
    project = close_and_reload(window)
    assert project.resources[1].calendar_id is None and len(project.calendars) == 1


def test_a_week_without_work_is_refused_and_the_dialog_stays(qtbot, window):
    dialog = open_for(qtbot, window, 1)
    for line in dialog.week:
        retype(qtbot, line, "")
    qtbot.keyClick(dialog.week[0], Qt.Key.Key_Return)
    assert dialog.isVisible() and "has no working time in its week" in dialog.problem.text()
    assert window.session.undo_stack.count() == 0
