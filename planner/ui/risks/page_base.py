"""What a page of the Risk tab is: a widget with a title, built for the open project.

The Risk tab shows its pages (planner.ui.risks.pages.PAGES) as tabs of its own; a new
page (the Simulation) is one class here and one entry there.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QWidget

from planner.ui.session import Session
from planner.ui.tabs import TabHost


class RiskPage(QWidget):
    title: ClassVar[str]  # the page's tab text, with its mnemonic

    def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.host = host

    def close_page(self) -> None:
        """The project is closing: take what is typed, write the page's settings."""
