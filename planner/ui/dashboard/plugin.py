"""The Dashboard tab's registration: last in the tab bar, its page printable."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planner.ui.dashboard.tab_page import DashboardTabPage
from planner.ui.session import Session
from planner.ui.tabs import Tab


class DashboardTabPlugin(Tab):
    key = "dashboard"
    title = "&Dashboard"

    @property
    def dashboard(self) -> DashboardTabPage | None:
        return self.page if isinstance(self.page, DashboardTabPage) else None

    def open(self, session: Session) -> QWidget:
        return DashboardTabPage(session, self.host)

    def close(self) -> None:
        if self.dashboard is not None:
            self.dashboard.close_pages()

    def reveal(self, table: str, record_id: int) -> bool:
        dashboard = self.dashboard
        return dashboard is not None and dashboard.reveal(table, record_id)

    def printable(self) -> QWidget | None:
        return self.dashboard
