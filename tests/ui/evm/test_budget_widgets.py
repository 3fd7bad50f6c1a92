"""The earned-value widgets placed on a page with the Budget tab's hooks (add_top, add_chart, refreshed)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from planner.core.cost import project_costs
from planner.store.document import Document
from planner.store.projectfile import ProjectFile
from planner.ui.evm.budget_widgets import CHART_TITLES, add_evm_widgets
from planner.ui.session import Session
from tests.core.evm.worked import baselined_with_progress


class HookedPage(QWidget):
    """The Budget page's hooks and nothing else."""

    refreshed = Signal(object)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.layout_ = QVBoxLayout(self)
        self.charts = QTabWidget(self)
        self.layout_.addWidget(self.charts)

    def add_top(self, widget: QWidget) -> None:
        self.layout_.insertWidget(0, widget)

    def add_chart(self, title: str, widget: QWidget) -> None:
        self.charts.addTab(widget, title)


@pytest.fixture
def page(tmp_path, qtbot):
    path = tmp_path / "worked.plandb"
    ProjectFile.create(path, baselined_with_progress()).close()
    session = Session(Document.open(path))
    page = HookedPage(session)
    qtbot.addWidget(page)
    yield page
    session.close()


def test_the_strip_and_charts_take_their_places_and_follow_the_pages_costs(page) -> None:
    widgets = add_evm_widgets(page)
    assert [page.charts.tabText(i) for i in range(page.charts.count())] == list(CHART_TITLES)
    page.refreshed.emit(None)
    assert widgets.value is None  # hidden: nothing worked out (opening a file pays nothing for it)
    page.resize(900, 600)
    page.show()
    assert widgets.strip.tiles["spi"].value.text() == "0.94"
    assert widgets.charts["S-curve"].figure is not None  # drawn when shown
    assert widgets.charts["Burn rate"].figure is None  # not until its tab is
    page.charts.setCurrentIndex(2)
    assert widgets.charts["Burn rate"].figure is not None
    costs = project_costs(page.session.project, page.session.schedule)
    page.refreshed.emit(costs)
    assert widgets.value.costs is costs  # one cost pass for the whole tab
