"""Cost by account: for each cost account, what is spent and what remains against its budget.

A plain function of core data returning a matplotlib Figure (no pyplot, no Qt), so the
Budget tab, the stakeholder workbook and a printed report draw the same chart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.core.cost import ProjectCosts

if TYPE_CHECKING:
    from matplotlib.figure import Figure

ACTUAL, REMAINING, BUDGET = "#1565c0", "#90caf9", "#263238"


def account_bars(costs: ProjectCosts) -> list[tuple[str, float, float, float]]:
    """(account, budget, actual, remaining) per account that has any, largest forecast first."""
    accounts = costs.schedule.project.cost_accounts
    rows = []
    for account_id, figures in costs.accounts.items():
        if not (figures.budget or figures.cost):
            continue
        name = accounts[account_id].name if account_id in accounts else "(no account)"
        rows.append((name, figures.budget, figures.actual, figures.remaining))
    return sorted(rows, key=lambda row: -(row[2] + row[3]))


def _short(amount: float, _position: float = 0) -> str:
    for limit, suffix in ((1e9, "bn"), (1e6, "M"), (1e3, "k")):
        if abs(amount) >= limit:
            return f"{amount / limit:.3g}{suffix}"
    return f"{amount:.0f}"


def cost_by_account_figure(costs: ProjectCosts, width: float = 6.0, height: float = 3.6) -> Figure:
    """Horizontal bars: actual then remaining, with the account's budget as a tick mark."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    rows = account_bars(costs)
    currency = costs.schedule.project.currency
    figure = Figure(figsize=(width, height), layout="constrained")
    axes = figure.add_subplot()
    if not rows:
        axes.text(
            0.5,
            0.5,
            "No costs yet: assign resources with rates, or add fixed costs and expenses",
            ha="center",
            va="center",
            transform=axes.transAxes,
            wrap=True,
            color="#555",
        )
        axes.set_axis_off()
        return figure
    names = [row[0] for row in rows][::-1]
    budgets = [row[1] for row in rows][::-1]
    actuals = [row[2] for row in rows][::-1]
    remainings = [row[3] for row in rows][::-1]
    places = range(len(rows))
    axes.barh(places, actuals, color=ACTUAL, label="Actual", height=0.6)
    axes.barh(places, remainings, left=actuals, color=REMAINING, label="Remaining", height=0.6)
    budgeted = [(p, b) for p, b in zip(places, budgets, strict=True) if b]
    if budgeted:
        axes.scatter(
            [b for _, b in budgeted],
            [p for p, _ in budgeted],
            marker="|",
            s=500,
            color=BUDGET,
            linewidths=2.5,
            label="Budget",
            zorder=3,
        )
    axes.set_yticks(list(places), names)
    axes.xaxis.set_major_formatter(FuncFormatter(_short))
    axes.set_xlabel(f"{currency} (one currency, no exchange rates)")
    axes.set_title("Cost by account", loc="left", fontsize=11)
    axes.spines[["top", "right"]].set_visible(False)
    axes.grid(axis="x", color="#e0e0e0")
    axes.set_axisbelow(True)
    axes.legend(loc="lower right", fontsize=8, frameon=False)
    return figure
