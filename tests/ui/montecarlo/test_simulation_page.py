"""The Simulation page on the real window's session and job runner: Run, read P80, undo,
reopen and find the result with its date; Cancel keeps nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from planner.core.model.estimates import TaskEstimate
from planner.store.projectfile import ProjectFile
from planner.ui.simulation.page import SimulationPage

from ..helpers import reload, small_project


@pytest.fixture
def project_file(tmp_path):
    project = small_project()
    project.task_estimates = {1: TaskEstimate(1, 4, 2 * 480, 3 * 480, 8 * 480), 2: TaskEstimate(2, 2, 480, 960, 1920)}
    path = tmp_path / "relaunch.plandb"
    ProjectFile.create(path, project).close()
    return path


def page_of(qtbot, window) -> SimulationPage:
    page = SimulationPage(window.session, window.jobs, window.status)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def test_run_shows_p80_finish_and_cost_and_the_file_keeps_them(qtbot, window) -> None:
    page = page_of(qtbot, window)
    assert page.figure_text("P80") == "-" and "No simulation yet" in page.when.text()
    page.runs.setValue(2000)
    page.seed.setValue(3)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=60000)
    assert "Simulated 2,000 runs" in window.statusBar().currentMessage()
    assert page.when.text().startswith("Last run ") and "2,000 runs, seed 3" in page.when.text()
    p80 = page.figure_text("P80")
    assert p80.startswith("finish ") and "cost " in p80
    assert "chance" in page.figure_text("Planned")
    assert page.charts.count() == 4 and page.tasks.rowCount() == 4 and page.milestones.rowCount() == 1
    assert page.tasks.item(0, 2).text() == "100%"  # the chain: every task critical in every run
    page.grab().save("/tmp/montecarlo-page.png")
    project = reload_after_close(window)
    (stored,) = project.simulations.values()
    assert (stored.runs, stored.seed, len(stored.costs)) == (2000, 3, 2000)


def reload_after_close(window):
    path = window.session.document.path
    window.close_project()
    return reload(path)


def test_undo_takes_the_result_back_and_a_reopen_shows_it_with_its_date(qtbot, window, project_file) -> None:
    page = page_of(qtbot, window)
    page.runs.setValue(500)
    page.run()
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=60000)
    shown = page.figure_text("P80")
    window.session.undo_stack.undo()
    assert page.figure_text("P80") == "-"
    window.session.undo_stack.redo()
    assert page.figure_text("P80") == shown
    when = page.when.text()
    page.close()
    window.close_project()
    assert window.open_path(project_file)
    again = page_of(qtbot, window)
    assert again.when.text() == when and again.figure_text("P80") == shown


def test_cancel_keeps_nothing(qtbot, window) -> None:
    page = page_of(qtbot, window)
    page.runs.setValue(100_000)
    page.run()
    assert not page.run_button.isEnabled()
    window.jobs.cancel()
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=60000)
    assert "cancelled" in window.statusBar().currentMessage()
    assert page.run_button.isEnabled() and window.session.project.simulations == {}
    assert not window.session.undo_stack.canUndo()


def test_the_risk_tab_has_the_simulation_page_and_its_run_button_runs_it(qtbot, window) -> None:
    from planner.ui.risks.pages import SimulationRiskPage

    risk_tab = window.page("risks")
    window.tabs.setCurrentWidget(risk_tab)
    holder = risk_tab.page(SimulationRiskPage)
    risk_tab.tabs.setCurrentWidget(holder)
    page = holder.simulation
    assert isinstance(page, SimulationPage) and page.isVisible()
    page.runs.setValue(300)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=60000)
    assert page.figure_text("P80").startswith("finish ") and page.charts.count() == 4
    window.grab().save("/tmp/montecarlo-risk-tab.png")


def test_the_risk_tab_has_the_simulation_page_and_project_run_simulation_runs_it(qtbot, window) -> None:
    from planner.ui.risks.pages import SimulationRiskPage

    plugin = next(p for p in window.plugins if p.key == "risks")
    risk_page = window.page("risks")
    page = risk_page.page(SimulationRiskPage).simulation
    assert isinstance(page, SimulationPage)
    window.tabs.setCurrentWidget(risk_page)
    assert window.current_tab() is plugin and plugin.run_simulation.isEnabled()
    page.runs.setValue(300)
    plugin.run_simulation.trigger()
    assert risk_page.tabs.currentWidget() is risk_page.page(SimulationRiskPage)
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=60000)
    assert page.figure_text("P80").startswith("finish ")
    window.tabs.setCurrentIndex(0)
    assert not plugin.run_simulation.isEnabled()
    assert len(reload_after_close(window).simulations) == 1
