"""The project's costs as the command line prints them: `planner cost` (a table or JSON), and the
`cost` of each task in `planner schedule --json`.

Amounts are in the project's one currency, rounded to cents; there are no exchange rates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from planner.core.cost import NO_ACCOUNT, Figures, ProjectCosts, project_costs
from planner.core.model.costs import BudgetKind
from planner.core.schedule.result import Schedule


def cents(amount: float) -> float:
    return round(amount + 0.0, 2) + 0.0  # + 0.0: no "-0.0" in the output


def has_costs(schedule: Schedule) -> bool:
    """Whether anything in the project costs money (else every task's cost is 0, found at no cost)."""
    project = schedule.project
    return bool(project.assignments or project.task_costs or project.expenses or project.budget_lines)


def task_cost_of(schedule: Schedule) -> Callable[[int], float]:
    """Each task's cost (actual + remaining, summaries rolled up), for `planner schedule --json`."""
    if not has_costs(schedule):
        return lambda _task_id: 0.0
    tasks = project_costs(schedule.project, schedule).tasks
    return lambda task_id: cents(tasks[task_id].cost)


def _figures(figures: Figures) -> dict[str, float]:
    return {
        "budget": cents(figures.budget),
        "cost": cents(figures.cost),
        "actual": cents(figures.actual),
        "remaining": cents(figures.remaining),
    }


def _months(months: dict[str, float]) -> dict[str, float]:
    return {month: cents(amount) for month, amount in months.items() if cents(amount)}


def cost_dict(schedule: Schedule, status_date: date | None = None) -> dict[str, Any]:
    """The `planner cost --json` document: currency, the project's figures, each task's in WBS order."""
    costs = project_costs(schedule.project, schedule, status_date)
    project = schedule.project
    return {
        "currency": project.currency,
        "project": {**_figures(costs.project_figures), "by_month": _months(costs.by_month())},
        "tasks": [
            {
                "id": row,
                "name": project.tasks[task_id].name,
                **_figures(costs.tasks[task_id]),
                "by_month": _months(costs.by_month(task_id)),
            }
            for row, task_id in enumerate(schedule.outline.rows(), start=1)
        ],
        "accounts": [{"name": name, **_figures(figures)} for name, figures in account_rows(costs)],
        "reserves": {
            "contingency": cents(costs.reserves[BudgetKind.CONTINGENCY]),
            "management": cents(costs.reserves[BudgetKind.RESERVE]),
            "total_budget": cents(costs.total_budget),
        },
    }


def account_rows(costs: ProjectCosts) -> list[tuple[str, Figures]]:
    """(name, figures) per cost account in name order, costs on no account last."""
    accounts = costs.schedule.project.cost_accounts
    named = sorted((accounts[a].name, f) for a, f in costs.accounts.items() if a in accounts)
    loose = costs.accounts.get(NO_ACCOUNT)
    return named + ([("(no account)", loose)] if loose is not None and (loose.cost or loose.budget) else [])


def money(amount: float) -> str:
    return f"{amount:,.2f}"


def cost_lines(schedule: Schedule, status_date: date | None = None, width: int = 36) -> Iterator[str]:
    """The table `planner cost` prints: the project, the accounts, the reserves, then each task."""
    costs = project_costs(schedule.project, schedule, status_date)
    project = schedule.project
    header = f"{'':<{width}} {'Budget':>14} {'Actual':>14} {'Remaining':>14} {'Forecast':>14} {'Variance':>14}"

    def line(label: str, f: Figures, budgeted: bool = True) -> str:
        """A task with no budget of its own or below shows no budget and no variance."""
        label = label if len(label) <= width else label[: width - 1] + "…"
        amounts = (f.budget, f.actual, f.remaining, f.forecast, f.variance)
        shown = [money(a) if budgeted or i in (1, 2, 3) else "" for i, a in enumerate(amounts)]
        return f"{label:<{width}} " + " ".join(f"{a:>14}" for a in shown)

    yield f"{project.name}: costs in {project.currency} (one currency, no exchange rates)"
    yield header
    yield "-" * len(header)
    yield line("Project", costs.project_figures)
    for name, figures in account_rows(costs):
        yield line(f"  {name}", figures)
    for kind in (BudgetKind.CONTINGENCY, BudgetKind.RESERVE):
        yield f"{kind.label:<{width}} {money(costs.reserves[kind]):>14}"
    yield f"{'Total budget':<{width}} {money(costs.total_budget):>14}"
    yield ""
    yield header.replace(" " * width, f"{'ID  Task':<{width}}", 1)
    yield "-" * len(header)
    outline = schedule.outline
    for row, task_id in enumerate(outline.rows(), start=1):
        indent = "  " * sum(1 for _ in outline.ancestors(task_id))
        figures = costs.tasks[task_id]
        yield line(f"{row:<4}{indent}{project.tasks[task_id].name}", figures, bool(figures.budget))
