"""What a new user met in the first hour with the demo project, driven on the real main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from planner.exchange.demo import demo_project
from planner.store.projectfile import ProjectFile

from .helpers import cell_text

INITIATION = 1  # the demo's first phase: every subtask 100% complete


@pytest.fixture
def demo_window(qtbot, tmp_path: Path):
    from planner.ui.shell.main_window import MainWindow

    path = tmp_path / "demo.plandb"
    ProjectFile.create(path, demo_project()).close()
    main = MainWindow()
    qtbot.addWidget(main)
    assert main.open_path(path)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def _tooltip_of_bar(view, task_id: int) -> str:
    view.viewport().repaint()
    rect = view.frame.shapes[task_id].rect
    pos = QPoint(round(rect.x + min(rect.w / 2, 20)), round(rect.center_y))
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QHelpEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos)))
    text = QToolTip.text()
    QToolTip.hideText()
    return text


def test_a_complete_summary_is_shown_complete_not_critical(demo_window):
    view = demo_window.page("gantt").chart
    view.viewport().repaint()
    assert not view.frame.shapes[INITIATION].critical  # a blue summary bar, not red
    tip = _tooltip_of_bar(view, INITIATION)
    assert "Complete: 100%" in tip and "Critical" not in tip
    indicators = cell_text(demo_window, INITIATION, "indicators")
    assert indicators is None or "critical" not in indicators.lower()
    demo_window.page("gantt").grab().save("/tmp/fh_complete_summary.png")


def test_the_percent_column_shows_a_summarys_progress_rolled_up(demo_window):
    assert cell_text(demo_window, INITIATION, "percent") == "100%"
    requirements = 7  # partly done
    assert cell_text(demo_window, requirements, "percent") not in ("0%", "100%")


def _note(window):
    return window.page("gantt").table.refusal_note


@pytest.mark.parametrize(
    ("task_id", "key", "text", "said"),
    [
        (4, "duration", "abc", "not understood"),
        (2, "predecessors", "5", "loop"),
        (4, "predecessors", "99", "99"),
        (4, "start", "someday", "someday"),
    ],
)
def test_a_refused_cell_edit_is_said_beside_the_cell(qtbot, window, task_id, key, text, said):
    from planner.ui.gantt.table.columns import column_index

    from .helpers import type_into

    type_into(qtbot, window, task_id, key, text)
    qtbot.wait(50)  # the editor has closed and the focus is back on the table
    note = _note(window)
    assert note.isVisible()
    assert said in note.text().lower()
    assert said in window.statusBar().currentMessage().lower()
    table = window.page("gantt").table
    cell = table.visualRect(table.proxy_index(task_id, column_index(key)))
    assert abs(note.y() - cell.bottom()) < 8 or abs(note.geometry().bottom() - cell.top()) < 8
    window.grab().save(f"/tmp/fh_refusal_{key}.png")


def test_the_note_goes_away_when_the_user_clicks(qtbot, window):
    from PySide6.QtCore import Qt

    from .helpers import type_into

    type_into(qtbot, window, 4, "duration", "abc")
    assert _note(window).isVisible()
    qtbot.mouseClick(window.page("gantt").table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not _note(window).isVisible()


def test_the_first_window_fits_the_screen_with_its_frame(qtbot):
    from planner.ui.shell.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    available = main.screen().availableGeometry()
    assert available.contains(main.frameGeometry())
    status = main.statusBar()
    bottom = status.mapToGlobal(status.rect().bottomLeft()).y()
    assert bottom <= available.bottom()


def test_the_fit_leaves_room_for_a_title_bar_on_a_laptop_screen():
    from PySide6.QtCore import QMargins, QRect

    from planner.ui.shell.window_fit import fitted

    screen = QRect(0, 0, 1366, 768)
    client = fitted(screen, QMargins(1, 20, 1, 1))
    assert client.height() == 768 - 21 and client.width() == 1364
    assert client.top() == 20 and client.left() == 1
