"""The Stakeholders tab's registration: its pages (planner.ui.stakeholders.pages) and the register actions."""

from __future__ import annotations

from planner.ui.registers.register_tab import RegisterTab
from planner.ui.stakeholders.pages import PAGES


class StakeholdersTabPlugin(RegisterTab):
    key = "stakeholders"
    title = "St&akeholders"  # Alt+T is the Risk tab's Trend and Reviews page
    pages = PAGES
