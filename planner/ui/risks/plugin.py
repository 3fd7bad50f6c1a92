"""The Risk tab's registration: its page, its Edit menu entries and its part of the status bar."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from planner.core.edits.changes import Changes
from planner.core.risk.entities import RiskStatus
from planner.core.risk.register import register_lines, review_day, reviews_due
from planner.core.risk.scoring import contingency_reserve
from planner.ui.risks.pages import SimulationRiskPage
from planner.ui.risks.risk_actions import RiskActions
from planner.ui.risks.risk_tab_page import RiskTabPage
from planner.ui.session import Session
from planner.ui.tabs import MenuEntries, Tab, TabHost


class RiskTabPlugin(Tab):
    key = "risks"
    title = "Risk"

    def __init__(self, host: TabHost) -> None:
        super().__init__(host)
        self.risk_actions = RiskActions(host)
        self.run_simulation = QAction("Run &Simulation", host.window())
        self.run_simulation.setStatusTip(
            "Monte Carlo: the finish and cost of the project run many times with its risks"
        )
        self.run_simulation.triggered.connect(lambda _checked=False: self._run_simulation())
        self.summary = QLabel()
        self.summary.setContentsMargins(8, 0, 8, 0)
        self.session: Session | None = None

    @property
    def risk_page(self) -> RiskTabPage | None:
        return self.page if isinstance(self.page, RiskTabPage) else None

    def open(self, session: Session) -> QWidget:
        self.session = session
        page = RiskTabPage(session, self.host)
        register = page.register
        register.table.context_actions = self.risk_actions.context_menu_actions()
        register.table.info_requested.connect(self.risk_actions.show_info)
        self.risk_actions.bind(page)
        session.changed.connect(self._update_summary)
        self._update_summary()
        return page

    def close(self) -> None:
        if self.risk_page is not None:
            self.risk_page.close_pages()
        self.risk_actions.bind(None)
        self.session = None
        self.summary.clear()

    def reveal(self, table: str, record_id: int) -> bool:
        """A risk: the Register page, the risk selected (a filter that hides it cleared)."""
        page = self.risk_page
        if table != "risks" or page is None or record_id not in page.session.project.risks:
            return False
        page.show_risk(record_id)
        return True

    def actions(self) -> list[QAction]:
        return [*self.risk_actions.all, self.run_simulation]

    def menu_entries(self) -> MenuEntries:
        return {"Edit": [None, *self.risk_actions.menu_entries()], "Project": [None, self.run_simulation]}

    def _run_simulation(self) -> None:
        """Project > Run Simulation: show the Simulation page and run it (progress and Cancel in the status bar)."""
        page = self.risk_page
        if page is None:
            return
        simulation = page.page(SimulationRiskPage)
        page.tabs.setCurrentWidget(simulation)
        simulation.simulation.run()

    def status_widgets(self) -> list[QWidget]:
        return [self.summary]

    def printable(self) -> QWidget | None:
        return self.risk_page

    def _update_summary(self, _changes: Changes | None = None) -> None:
        if self.session is None:
            return
        project = self.session.project
        lines = register_lines(project)
        opened = sum(1 for line in lines if line.risk.status is RiskStatus.OPEN)
        overdue = sum(1 for r in reviews_due(lines, review_day(project, date.today())) if r.overdue)
        reserve = f"{contingency_reserve(project):,.0f} {project.currency}"
        self.summary.setText(
            f"{opened} open risk{'s' * (opened != 1)}   ·   {overdue} review{'s' * (overdue != 1)} overdue"
            f"   ·   Contingency reserve {reserve}"
        )
