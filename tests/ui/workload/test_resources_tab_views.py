"""The Usage and Team views in the window's Resources tab, following edits made in the Gantt tab."""

from __future__ import annotations

from planner.core.resources.assign_edit import assign_edit
from planner.ui.workload.team_view import TeamView
from planner.ui.workload.usage_view import UsageView
from tests.ui.workload.test_find_resource import _open_window


def _show_view(window, title: str):
    page = window.page("resources")
    window.tabs.setCurrentIndex(next(i for i in range(window.tabs.count()) if "Resources" in window.tabs.tabText(i)))
    view = page.view(title)
    page.views.setCurrentWidget(view)
    return view


def test_the_resources_tab_has_usage_and_team_after_the_sheet(qtbot, team_file) -> None:
    window = _open_window(qtbot, team_file)
    views = window.page("resources").views
    assert [views.tabText(i) for i in range(views.count())][:3] == ["Sheet", "Usage", "Team"]
    usage = _show_view(window, "Usage")
    assert isinstance(usage, UsageView) and usage.model.rowCount() == 5
    assert isinstance(_show_view(window, "Team"), TeamView)
    window.close()


def test_an_assignment_made_while_the_usage_view_is_hidden_shows_when_it_is_shown(qtbot, team_file) -> None:
    window = _open_window(qtbot, team_file)
    usage = _show_view(window, "Usage")
    window.tabs.setCurrentIndex(0)  # back to the Gantt
    window.session.run(assign_edit(window.session.project, 4, 2))
    qtbot.wait(10)
    assert usage.model.rowCount() == 5  # not worked out while hidden
    _show_view(window, "Usage")
    qtbot.waitUntil(lambda: usage.model.rowCount() == 6)
    window.close()
