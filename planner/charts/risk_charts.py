"""The Risk tab's figures: the 5x5 heat map and the trend of the register's exposure.

Plain functions of core data returning a matplotlib Figure (no Qt): the tab draws
the trend on screen, the workbook and printed reports draw both. The heat map's
colours are the tab's: green below a score of 6, amber to 14, red from 15.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from planner.core.risk.register import Cell, TrendPoint
from planner.core.risk.scales import LEVEL_NAMES
from planner.core.risk.scoring import severity

if TYPE_CHECKING:
    from matplotlib.figure import Figure

SEVERITY_COLOURS = {"low": "#c8e6c9", "medium": "#ffe0a3", "high": "#f4a3a3"}
TREND_COLOUR = "#c62828"


def heat_map_figure(counts: Counter[Cell], title: str = "Open risks", size: tuple[float, float] = (4, 4)) -> Figure:
    """Probability (rows, 5 at the top) by impact (columns), each cell coloured by its score, with its count."""
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    figure = Figure(figsize=size, layout="constrained")
    axes = figure.add_subplot()
    for probability in range(1, 6):
        for level in range(1, 6):
            colour = SEVERITY_COLOURS[severity(probability * level)]
            axes.add_patch(Rectangle((level - 0.5, probability - 0.5), 1, 1, facecolor=colour, edgecolor="white"))
            count = counts.get((probability, level), 0)
            if count:
                axes.text(level, probability, str(count), ha="center", va="center", fontsize=12, fontweight="bold")
    axes.set_xlim(0.5, 5.5)
    axes.set_ylim(0.5, 5.5)
    axes.set_xticks(range(1, 6), [f"{n}\n{name}" for n, name in enumerate(LEVEL_NAMES, 1)], fontsize=7)
    axes.set_yticks(range(1, 6), [f"{name} {n}" for n, name in enumerate(LEVEL_NAMES, 1)], fontsize=7)
    axes.set_xlabel("Impact")
    axes.set_ylabel("Probability")
    axes.set_title(title)
    axes.set_aspect("equal")
    for side in axes.spines.values():
        side.set_visible(False)
    axes.tick_params(length=0)
    return figure


def trend_figure(
    points: list[TrendPoint], size: tuple[float, float] = (7, 3.5), figure: Figure | None = None
) -> Figure:
    """The sum of the open risks' scores over time (a step at each review), with the count of red ones.

    Drawn into `figure` when given (a canvas on screen keeps its figure), else into a new one.
    """
    from matplotlib.figure import Figure

    if figure is None:
        figure = Figure(figsize=size, layout="constrained")
    else:
        figure.clear()
    axes = figure.add_subplot()
    if not points:
        axes.text(0.5, 0.5, "No score history yet", ha="center", va="center", transform=axes.transAxes)
        axes.set_axis_off()
        return figure
    days = [p.day for p in points]
    axes.step(days, [p.total_score for p in points], where="post", color=TREND_COLOUR, linewidth=2,
              label="Exposure (sum of open risks' scores)")  # fmt: skip
    axes.plot(days, [p.total_score for p in points], "o", color=TREND_COLOUR, markersize=4)
    counts = axes.twinx()
    counts.bar(days, [p.high for p in points], width=2.5, color="#f4a3a3", alpha=0.8, label="Red risks (score 15+)")
    counts.set_ylabel("Red risks")
    counts.set_ylim(0, max(3, max(p.high for p in points) + 1))
    counts.yaxis.get_major_locator().set_params(integer=True)
    axes.set_zorder(counts.get_zorder() + 1)
    axes.patch.set_visible(False)
    axes.set_ylabel("Exposure")
    axes.set_ylim(0, max(p.total_score for p in points) * 1.15 + 1)
    axes.grid(axis="y", alpha=0.3)
    figure.autofmt_xdate()
    lines = axes.get_legend_handles_labels()
    bars = counts.get_legend_handles_labels()
    axes.legend(lines[0] + bars[0], lines[1] + bars[1], loc="upper left", fontsize=8, frameon=False)
    return figure
