"""The register's contingency reserve offered to the budget, by the Budget's own rule.

The Budget tab (the cost part) owns the budget lines and the rule of which line takes
the register's figure (planner.core.cost.budget_edits.contingency_from_risks); the
Risk tab and `planner risks --set-contingency` call that same edit, so the two tabs
never disagree on the line. A register whose opportunities outweigh its threats asks
for no reserve: zero, never a negative budget.
"""

from __future__ import annotations

from planner.core.cost.budget_edits import contingency_from_risks
from planner.core.edits.edit import Edit
from planner.core.model.entities import Project
from planner.core.risk.scoring import contingency_reserve


def offered_reserve(project: Project) -> float:
    return round(max(0.0, contingency_reserve(project)), 2)


def set_contingency_from_register(project: Project) -> Edit | None:
    """The budget's contingency line set to the open risks' EMV; None when it holds that already."""
    return contingency_from_risks(project)
