"""The Monte Carlo charts: finish and cost histograms with their cumulative S-curves, the
sensitivity tornado and the joint date/cost scatter. Qt-free: plain functions of a stored
simulation returning matplotlib Figures, for the Risk tab, reports and PNGs alike.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from planner.core.model.estimates import Simulation
from planner.core.risk.simulation_results import Figures
from planner.core.schedule.worktime import EPOCH

BAR_COLOR = "#4a7ebb"
CURVE_COLOR = "#c0504d"
PLAN_COLOR = "#333333"
MARKS = (("P50", "p50", ":"), ("P80", "p80", "--"), ("P90", "p90", "-."))
DAY_MINUTES = 1440


def _days(instants: np.ndarray) -> np.ndarray:
    """Instants (minutes since the worktime EPOCH) as matplotlib date numbers (days since 1970)."""
    from matplotlib.dates import date2num

    return date2num(EPOCH) + np.asarray(instants, float) / DAY_MINUTES


def _figure(width: float = 6.0, height: float = 3.0):
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _with_s_curve(axes, values: np.ndarray, bins: int) -> None:
    """Bars of how many runs fell in each bin, and on a second axis the share of runs at or below."""
    axes.hist(values, bins=bins, color=BAR_COLOR, alpha=0.85)
    axes.set_ylabel("runs")
    curve = axes.twinx()
    ordered = np.sort(values)
    curve.plot(ordered, np.arange(1, len(ordered) + 1) / len(ordered) * 100, color=CURVE_COLOR, linewidth=1.6)
    curve.set_ylim(0, 100)
    curve.set_ylabel("% of runs by then", color=CURVE_COLOR)
    curve.tick_params(axis="y", colors=CURVE_COLOR)


def finish_chart(found: Figures, bins: int = 40):
    """Histogram of the runs' finish dates with its S-curve; P50/P80/P90 and the planned finish marked."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num

    simulation = found.simulation
    figure = _figure()
    axes = figure.add_subplot()
    _with_s_curve(axes, _days(np.array(simulation.finishes)), bins)
    for label, key, style in MARKS:
        axes.axvline(date2num(found.finish[key]), color=PLAN_COLOR, linestyle=style, linewidth=1, label=label)
    planned = date2num(simulation.planned_finish)
    axes.axvline(planned, color="#2e7d32", linewidth=1.6, label=f"Planned ({found.p_on_time:.0%} by then)")
    locator = AutoDateLocator(maxticks=6)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    axes.set_title("Project finish", loc="left", fontsize=10)
    axes.legend(loc="upper left", fontsize=7, frameon=False)
    return figure


def cost_chart(found: Figures, currency: str, bins: int = 40):
    """Histogram of the runs' total cost with its S-curve; P50/P80/P90 and the planned cost marked."""
    simulation = found.simulation
    figure = _figure()
    axes = figure.add_subplot()
    _with_s_curve(axes, np.array(simulation.costs), bins)
    for label, key, style in MARKS:
        axes.axvline(found.cost[key], color=PLAN_COLOR, linestyle=style, linewidth=1, label=label)
    axes.axvline(
        simulation.planned_cost, color="#2e7d32", linewidth=1.6, label=f"Planned ({found.p_within_cost:.0%} within)"
    )
    axes.xaxis.set_major_formatter(lambda value, _pos: f"{value / 1000:,.0f}k")
    axes.set_xlabel(currency)
    axes.set_title("Total cost", loc="left", fontsize=10)
    axes.legend(loc="upper left", fontsize=7, frameon=False)
    return figure


def tornado_chart(simulation: Simulation, names: Mapping[int, str], top: int = 10):
    """The tasks whose duration moves the finish most (Spearman), largest at the top."""
    ranked = sorted(
        (t for t in simulation.tasks if t.sensitivity and t.task_id in names), key=lambda t: -abs(t.sensitivity)
    )
    ranked = ranked[:top][::-1]
    figure = _figure(6.0, max(1.6, 0.3 * len(ranked) + 0.8))
    axes = figure.add_subplot()
    if not ranked:
        axes.text(0.5, 0.5, "No task's duration varies: give tasks three-point estimates", ha="center", va="center")
        axes.set_axis_off()
        return figure
    values = [t.sensitivity for t in ranked]
    axes.barh(range(len(ranked)), values, color=[BAR_COLOR if v >= 0 else CURVE_COLOR for v in values])
    axes.set_yticks(range(len(ranked)), [_short(names[t.task_id]) for t in ranked], fontsize=8)
    axes.set_xlim(-1 if min(values) < 0 else 0, 1)
    axes.axvline(0, color=PLAN_COLOR, linewidth=0.8)
    axes.set_xlabel("correlation of the task's duration with the finish (Spearman)")
    axes.set_title("Sensitivity", loc="left", fontsize=10)
    return figure


def scatter_chart(found: Figures, currency: str):
    """Each run's finish against its cost, with the P80 finish and cost crossing."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num

    simulation = found.simulation
    figure = _figure()
    axes = figure.add_subplot()
    axes.scatter(_days(np.array(simulation.finishes)), simulation.costs, s=4, alpha=0.35, color=BAR_COLOR)
    axes.axvline(date2num(found.finish["p80"]), color=PLAN_COLOR, linestyle="--", linewidth=1, label="P80")
    axes.axhline(found.cost["p80"], color=PLAN_COLOR, linestyle="--", linewidth=1)
    locator = AutoDateLocator(maxticks=6)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    axes.yaxis.set_major_formatter(lambda value, _pos: f"{value / 1000:,.0f}k")
    axes.set_ylabel(currency)
    axes.set_title("Finish and cost, run by run", loc="left", fontsize=10)
    return figure


def _short(name: str, width: int = 34) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"


__all__ = ["cost_chart", "finish_chart", "scatter_chart", "tornado_chart"]
