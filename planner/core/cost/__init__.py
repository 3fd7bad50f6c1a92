"""Cost: what each task costs, has cost and will still cost, rolled up, by account and over time.

`project_costs(project, schedule)` is the one entry point; the Budget tab, the task
table's Cost column, `planner cost`, earned value and the workbook all read its result.
"""

from planner.core.cost.figures import Figures
from planner.core.cost.project_costs import NO_ACCOUNT, ProjectCosts, project_costs

__all__ = ["NO_ACCOUNT", "Figures", "ProjectCosts", "project_costs"]
