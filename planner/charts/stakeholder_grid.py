"""The power/interest grid: each stakeholder a dot where their power and interest put them.

A plain function of core data returning a matplotlib Figure (no Qt): the Stakeholders
page draws it on screen, the workbook and printed reports draw it to PNG. Interest
runs along, power up; the quadrant lines lie between levels 2 and 3, because level 3
counts as high (core.communication.grid). A dot's colour is the engagement gap's
band, as the register's Engagement cells are coloured. Stakeholders sharing a cell
are stacked in it, each with the surname beside the dot, so no two labels overlap.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from planner.core.communication.entities import Stakeholder
from planner.core.communication.grid import HIGH_LEVEL, GapBand, Quadrant, engagement_gap, gap_band, quadrant_of

if TYPE_CHECKING:
    from matplotlib.figure import Figure

BAND_COLOURS = {GapBand.ON_TARGET: "#2e7d32", GapBand.ONE_SHORT: "#f9a825", GapBand.FAR_SHORT: "#c62828"}
QUADRANT_COLOURS = {
    Quadrant.MANAGE_CLOSELY: "#fde2d4",
    Quadrant.KEEP_SATISFIED: "#fff3cd",
    Quadrant.KEEP_INFORMED: "#dcecf9",
    Quadrant.MONITOR: "#eeeeee",
}
SPLIT = HIGH_LEVEL - 0.5  # where the quadrant lines are drawn
LOW, HIGH = 0.5, 5.5  # the axes' extent: levels 1-5, each a cell one unit wide
NAME_CHARS = 11  # longer surnames are clipped, so a label stays inside its cell
DOT_X = -0.36  # a dot's place from its cell's centre; its name runs to the right of it


def quadrant_at(x: float, y: float) -> Quadrant:
    """The quadrant under a point of the grid's axes (interest x, power y), as a click lands."""
    return quadrant_of(HIGH_LEVEL if y >= SPLIT else 1, HIGH_LEVEL if x >= SPLIT else 1)


def quadrant_box(which: Quadrant) -> tuple[float, float, float, float]:
    """The quadrant's (x, y, width, height) on the axes."""
    x = SPLIT if which.high_interest else LOW
    y = SPLIT if which.high_power else LOW
    return (
        x,
        y,
        (HIGH - SPLIT) if which.high_interest else (SPLIT - LOW),
        (HIGH - SPLIT) if which.high_power else (SPLIT - LOW),
    )


def dot_positions(stakeholders: list[Stakeholder]) -> dict[int, tuple[float, float]]:
    """Each stakeholder's dot: in their (interest, power) cell, those sharing a cell stacked top to bottom."""
    cells: dict[tuple[int, int], list[Stakeholder]] = defaultdict(list)
    for s in sorted(stakeholders, key=lambda s: s.id):
        cells[(s.interest, s.power)].append(s)
    places = {}
    for (interest, power), people in cells.items():
        step = min(0.26, 0.84 / len(people))
        top = power + step * (len(people) - 1) / 2
        for index, s in enumerate(people):
            places[s.id] = (interest + DOT_X, top - index * step)
    return places


def short_name(name: str) -> str:
    """The surname (the last word), clipped to fit a cell."""
    words = name.split()
    surname = words[-1] if words else ""
    return surname if len(surname) <= NAME_CHARS else surname[: NAME_CHARS - 1] + "…"


