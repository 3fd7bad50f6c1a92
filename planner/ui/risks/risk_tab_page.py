"""The Risk tab's page: its pages (planner.ui.risks.pages) as tabs, the Register first."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from planner.ui.risks.page_base import RiskPage
from planner.ui.risks.pages import PAGES
from planner.ui.risks.register_page import RegisterPage
from planner.ui.session import Session
from planner.ui.tabs import TabHost


class RiskTabPage(QWidget):
    def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.pages: list[RiskPage] = [page(session, host, self) for page in PAGES]
        for page in self.pages:
            self.tabs.addTab(page, page.title)
            chosen = getattr(page, "chosen", None)
            if chosen is not None:  # a page listing risks: a pick shows the risk in the register
                chosen.connect(self.show_risk)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    @property
    def register(self) -> RegisterPage:
        return next(p for p in self.pages if isinstance(p, RegisterPage))

    def page(self, kind: type[RiskPage]) -> RiskPage:
        return next(p for p in self.pages if isinstance(p, kind))

    def show_risk(self, risk_id: int) -> None:
        self.tabs.setCurrentWidget(self.register)
        self.register.show_risk(risk_id)

    def close_pages(self) -> None:
        for page in self.pages:
            page.close_page()
