"""The pages of the Dashboard tab, in the order they are shown: a new page is one entry here.

A page is built as `Page(session, host, parent)`, has a `title` and a `close_page()`
(planner.ui.dashboard.page_base.DashboardPage, or a widget of another part with the same).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planner.ui.dashboard.overview_page import OverviewPage
from planner.ui.trends.page import TrendsPage

PAGES: tuple[type[QWidget], ...] = (OverviewPage, TrendsPage)
