"""The register's contingency reserve offered to the budget: one edit setting the budget's contingency line.

The Budget tab (the cost part) owns the budget lines; the register only offers its
figure. The line it sets is the project-wide contingency line (no account, no phase),
the first such one; without one it adds "Contingency reserve (risk register)". A
register whose opportunities outweigh its threats asks for no reserve: zero, never
a negative budget.
"""

from __future__ import annotations

from dataclasses import replace

from planner.core.edits.edit import Edit, Put
from planner.core.model.costs import BudgetKind, BudgetLine
from planner.core.model.entities import Project
from planner.core.risk.scoring import contingency_reserve

LINE_NAME = "Contingency reserve (risk register)"


def offered_reserve(project: Project) -> float:
    return round(max(0.0, contingency_reserve(project)), 2)


def contingency_line(project: Project) -> BudgetLine | None:
    """The project-wide contingency line of the budget, if it has one."""
    lines = [
        line
        for line in project.budget_lines.values()
        if line.kind is BudgetKind.CONTINGENCY and line.account_id is None and line.task_id is None
    ]
    return min(lines, key=lambda line: line.id, default=None)


def set_contingency_from_register(project: Project) -> Edit | None:
    """The budget's contingency line set to the open risks' EMV; None when it holds that already."""
    amount = offered_reserve(project)
    line = contingency_line(project)
    label = "Set contingency reserve from the risk register"
    if line is None:
        new = BudgetLine(project.next_id("budget_lines"), LINE_NAME, amount, BudgetKind.CONTINGENCY)
        return Edit(label, (Put("budget_lines", None, new),))
    if line.amount == amount:
        return None
    return Edit(label, (Put("budget_lines", line, replace(line, amount=amount)),))
