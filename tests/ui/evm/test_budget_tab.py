"""Earned value on the real window's Budget tab: the KPI strip over the page, the charts beside the table,
following an expense typed into the ledger."""

from __future__ import annotations

from datetime import date

import pytest

from planner.core.edits.edit import Edit, Put
from planner.core.model.costs import Expense
from planner.store.projectfile import ProjectFile
from tests.core.evm.worked import DESIGN, baselined_with_progress


@pytest.fixture
def project_file(tmp_path):
    path = tmp_path / "worked.plandb"
    ProjectFile.create(path, baselined_with_progress()).close()
    return path


def budget_page(window):
    index = next(i for i in range(window.tabs.count()) if window.tabs.tabText(i).replace("&", "") == "Budget")
    window.tabs.setCurrentIndex(index)
    return window.page("budget")


def test_the_budget_tab_shows_the_kpis_and_the_earned_value_charts(qtbot, window, tmp_path) -> None:
    page = budget_page(window)
    widgets = page.earned_value
    tiles = widgets.strip.tiles
    assert tiles["bac"].value.text() == "€22,000" and tiles["spi"].value.text() == "0.94"
    titles = [page.charts.tabText(i) for i in range(page.charts.count())]
    assert titles[-3:] == ["S-curve", "Cash flow", "Burn rate"]
    page.charts.setCurrentIndex(titles.index("S-curve"))
    qtbot.waitUntil(lambda: widgets.charts["S-curve"].figure is not None)
    invoice = Expense(window.session.project.next_id("expenses"), date(2027, 1, 14), 2_000.0, task_id=DESIGN)
    window.session.run(Edit("Add expense", (Put("expenses", None, invoice),)))
    qtbot.waitUntil(lambda: tiles["ac"].value.text() == "€15,200")
    assert tiles["cpi"].value.text() == "0.87" and "EV / AC" in tiles["cpi"].toolTip()
    window.grab().save(str(tmp_path / "budget.png"))
