"""The Dashboard's Overview on the real window: the demo's tiles agree with `planner status`, an
item opens the tab and row it comes from, and an edit shows on the tiles a moment later."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from planner.cli import main as planner
from planner.core.communication.registers import ACTIONS, MEETINGS
from planner.core.quality.entities import CheckResult, Severity
from planner.core.quality.registers import CHECKLIST_ITEMS, DEFECTS
from planner.core.records.edits import add_record, delete_records, set_record_field
from planner.exchange.demo import demo_file_project
from planner.store.projectfile import ProjectFile
from planner.ui.dashboard.overview_page import OverviewPage


@pytest.fixture
def demo_path(tmp_path) -> Path:
    path = tmp_path / "portal.plandb"
    ProjectFile.create(path, demo_file_project()).close()
    return path


@pytest.fixture
def demo_window(qtbot, demo_path):
    from planner.ui.shell.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    assert main.open_path(demo_path)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    main.close()


def plugin(window, key: str):
    return next(p for p in window.plugins if p.key == key)


def overview(window) -> OverviewPage:
    """The Dashboard made current (its Overview shown and worked out)."""
    dashboard = plugin(window, "dashboard")
    window.tabs.setCurrentWidget(dashboard.page)
    page = dashboard.page.page(OverviewPage)
    assert page.isVisible() and not page.stale
    return page


def click_row(qtbot, card, row: int) -> None:
    tree = card.tree
    rect = tree.visualItemRect(tree.topLevelItem(row))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_dashboard_is_the_last_tab_and_its_tiles_say_what_planner_status_says(
    demo_window, demo_path, capsys
) -> None:
    assert demo_window.tabs.tabText(demo_window.tabs.count() - 1) == "&Dashboard"
    page = overview(demo_window)
    capsys.readouterr()
    assert planner(["status", str(demo_path), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    for area, tile in page.tiles.items():
        rating = status[area.lower()]
        assert tile.badge.text() == ("N/A" if rating["rag"] == "n/a" else rating["rag"].upper())
        assert tile.reading.text().rstrip(".").lower() == rating["reading"].lower()
        assert rating["rule"] in tile.toolTip() and rating["rule"] in tile.rule.text()
    assert page.overall.text() == "RED" and "Red from schedule, cost, risk" in page.overall_words.text()
    milestones = page.lists["Next milestones"].tree.texts()
    assert [int(row[0]) for row in milestones] == [m["id"] for m in status["milestones"]]
    assert milestones[0] == ["13", "Requirements signed off", "Mon 22 Feb 2027", "+11 wd"]
    assert page.figures.values["SPI / CPI"].text() == "0.62 / 0.90"
    assert page.figures.values["Slip"].text() == "+1 wd"


def test_clicking_a_milestone_shows_it_selected_in_the_gantt(qtbot, demo_window) -> None:
    page = overview(demo_window)
    click_row(qtbot, page.lists["Next milestones"], 1)  # Design approved, row 23
    gantt = plugin(demo_window, "gantt")
    assert demo_window.tabs.currentWidget() is gantt.page
    table = gantt.gantt.table
    assert table.currentIndex().siblingAtColumn(0).data(Qt.ItemDataRole.DisplayRole) == "23"
    assert demo_window.session.project.tasks[table.selected_task_ids()[0]].name == "Design approved"


def test_enter_on_a_top_risk_opens_the_register_at_it_past_a_filter(qtbot, demo_window) -> None:
    risk_tab = plugin(demo_window, "risks")
    register = risk_tab.risk_page.register
    register.search.setText("no risk is called this")
    page = overview(demo_window)
    tree = page.lists["Top risks"].tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert demo_window.tabs.currentWidget() is risk_tab.page
    assert risk_tab.risk_page.tabs.currentWidget() is register
    assert register.table.current_risk_id() == 1  # R1, the CRM partner's API, scores 16


def test_a_defect_made_critical_turns_the_quality_tile_red(qtbot, demo_window) -> None:
    page = overview(demo_window)
    session = demo_window.session
    assert page.tiles["Quality"].badge.text() == "RED"  # the demo's critical defect, its audit's failed item
    assert session.attempt(lambda p: delete_records(p, DEFECTS, list(p.defects)), pytest.fail)
    for item in [i for i in session.project.checklist_items.values() if i.result is CheckResult.FAIL]:
        assert session.attempt(lambda p, i=item.id: set_record_field(p, CHECKLIST_ITEMS, i, "result", "pass"),
                               pytest.fail)  # fmt: skip
    qtbot.waitUntil(lambda: page.tiles["Quality"].badge.text() == "GREEN")  # other gates' open items are not due
    assert session.attempt(lambda p: add_record(p, DEFECTS, title="Checkout crashes on submit"), pytest.fail)
    qtbot.wait(400)
    assert page.tiles["Quality"].badge.text() == "GREEN"  # a minor defect
    defect = max(session.project.defects)
    assert session.attempt(lambda p: set_record_field(p, DEFECTS, defect, "severity", "critical"), pytest.fail)
    qtbot.waitUntil(lambda: page.tiles["Quality"].badge.text() == "RED")
    assert page.tiles["Quality"].reading.text().startswith("1 critical and 0 major defects open")
    assert page.figures.values["Open defects"].text() == "1"
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: page.tiles["Quality"].badge.text() == "GREEN")


def test_an_edit_while_another_tab_is_shown_is_worked_out_when_the_dashboard_is_shown(qtbot, demo_window) -> None:
    page = overview(demo_window)
    critical, major = (page.status.quality.measured[k] for k in ("open_critical", "open_major"))
    demo_window.tabs.setCurrentIndex(0)
    session = demo_window.session
    assert session.attempt(lambda p: add_record(p, DEFECTS, title="Typo", severity=Severity.MAJOR), pytest.fail)
    qtbot.wait(400)
    assert page.stale  # not worked out while hidden
    overview(demo_window)
    assert page.tiles["Quality"].reading.text().startswith(f"{critical} critical and {major + 1} major defects open")


def test_clicking_an_overdue_action_opens_the_meetings_page_at_it(qtbot, demo_window) -> None:
    session = demo_window.session
    assert session.attempt(lambda p: add_record(p, MEETINGS, title="Steering committee #2", held=date(2027, 2, 1)),
                           pytest.fail)  # fmt: skip
    meeting = max(session.project.meetings)
    assert session.attempt(
        lambda p: add_record(p, ACTIONS, title="Send the minutes", meeting_id=meeting, due=date(2027, 2, 3)),
        pytest.fail,
    )
    action = max(session.project.action_items)
    page = overview(demo_window)
    card = page.lists["Overdue actions"]
    qtbot.waitUntil(lambda: any("Send the minutes" in row[1] for row in card.tree.texts()))
    row = next(i for i, texts in enumerate(card.tree.texts()) if "Send the minutes" in texts[1])
    assert card.tree.texts()[row][:2] == ["Wed 03 Feb 2027", f"A{action} Send the minutes"]
    assert row == 0  # the longest overdue first
    click_row(qtbot, card, row)
    stakeholders = plugin(demo_window, "stakeholders")
    assert demo_window.tabs.currentWidget() is stakeholders.page
    shown = stakeholders.page.current()
    assert shown.title == "&Meetings"
    actions = stakeholders.page.register("action_items")
    assert actions.current_id() == action
    assert stakeholders.page.register("meetings").current_id() == meeting


def test_a_row_no_tab_shows_is_said_in_the_status_bar(demo_window) -> None:
    page = overview(demo_window)
    page.open_item("tasks", 99_999)
    assert "cannot show" in demo_window.statusBar().currentMessage()


def test_the_trends_page_is_second_and_a_snapshot_opens_there(demo_window) -> None:
    from planner.ui.trends.page import TrendsPage

    dashboard = plugin(demo_window, "dashboard").page
    assert [dashboard.tabs.tabText(i) for i in range(dashboard.tabs.count())] == ["&Overview", "&Trends"]
    snapshot = max(demo_window.session.project.snapshots)
    assert demo_window.reveal("snapshots", snapshot)
    trends = dashboard.page(TrendsPage)
    assert demo_window.tabs.currentWidget() is dashboard and dashboard.tabs.currentWidget() is trends
    assert trends.selected_ids() == {snapshot}
