"""The Dashboard tab's page: its pages (planner.ui.dashboard.pages) as tabs, the Overview first."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from planner.ui.dashboard.page_base import DashboardPage
from planner.ui.dashboard.pages import PAGES
from planner.ui.session import Session
from planner.ui.tabs import TabHost


class DashboardTabPage(QWidget):
    def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.pages: list[DashboardPage] = [page(session, host, self) for page in PAGES]
        for page in self.pages:
            self.tabs.addTab(page, page.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def page(self, kind: type[DashboardPage]) -> DashboardPage:
        return next(p for p in self.pages if isinstance(p, kind))

    def close_pages(self) -> None:
        for page in self.pages:
            page.close_page()
