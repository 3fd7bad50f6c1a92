"""Record Status in the window and the Trends page, driven as a PM does: menu, buttons, Delete, undo."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from planner.core.trends.series import EMPTY_TEXT
from planner.exchange.demo import demo_project
from planner.store.document import Document
from planner.store.projectfile import ProjectFile
from planner.ui.session import Session
from planner.ui.trends import questions
from planner.ui.trends.page import TrendsPage
from planner.ui.trends.snapshot_model import SnapshotModel

from ..helpers import close_and_reload


class Host:
    """What the page needs of the window: a status bar line, a parent for its questions."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.lines: list[tuple[str, bool]] = []
        self.widget = QWidget()

    def status(self, text: str, error: bool = False, timeout: int = 10000) -> None:
        self.lines.append((text, error))

    def window(self) -> QWidget:
        return self.widget


@pytest.fixture
def demo_session(tmp_path, qapp):
    path = tmp_path / "demo.plandb"
    ProjectFile.create(path, demo_project()).close()
    session = Session(Document.open(path))
    yield session
    session.close()


@pytest.fixture
def page(qtbot, demo_session):
    host = Host(demo_session)
    shown = TrendsPage(demo_session, host)
    qtbot.addWidget(shown)
    shown.resize(1280, 760)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def figure_titles(page: TrendsPage) -> list[str]:
    return [axes.get_title() for axes in page.canvas.figure.axes]


def figure_texts(page: TrendsPage) -> list[str]:
    return [t.get_text() for axes in page.canvas.figure.axes for t in axes.texts]


def test_the_snapshot_model_passes_the_model_tester(qtmodeltester, demo_session):
    qtmodeltester.check(SnapshotModel(demo_session))


def test_the_page_lists_the_demo_snapshots_and_picks_a_chart(qtbot, page):
    model = page.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "4 Jan 2027", "18 Jan 2027", "1 Feb 2027", "15 Feb 2027"
    ]  # fmt: skip
    assert model.index(3, 2).data() == "0.62" and model.index(3, 3).data() == "0.90"
    assert figure_titles(page)[0] == "SPI and CPI"
    qtbot.mouseClick(page.findChild(type(page.record_button), "trend-milestones"), Qt.MouseButton.LeftButton)
    assert figure_titles(page)[0] == "Milestone trend analysis"
    assert not page.hint.isVisible()


def test_delete_removes_a_snapshot_from_table_and_chart_and_undo_brings_it_back(qtbot, page, demo_session):
    page.show_chart("burnup")
    page.select_snapshot(1)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 3
    assert page.host.lines[-1][0].startswith("Status of 4 Jan 2027 deleted")
    done = next(line for line in page.canvas.figure.axes[0].get_lines() if line.get_label() == "Work done")
    assert len(done.get_xdata()) == 3
    demo_session.undo_stack.undo()
    assert page.model.rowCount() == 4
    done = next(line for line in page.canvas.figure.axes[0].get_lines() if line.get_label() == "Work done")
    assert len(done.get_xdata()) == 4


def test_recording_again_asks_before_replacing(qtbot, page, demo_session, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(questions, "ask_replace", lambda parent, day: asked.append(day) or False)
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert asked == ["15 Feb 2027"] and demo_session.undo_stack.count() == 0
    monkeypatch.setattr(questions, "ask_replace", lambda parent, day: True)
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert demo_session.undo_stack.count() == 1 and page.model.rowCount() == 4
    assert page.host.lines[-1][0].startswith("Status recorded for 15 Feb 2027 (SPI 0.62, CPI 0.90), replacing")


def test_fewer_than_two_snapshots_show_the_hint(qtbot, page, demo_session):
    page.table.selectAll()
    page.delete_selected()
    assert page.model.rowCount() == 0 and page.hint.isVisible()
    assert EMPTY_TEXT in figure_texts(page)


def test_project_record_status_sets_a_missing_status_date_in_one_undo_step(window, monkeypatch):
    monkeypatch.setattr(questions, "ask_status_date", lambda parent, today: "2027-01-06")
    window.project_menu.record_status.trigger()
    project = window.session.project
    assert project.status_date == datetime(2027, 1, 6, 17, 0)
    assert len(project.snapshots) == 1
    assert window.statusBar().currentMessage().startswith("Status recorded for 6 Jan 2027 (SPI —, CPI —)")
    window.session.undo_stack.undo()
    assert project.status_date is None and not project.snapshots
    window.session.undo_stack.redo()
    reopened = close_and_reload(window)
    assert reopened.status_date == datetime(2027, 1, 6, 17, 0)
    (snapshot,) = reopened.snapshots.values()
    assert [m.name for m in reopened.snapshot_milestones.values()] == ["Launch"]
    assert snapshot.status_date == reopened.status_date


def test_a_status_date_that_cannot_be_read_is_refused_with_nothing_changed(window, monkeypatch):
    monkeypatch.setattr(questions, "ask_status_date", lambda parent, today: "the 6th")
    window.project_menu.record_status.trigger()
    assert not window.session.project.snapshots and window.session.undo_stack.count() == 0
    assert "Status not recorded" in window.statusBar().currentMessage()


def test_the_trends_page_is_the_dashboards_second_and_follows_record_status(qtbot, window, monkeypatch):
    dashboard = next(p for p in window.plugins if p.key == "dashboard").dashboard
    assert dashboard.tabs.tabText(1) == "&Trends"
    page = dashboard.page(TrendsPage)
    window.tabs.setCurrentWidget(dashboard)
    dashboard.tabs.setCurrentWidget(page)
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 0 and page.hint.isVisible()
    monkeypatch.setattr(questions, "ask_status_date", lambda parent, today: "2027-01-06")
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1 and page.model.index(0, 0).data() == "6 Jan 2027"
    window.session.undo_stack.undo()
    assert page.model.rowCount() == 0
