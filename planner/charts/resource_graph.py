"""The resource graph: one person's load per period against their max units (MS Project's Resource Graph).

Each bar is the units the person is asked for in a period (work / their working time
there); the part above max units is red, as the over-allocated cells of the usage
view are, and a line marks max units. A period without working time (a weekend, a
vacation) has no bar unless work was put there anyway, which shows as all red.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from planner.core.resources.periods import Granularity, instant_day, period_label
from planner.core.resources.usage import Usage, period_instants

LOAD_COLOR = "#4a7ebb"
OVER_COLOR = "#c62828"
LIMIT_COLOR = "#333333"


@dataclass(frozen=True)
class GraphData:
    """What the graph draws, in numbers (tests and the workbook read these)."""

    name: str
    max_units: float
    labels: list[str]
    load: np.ndarray  # units asked for per period
    over: np.ndarray  # whether the period is over-allocated


def graph_data(usage: Usage, resource_id: int, first: date, last: date, granularity: Granularity) -> GraphData:
    resource = usage.resource(resource_id)
    instants = period_instants(first, last, granularity)
    work = usage.work(resource_id, instants)
    available = usage.available(resource_id, instants)
    with np.errstate(divide="ignore", invalid="ignore"):
        load = np.where(available > 0, work / np.where(available > 0, available, 1), np.where(work > 0, np.inf, 0))
    over = work > resource.max_units * available + 0.5
    labels = [period_label(instant_day(int(i)), granularity) for i in instants[:-1]]
    return GraphData(resource.name, resource.max_units, labels, load, over)


def resource_graph(usage: Usage, resource_id: int, first: date, last: date, granularity: Granularity):
    """The graph of `resource_id` over the periods covering first..last, as a matplotlib Figure."""
    from matplotlib.figure import Figure

    data = graph_data(usage, resource_id, first, last, granularity)
    figure = Figure(figsize=(8, 2.6), layout="constrained")
    axes = figure.add_subplot()
    x = np.arange(len(data.labels))
    top = max(float(np.nanmax(np.where(np.isfinite(data.load), data.load, 0), initial=0)), data.max_units) * 1.15
    shown = np.where(np.isfinite(data.load), data.load, top)  # work where there is no time: a full red bar
    within = np.minimum(shown, data.max_units)
    axes.bar(x, within, width=0.8, color=LOAD_COLOR, label="Allocated")
    axes.bar(x, shown - within, bottom=within, width=0.8, color=OVER_COLOR, label="Over-allocated")
    axes.axhline(
        data.max_units, color=LIMIT_COLOR, linewidth=1, linestyle="--", label=f"Max units {data.max_units:.0%}"
    )
    axes.set_ylim(0, top or 1)
    axes.yaxis.set_major_formatter(lambda value, _pos: f"{value:.0%}")
    step = max(1, -(-len(x) // 9))  # at most nine labels: they never overlap
    axes.set_xticks(x[::step], data.labels[::step], fontsize=8)
    axes.set_xlim(-0.6, len(x) - 0.4)
    axes.set_title(f"{data.name}: load against max units", fontsize=10, loc="left")
    axes.legend(loc="upper right", fontsize=8, frameon=False, ncols=3)
    axes.spines[["top", "right"]].set_visible(False)
    return figure
