"""The Dashboard tab's page: its pages (planner.ui.dashboard.pages) as tabs, the Overview first."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from planner.ui.dashboard.pages import PAGES
from planner.ui.session import Session
from planner.ui.tabs import TabHost
from planner.ui.trends.page import TrendsPage

T = TypeVar("T", bound=QWidget)


class DashboardTabPage(QWidget):
    def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.pages: list[Any] = [page(session, host, self) for page in PAGES]
        for page in self.pages:
            self.tabs.addTab(page, page.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def page(self, kind: type[T]) -> T:
        return next(p for p in self.pages if isinstance(p, kind))

    def reveal(self, table: str, record_id: int) -> bool:
        """A status snapshot: the Trends page, the snapshot selected in its table."""
        trends = next((p for p in self.pages if isinstance(p, TrendsPage)), None)
        if table != "snapshots" or trends is None:
            return False
        self.tabs.setCurrentWidget(trends)
        return trends.select_snapshot(record_id)

    def close_pages(self) -> None:
        for page in self.pages:
            page.close_page()
