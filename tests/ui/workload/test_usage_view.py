"""The Resource Usage view: people with their assignments beneath, hours per period, red where over."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from planner.core.resources.assign_edit import assign_edit
from planner.core.resources.periods import Granularity
from planner.ui.workload.usage_model import FIRST_PERIOD
from planner.ui.workload.usage_view import UsageView


def _view(qtbot, session) -> UsageView:
    view = UsageView(session)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # so that shortcuts reach it
    return view


def _cells(view: UsageView, row: int) -> dict[str, str]:
    model = view.model
    rows = model.source
    return {
        rows.label(p): model.index(row, FIRST_PERIOD + p).data()
        for p in range(rows.periods)
        if model.index(row, FIRST_PERIOD + p).data()
    }


def _row_named(view: UsageView, name: str) -> int:
    model = view.model
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data().strip() == name)


def test_each_person_then_their_assignments_with_hours_by_week_and_over_weeks_in_red(qtbot, team_session) -> None:
    view = _view(qtbot, team_session)
    names = [view.model.index(r, 0).data().strip() for r in range(view.model.rowCount())]
    assert names == ["Ana Lima", "Build API", "Review", "Bo Berg", "Test"]
    ana = _row_named(view, "Ana Lima")
    assert view.model.index(ana, 1).data() == "72h"
    assert _cells(view, ana) == {"W01 2027": "56h", "W02 2027": "16h"}
    assert _cells(view, _row_named(view, "Review")) == {"W01 2027": "16h", "W02 2027": "16h"}
    week1 = FIRST_PERIOD + view.model.source.period_of(date(2027, 1, 4))
    assert view.model.index(ana, week1).data(Qt.ItemDataRole.BackgroundRole) is not None  # 56h of 40h
    assert view.model.index(ana, week1 + 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "56h of 40h (140%): over-allocated" in view.model.index(ana, week1).data(Qt.ItemDataRole.ToolTipRole)


def test_zooming_to_days_shows_the_two_over_allocated_days(qtbot, team_session) -> None:
    view = _view(qtbot, team_session)
    view.zoom.setCurrentIndex(0)  # Days, as a user picks it
    assert view.granularity is Granularity.DAY
    ana = _row_named(view, "Ana Lima")
    rows = view.model.source
    red = [
        rows.label(p)
        for p in range(rows.periods)
        if view.model.index(ana, FIRST_PERIOD + p).data(Qt.ItemDataRole.BackgroundRole)
    ]
    assert red == ["Thu 07 Jan", "Fri 08 Jan"]
    view.table.right.setFocus()
    qtbot.keyClick(view.table.right, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)  # zoom out
    assert view.granularity is Granularity.WEEK


def test_double_click_folds_a_person_s_assignments(qtbot, team_session) -> None:
    view = _view(qtbot, team_session)
    left = view.table.left
    ana = view.table.proxy.index(_row_named(view, "Ana Lima"), 0)
    rect = left.visualRect(ana)
    _double_click(qtbot, left, rect.center())
    assert [view.model.index(r, 0).data().strip() for r in range(view.model.rowCount())] == [
        "Ana Lima",
        "Bo Berg",
        "Test",
    ]
    left.setFocus()
    qtbot.keyClick(left, Qt.Key.Key_Return)  # Enter on the person unfolds them again
    assert view.model.rowCount() == 5


def _double_click(qtbot, view, point) -> None:
    """A double click as a mouse makes it: press and release, then the double click."""
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_an_edit_shows_at_once_and_its_undo_too(qtbot, team_session) -> None:
    view = _view(qtbot, team_session)
    team_session.run(assign_edit(team_session.project, 4, 2))  # Bo on "Write the UI"
    qtbot.waitUntil(lambda: view.model.rowCount() == 6)
    assert _cells(view, _row_named(view, "Write the UI")) == {"W03 2027": "40h"}
    team_session.undo_stack.undo()
    qtbot.waitUntil(lambda: view.model.rowCount() == 5)


def test_selecting_a_person_draws_their_graph(qtbot, team_session) -> None:
    view = _view(qtbot, team_session)
    view.select_resource(2)
    view.graph.draw()
    assert view.graph.canvas is not None
    (axes,) = view.graph.canvas.figure.axes
    assert axes.get_title(loc="left") == "Bo Berg: load against max units"
