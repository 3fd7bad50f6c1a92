"""What a page of the Dashboard tab is: a widget with a title, built for the open project (as the
Risk tab's pages are). The Overview is one; the trends part adds its Trends page in PAGES."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QWidget

from planner.ui.session import Session
from planner.ui.tabs import TabHost


class DashboardPage(QWidget):
    title: ClassVar[str]  # the page's tab text, with its mnemonic

    def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.host = host

    def close_page(self) -> None:
        """The project is closing: write the page's settings."""
