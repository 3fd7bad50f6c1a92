"""The Resources tab's page: its views (Sheet first, then those other parts add) as tabs of their own."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from planner.ui.resources.sheet import ResourceSheet
from planner.ui.resources.views import VIEWS
from planner.ui.session import Session


class ResourcesPage(QWidget):
    message = Signal(str, bool)  # for the status bar: text, and whether it is a refusal

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.views = QTabWidget(self)
        self.views.setObjectName("resourceViews")
        self.views.setDocumentMode(True)
        for view_class in VIEWS:
            view = view_class(session, self.views)
            if hasattr(view, "message"):
                view.message.connect(self.message)
            self.views.addTab(view, view_class.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

    @property
    def sheet(self) -> ResourceSheet:
        return next(
            self.views.widget(i) for i in range(self.views.count()) if isinstance(self.views.widget(i), ResourceSheet)
        )

    def view(self, title: str) -> QWidget | None:
        """The view whose tab reads `title` ("Sheet", "Usage", ...)."""
        return next((self.views.widget(i) for i in range(self.views.count()) if self.views.tabText(i) == title), None)
