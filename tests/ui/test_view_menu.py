"""The View menu drives the chart and the table; the screenshot mode renders the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog

from planner.ui.gantt.dialogs.column_chooser import ColumnChooser
from planner.ui.gantt.table.columns import column_index
from planner.ui.shell.app import run_gui

from .helpers import gantt_plugin, select_cell


def test_zoom_in_out_and_fit(window) -> None:
    chart, view = window.page("gantt").chart, gantt_plugin(window).view_actions
    start = chart.zoom
    view.zoom_in.trigger()
    assert chart.zoom > start
    view.zoom_out.trigger()
    view.zoom_out.trigger()
    assert chart.zoom < start
    view.fit.trigger()
    first, last = (
        chart.scale.x_of(window.session.project.start),
        chart.scale.x_of(window.session.schedule.project_finish),
    )
    assert 0 <= first < last <= chart.viewport().width()


def test_critical_path_toggle(window) -> None:
    gantt_plugin(window).view_actions.critical.trigger()
    assert window.page("gantt").chart.show_critical is False
    gantt_plugin(window).view_actions.critical.trigger()
    assert window.page("gantt").chart.show_critical is True


def test_go_to_selected_task_scrolls_the_chart_to_it(window) -> None:
    select_cell(window, 5, "name")
    gantt_plugin(window).view_actions.go_to.trigger()
    x = window.page("gantt").chart.scale.x_of(window.session.schedule.dates(5).start)
    assert 0 <= x < window.page("gantt").chart.viewport().width()


def test_column_chooser_shows_and_hides_columns(window, monkeypatch) -> None:
    def choose(dialog: ColumnChooser) -> int:
        wanted = {"Notes": Qt.CheckState.Checked, "Predecessors": Qt.CheckState.Unchecked}
        for row in range(dialog.list.count()):
            item = dialog.list.item(row)
            if item.text() in wanted:
                item.setCheckState(wanted[item.text()])
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnChooser, "exec", choose)
    gantt_plugin(window).view_actions.columns.trigger()
    header = window.page("gantt").table.header()
    assert not header.isSectionHidden(column_index("notes"))
    assert header.isSectionHidden(column_index("predecessors"))


def test_screenshot_of_the_gantt_tab(project_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "shot.png"
    assert run_gui(project_file, screenshot=target, tab="gantt", size=(900, 600)) == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == (900, 600)


@pytest.mark.parametrize("name", ["risks", "Risk", "RISK"])
def test_a_tab_is_found_by_its_key_or_its_title(window, name: str) -> None:
    from planner.ui.shell.app import select_tab

    assert select_tab(window, name)
    assert window.tabs.currentWidget() is window.page("risks")


def test_screenshot_of_a_missing_tab_fails_clearly(project_file: Path, tmp_path: Path, capsys) -> None:
    assert run_gui(project_file, screenshot=tmp_path / "x.png", tab="Timesheets") == 2
    assert "no tab 'Timesheets'" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_screenshot_of_the_start_page(tmp_path: Path) -> None:
    target = tmp_path / "start.png"
    assert run_gui(None, screenshot=target) == 0
    assert QImage(str(target)).width() == 1366
