"""The KPI strip and the earned-value charts on a real session: the figures a PM reads, their signs
and rules, refreshed by an edit; every chart draws, with or without a baseline."""

from __future__ import annotations

from datetime import datetime

import pytest

from planner.core.edits.baseline_edits import save_baseline
from planner.core.edits.edit import Edit, Put
from planner.core.evm.health import Sign
from planner.core.model.costs import Expense
from planner.store.document import Document
from planner.store.projectfile import ProjectFile
from planner.ui.evm.charts_pane import CHARTS, EvmChartsPane
from planner.ui.evm.kpi_strip import KpiStrip
from planner.ui.session import Session
from tests.core.evm.worked import KICK_OFF, baselined_with_progress, planned_project


@pytest.fixture
def worked_session(tmp_path, qapp):
    path = tmp_path / "worked.plandb"
    ProjectFile.create(path, baselined_with_progress()).close()
    session = Session(Document.open(path))
    yield session
    session.close()


def test_the_strip_shows_the_hand_figures_with_signs_and_rules(qtbot, worked_session) -> None:
    strip = KpiStrip(worked_session)
    qtbot.addWidget(strip)
    tiles = strip.tiles
    assert tiles["bac"].value.text() == "€22,000"
    assert tiles["ac"].value.text() == "€13,200"  # work done at its rates: nothing overspent yet
    assert tiles["spi"].value.text() == "0.94" and tiles["spi"].sign is Sign.AMBER
    assert "EV / PV" in tiles["spi"].toolTip() and "0.90" in tiles["spi"].toolTip()
    assert "against Baseline" in strip.basis.text() and "no exchange rates" in strip.basis.text()
    # An invoice over budget on Design makes the cost side red, at once
    invoice = Expense(worked_session.project.next_id("expenses"), datetime(2027, 1, 14).date(), 2_000.0, task_id=1)
    worked_session.run(Edit("Add expense", (Put("expenses", None, invoice),)))
    assert tiles["ac"].value.text() == "€15,200"
    assert tiles["cpi"].value.text() == "0.87" and tiles["cpi"].sign is Sign.RED
    assert tiles["vac"].sign is Sign.RED


def test_without_a_baseline_the_strip_says_so_and_nothing_breaks(qtbot, tmp_path, qapp) -> None:
    path = tmp_path / "plain.plandb"
    ProjectFile.create(path, planned_project()).close()
    session = Session(Document.open(path))
    try:
        strip = KpiStrip(session)
        charts = EvmChartsPane(session)
        qtbot.addWidget(strip)
        qtbot.addWidget(charts)
        assert "No baseline saved" in strip.basis.text()
        assert strip.tiles["spi"].value.text() == "—" and "save a baseline" in strip.tiles["spi"].toolTip()
        for index in range(len(CHARTS)):
            charts.pages.setCurrentIndex(index)
            assert charts.canvas(index) is not None
        session.run(save_baseline(session.schedule, 0, KICK_OFF))
        assert "against Baseline" in strip.basis.text() and strip.tiles["bac"].value.text() == "€22,000"
    finally:
        session.close()


def test_each_chart_draws_its_series(qtbot, worked_session, tmp_path) -> None:
    pane = EvmChartsPane(worked_session)
    qtbot.addWidget(pane)
    pane.resize(900, 420)
    pane.show()
    s_curve = pane.canvas(0).figure.axes[0]
    labels = [line.get_label() for line in s_curve.get_lines()]
    assert labels[:3] == ["PV (planned value)", "EV (earned value)", "AC (actual cost)"]
    assert labels[3].startswith("EAC 22,000 by")
    pv = s_curve.get_lines()[0].get_ydata()
    assert pv[-1] == pytest.approx(22_000)  # PV at the baseline finish is BAC
    pane.pages.setCurrentIndex(1)
    cash = pane.canvas(1).figure.axes[0]
    assert [round(p.get_height()) for p in cash.patches][:2] == [18_000, 4_000]  # planned: Jan, Feb
    pane.pages.setCurrentIndex(2)
    assert pane.canvas(2).figure.axes[0].patches  # weekly bars
    pane.grab().save(str(tmp_path / "charts.png"))
