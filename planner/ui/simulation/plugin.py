"""The Simulation page as a tab of its own, until the Risk tab (planner/ui/risks, the register
part's) takes it as one of its pages: then this registration goes and the page moves in as is.

Its one action, Run Simulation, is in the Project menu while the tab is shown.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from planner.ui.session import Session
from planner.ui.simulation.page import SimulationPage
from planner.ui.tabs import MenuEntries, Tab, TabHost


class SimulationTabPlugin(Tab):
    key = "simulation"
    title = "Si&mulation"

    def __init__(self, host: TabHost) -> None:
        super().__init__(host)
        self.run = QAction("Run &Simulation", host.window())
        self.run.setStatusTip("Monte Carlo: the finish and cost of the project run many times with its risks")
        self.run.triggered.connect(lambda _checked=False: self.page.run() if self.page is not None else None)

    def open(self, session: Session) -> QWidget:
        window = self.host.window()
        return SimulationPage(session, window.jobs, lambda text, error: self.host.status(text, error))

    def actions(self) -> list[QAction]:
        return [self.run]

    def menu_entries(self) -> MenuEntries:
        return {"Project": [None, self.run]}
