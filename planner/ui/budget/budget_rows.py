"""What the budget table's rows are, by phase or by account, as keys and figures. Qt-free.

A row is a key: ("task", id), ("account", id), ("in", account id, task id), ("level",)
for money on no task, ("reserve", kind) and ("total",). The table asks a row's label,
figures and children only when it shows them, so a 10,000-task project costs no more
than its phases until one is expanded.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.core.cost import NO_ACCOUNT, Figures, ProjectCosts
from planner.core.model.costs import BudgetKind

Key = tuple
RESERVES: tuple[Key, ...] = (("reserve", BudgetKind.CONTINGENCY), ("reserve", BudgetKind.RESERVE))
TOTAL: Key = ("total",)
LEVEL: Key = ("level",)


@dataclass(frozen=True)
class Row:
    label: str
    figures: Figures
    only_budget: bool = False  # a reserve: a budget, nothing spent against it
    strong: bool = False  # a phase, an account, the total


class BudgetRows:
    """The rows of one view ("phase" or "account") over the current costs."""

    def __init__(self, view: str) -> None:
        self.view = view
        self.costs: ProjectCosts | None = None

    def children(self, key: Key | None) -> list[Key]:
        costs = self.costs
        if costs is None:
            return []
        if key is None:
            return self._top(costs)
        if key[0] == "task":
            return [("task", child) for child in costs.outline.children.get(key[1], ())]
        if key[0] == "account":
            return [("in", key[1], task_id) for task_id in costs.tasks_in_account(key[1])]
        return []

    def _top(self, costs: ProjectCosts) -> list[Key]:
        if self.view == "phase":
            rows = [("task", t) for t in costs.outline.children.get(None, ())]
            level = costs.project_level
            if level.cost or level.budget:
                rows.append(LEVEL)
        else:
            accounts = costs.schedule.project.cost_accounts
            named = sorted((a for a in costs.accounts if a in accounts), key=lambda a: accounts[a].name.casefold())
            rows = [("account", a) for a in named]
            loose = costs.accounts.get(NO_ACCOUNT)
            if loose is not None and (loose.cost or loose.budget):
                rows.append(("account", NO_ACCOUNT))
            rows += [("account", a) for a in sorted(accounts) if a not in costs.accounts]
        return [*rows, *RESERVES, TOTAL]

    def has_children(self, key: Key) -> bool:
        costs = self.costs
        if costs is None:
            return False
        if key[0] == "task":
            return bool(costs.outline.children.get(key[1]))
        return key[0] == "account"

    def row(self, key: Key) -> Row:
        costs = self.costs
        assert costs is not None
        project = costs.schedule.project
        kind = key[0]
        if kind == "task":
            task = project.tasks.get(key[1])
            summary = bool(costs.outline.children.get(key[1]))
            return Row(task.name if task else "", costs.tasks.get(key[1], Figures()), strong=summary)
        if kind == "account":
            account = project.cost_accounts.get(key[1]) if key[1] is not None else None
            name = account.name if account else "(no account)"
            return Row(name, costs.accounts.get(key[1], Figures()), strong=True)
        if kind == "in":
            task = project.tasks.get(key[2])
            return Row(task.name if task else "", costs.own_by_account(key[2]).get(key[1], Figures()))
        if kind == "level":
            return Row("Project level (no task)", costs.project_level)
        if kind == "reserve":
            return Row(key[1].label, Figures(budget=costs.reserves[key[1]]), only_budget=True)
        total = costs.project_figures
        whole = Figures(costs.total_budget, total.planned, total.actual, total.remaining, total.fixed_cost)
        return Row("Total budget", whole, strong=True)
