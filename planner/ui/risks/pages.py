"""The pages of the Risk tab, in the order they are shown: a new page is one entry here."""

from __future__ import annotations

from planner.ui.risks.page_base import RiskPage
from planner.ui.risks.register_page import RegisterPage
from planner.ui.risks.trend_page import TrendPage

PAGES: tuple[type[RiskPage], ...] = (RegisterPage, TrendPage)
