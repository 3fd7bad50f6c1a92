"""The Quality tab's registration: its pages (planner.ui.quality.pages) and the register actions."""

from __future__ import annotations

from planner.ui.quality.pages import PAGES
from planner.ui.registers.register_tab import RegisterTab


class QualityTabPlugin(RegisterTab):
    key = "quality"
    title = "&Quality"
    pages = PAGES