def stakeholder_grid_figure(
    stakeholders: list[Stakeholder],
    size: tuple[float, float] = (5, 5),
    highlight: int | None = None,
    chosen: Quadrant | None = None,
    figure: Figure | None = None,
) -> Figure:
    """The grid with its four quadrants shaded and named, a dot per stakeholder, and a legend of the gaps.

    `highlight` rings one stakeholder's dot (the row selected in the table); `chosen`
    outlines one quadrant (the register's filter). Drawn into `figure` when given
    (a canvas on screen keeps its figure), else into a new one.
    """
    from matplotlib.figure import Figure

    if figure is None:
        figure = Figure(figsize=size, layout="constrained")
    figure.clear()
    axes = figure.add_subplot()
    _draw_quadrants(axes, chosen)
    _draw_dots(axes, stakeholders, highlight)
    axes.set_xlim(LOW, HIGH)
    axes.set_ylim(LOW, HIGH)
    axes.set_xticks(range(1, 6))
    axes.set_yticks(range(1, 6))
    axes.tick_params(length=0, labelsize=8)
    axes.set_xlabel("Interest (1-5, high from 3)", fontsize=9)
    axes.set_ylabel("Power (1-5, high from 3)", fontsize=9)
    axes.set_title(f"Power / interest grid: {len(stakeholders)} stakeholders", fontsize=10)
    for side in axes.spines.values():
        side.set_visible(False)
    _legend(axes)
    return figure


def _draw_quadrants(axes, chosen: Quadrant | None) -> None:
    from matplotlib.patches import Rectangle

    for which in Quadrant:
        x, y, width, height = quadrant_box(which)
        is_chosen = which is chosen
        axes.add_patch(
            Rectangle(
                (x, y), width, height, facecolor=QUADRANT_COLOURS[which], edgecolor="#37474f" if is_chosen else "white",
                linewidth=2.5 if is_chosen else 1, zorder=0 if not is_chosen else 0.5,
            )
        )  # fmt: skip
        corner_x = x + 0.06 if not which.high_interest else x + width - 0.06
        corner_y = y + height - 0.06 if which.high_power else y + 0.06
        axes.text(
            corner_x, corner_y, which.value.capitalize(), ha="left" if not which.high_interest else "right",
            va="top" if which.high_power else "bottom", fontsize=8, fontstyle="italic", color="#546e7a", zorder=1,
            fontweight="bold" if is_chosen else "normal",
        )  # fmt: skip
    for level in range(2, 6):
        edge = level - 0.5
        if edge != SPLIT:
            axes.axvline(edge, color="white", linewidth=0.8, zorder=0.6)
            axes.axhline(edge, color="white", linewidth=0.8, zorder=0.6)
    axes.axvline(SPLIT, color="#90a4ae", linewidth=1.2, zorder=0.7)
    axes.axhline(SPLIT, color="#90a4ae", linewidth=1.2, zorder=0.7)


def _draw_dots(axes, stakeholders: list[Stakeholder], highlight: int | None) -> None:
    """All dots as one scatter (one artist, however many stakeholders), each name beside its dot."""
    places = dot_positions(stakeholders)
    people = sorted(stakeholders, key=lambda s: s.id)
    if not people:
        return
    ringed = [s.id == highlight for s in people]
    axes.scatter(
        [places[s.id][0] for s in people], [places[s.id][1] for s in people],
        s=[90 if r else 48 for r in ringed], c=[BAND_COLOURS[gap_band(engagement_gap(s))] for s in people],
        edgecolors=["#0d47a1" if r else "white" for r in ringed], linewidths=[2.2 if r else 0.8 for r in ringed],
        zorder=3,
    )  # fmt: skip
    for s, is_ringed in zip(people, ringed, strict=True):
        x, y = places[s.id]
        axes.text(
            x + 0.11, y, short_name(s.name), ha="left", va="center", fontsize=7.5, zorder=4,
            fontweight="bold" if is_ringed else "normal", color="#0d47a1" if is_ringed else "#212121",
        )  # fmt: skip


def _legend(axes) -> None:
    from matplotlib.lines import Line2D

    handles = [
        Line2D([], [], marker="o", linestyle="", markersize=6, color=colour, label=band.value.capitalize())
        for band, colour in BAND_COLOURS.items()
    ]
    axes.legend(
        handles=handles, title="Engagement", title_fontsize=7, fontsize=7, loc="upper center",
        bbox_to_anchor=(0.5, -0.12), ncol=3, frameon=False,
    )  # fmt: skip
