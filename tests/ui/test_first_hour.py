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
    view = demo_window.gantt.chart
    view.viewport().repaint()
    assert not view.frame.shapes[INITIATION].critical  # a blue summary bar, not red
    tip = _tooltip_of_bar(view, INITIATION)
    assert "Complete: 100%" in tip and "Critical" not in tip
    indicators = cell_text(demo_window, INITIATION, "indicators")
    assert indicators is None or "critical" not in indicators.lower()
    demo_window.gantt.grab().save("/tmp/fh_complete_summary.png")


def test_the_percent_column_shows_a_summarys_progress_rolled_up(demo_window):
    assert cell_text(demo_window, INITIATION, "percent") == "100%"
    requirements = 7  # partly done
    assert cell_text(demo_window, requirements, "percent") not in ("0%", "100%")
