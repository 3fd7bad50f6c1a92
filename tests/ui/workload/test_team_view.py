"""The Team view: per person, tasks this week / next week / late, load % by week."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from planner.core.edits.edit import Edit, Put, SetProject
from planner.ui.workload.team_model import FIRST_WEEK, LATE, NEXT_WEEK, PERSON, THIS_WEEK
from planner.ui.workload.team_view import TeamView


def _view(qtbot, session) -> TeamView:
    view = TeamView(session, today=date(2027, 1, 5))
    qtbot.addWidget(view)
    view.resize(1300, 500)
    view.show()
    return view


def _cell(view: TeamView, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return view.model.index(row, column).data(role)


def test_each_person_s_week_next_week_and_load(qtbot, team_session) -> None:
    view = _view(qtbot, team_session)
    assert [_cell(view, r, PERSON) for r in range(view.model.rowCount())] == ["Ana Lima", "Bo Berg"]
    assert _cell(view, 0, THIS_WEEK) == "#1 Build API, #2 Review"
    assert _cell(view, 0, NEXT_WEEK) == "#2 Review"
    assert _cell(view, 1, THIS_WEEK) == "" and _cell(view, 1, NEXT_WEEK) == "#3 Test"
    assert [_cell(view, 0, FIRST_WEEK + w) for w in range(3)] == ["140%", "40%", "0%"]
    assert _cell(view, 0, FIRST_WEEK, Qt.ItemDataRole.BackgroundRole) is not None  # over: red
    assert view.model.headerData(FIRST_WEEK, Qt.Orientation.Horizontal) == "W01\n04 Jan"


def test_late_tasks_are_named_from_the_status_date(qtbot, team_session) -> None:
    before = {"status_date": team_session.project.status_date}
    team_session.run(Edit("Status date", (SetProject(before, {"status_date": datetime(2027, 1, 11, 17)}),)))
    view = _view(qtbot, team_session)
    assert _cell(view, 0, LATE) == "#2 Review, #1 Build API"  # not started by Monday 11: moved past it, by finish
    assert view.title.text().startswith("Week of Mon 11 Jan 2027 (status date)")


def test_the_arrows_move_the_weeks_and_an_edit_updates_the_loads(qtbot, team_session) -> None:
    view = _view(qtbot, team_session)
    qtbot.mouseClick(view.later, Qt.MouseButton.LeftButton)
    assert view.model.headerData(FIRST_WEEK, Qt.Orientation.Horizontal) == "W02\n11 Jan"
    assert _cell(view, 1, FIRST_WEEK) == "40%"  # Bo: 16h of 40h
    test = next(a for a in team_session.project.assignments.values() if a.resource_id == 2)
    team_session.run(Edit("Unassign", (Put("assignments", test, None),)))
    qtbot.waitUntil(lambda: _cell(view, 1, FIRST_WEEK) == "0%")
