"""The pages of the Dashboard tab, in the order they are shown: a new page is one entry here."""

from __future__ import annotations

from planner.ui.dashboard.overview_page import OverviewPage
from planner.ui.dashboard.page_base import DashboardPage
from planner.ui.trends.page import TrendsPage

PAGES: tuple[type[DashboardPage], ...] = (OverviewPage, TrendsPage)
