"""The defect log's figures: open vs closed over time, and the ageing of open items by severity.

Plain functions of core data returning a matplotlib Figure (no Qt): the Defects page
draws them on screen and follows edits (each takes the `figure` a canvas keeps), the
workbook and printed reports draw them to PNG. The severity colours are the page's.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from planner.core.quality.entities import Severity
from planner.core.quality.metrics import AGE_BUCKETS, DefectCounts

if TYPE_CHECKING:
    from matplotlib.figure import Figure

SEVERITY_COLOURS = {
    Severity.CRITICAL: "#c62828",
    Severity.MAJOR: "#ef6c00",
    Severity.MINOR: "#f9c74f",
    Severity.TRIVIAL: "#b0bec5",
}
FOUND_COLOUR = "#c62828"
CLOSED_COLOUR = "#2e7d32"
OPEN_FILL = "#f4a3a3"
STATUS_COLOUR = "#1565c0"
SIZE = (7.0, 3.5)


def _canvas_figure(figure: Figure | None, size: tuple[float, float]) -> Figure:
    from matplotlib.figure import Figure

    if figure is None:
        return Figure(figsize=size, layout="constrained")
    figure.clear()
    return figure


def _empty(figure: Figure, title: str, why: str) -> Figure:
    axes = figure.add_subplot()
    axes.set_title(title)
    axes.text(0.5, 0.5, why, ha="center", va="center", transform=axes.transAxes, color="#555555")
    axes.set_axis_off()
    return figure


def open_closed_figure(
    points: list[DefectCounts],
    status: date | None = None,
    what: str = "defects",
    size: tuple[float, float] = SIZE,
    figure: Figure | None = None,
) -> Figure:
    """Cumulative found and closed at each week's end (Jira's created vs resolved), from nothing the week before
    the first; the shaded gap between the lines is what is open."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    figure = _canvas_figure(figure, size)
    title = f"Open vs closed {what}"
    if not points:
        return _empty(figure, title, f"No {what} found yet")
    axes = figure.add_subplot()
    start = points[0].day - timedelta(days=7)  # the week before the first: the lines rise from nothing
    days = [start, *(p.day for p in points)]
    found, closed = [0, *(p.found for p in points)], [0, *(p.closed for p in points)]
    axes.fill_between(days, closed, found, color=OPEN_FILL, alpha=0.6, linewidth=0, label="Open (the gap)")
    axes.plot(days, found, color=FOUND_COLOUR, linewidth=2, marker="o", markersize=3, label="Found")
    axes.plot(days, closed, color=CLOSED_COLOUR, linewidth=2, marker="o", markersize=3,
              label="Closed (fixed or closed)")  # fmt: skip
    if status is not None:
        axes.axvline(status, color=STATUS_COLOUR, linestyle="--", linewidth=1, label=f"Status date {status:%d %b}")
    last = points[-1]
    axes.annotate(f"{last.open} open", (last.day, (last.found + last.closed) / 2), xytext=(-6, 0),
                  textcoords="offset points", ha="right", va="center", fontsize=8, color="#7f0000")  # fmt: skip
    locator = AutoDateLocator(minticks=3, maxticks=8)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    axes.set_ylim(0, max(found) * 1.15 + 1)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_ylabel(what.capitalize())
    axes.set_title(title)
    axes.grid(axis="y", alpha=0.3)
    axes.legend(loc="upper left", fontsize=8, frameon=False)
    return figure


def ageing_figure(
    buckets: dict[str, dict[Severity, int]],
    what: str = "defects",
    size: tuple[float, float] = SIZE,
    figure: Figure | None = None,
) -> Figure:
    """The open items by days since found (0-7, 8-30, 31-90, >90), each bar stacked by severity, worst at the bottom."""
    figure = _canvas_figure(figure, size)
    title = f"Ageing of open {what}"
    if not any(n for row in buckets.values() for n in row.values()):
        return _empty(figure, title, f"No open {what}")
    axes = figure.add_subplot()
    labels = [label for label, _first, _last in AGE_BUCKETS]
    bottoms = [0] * len(labels)
    for severity in Severity:
        heights = [buckets.get(label, {}).get(severity, 0) for label in labels]
        bars = axes.bar(labels, heights, bottom=bottoms, color=SEVERITY_COLOURS[severity], label=severity.value,
                        edgecolor="white", width=0.6)  # fmt: skip
        axes.bar_label(bars, labels=[str(h) if h else "" for h in heights], label_type="center", fontsize=8)
        bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    axes.set_xticks(range(len(labels)), [f"{label} days" for label in labels])
    axes.set_ylim(0, max(bottoms) * 1.15 + 0.5)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_ylabel(f"Open {what}")
    axes.set_title(title)
    axes.grid(axis="y", alpha=0.3)
    axes.legend(title="Severity", fontsize=8, title_fontsize=8, frameon=False, loc="upper right")
    return figure
