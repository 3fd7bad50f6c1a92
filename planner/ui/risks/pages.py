"""The pages of the Risk tab, in the order they are shown: a new page is one entry here."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from planner.ui.risks.page_base import RiskPage
from planner.ui.risks.register_page import RegisterPage
from planner.ui.risks.trend_page import TrendPage
from planner.ui.session import Session
from planner.ui.simulation.page import SimulationPage
from planner.ui.tabs import TabHost


class SimulationRiskPage(RiskPage):
    """The montecarlo part's Simulation page (planner.ui.simulation), on the window's job runner."""

    title = "&Simulation"

    def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
        super().__init__(session, host, parent)
        self.simulation = SimulationPage(session, host.jobs, host.status, self)  # type: ignore[attr-defined]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.simulation)


PAGES: tuple[type[RiskPage], ...] = (RegisterPage, TrendPage, SimulationRiskPage)
