"""The tabs of the main window, in the order they are shown: adding a tab is one line here."""

from __future__ import annotations

from planner.ui.budget.plugin import BudgetTabPlugin
from planner.ui.dashboard.plugin import DashboardTabPlugin
from planner.ui.gantt.plugin import GanttTabPlugin
from planner.ui.quality.plugin import QualityTabPlugin
from planner.ui.resources.plugin import ResourcesTabPlugin
from planner.ui.risks.plugin import RiskTabPlugin
from planner.ui.stakeholders.plugin import StakeholdersTabPlugin
from planner.ui.tabs import Tab

TABS: tuple[type[Tab], ...] = (
    GanttTabPlugin,
    ResourcesTabPlugin,
    BudgetTabPlugin,
    RiskTabPlugin,
    QualityTabPlugin,
    StakeholdersTabPlugin,
    DashboardTabPlugin,
)
