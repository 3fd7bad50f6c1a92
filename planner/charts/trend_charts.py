"""The trend charts of the status snapshots (core.trends.series): SPI/CPI, milestone trend analysis,
burn-up of work, open defects by severity, and the open risks' exposure.

Plain functions returning a matplotlib Figure (no Qt), each drawn into `figure` when given (a
canvas on screen keeps its figure) else into a new one. Each reads with two snapshots and with
thirty; with fewer than two it says how to get a trend instead of drawing a dot.

The SPI/CPI bands are the dashboard's red/amber/green rule (planner.core.status.rules): green from
0.95 up, amber from 0.90, red below, so the chart and the Dashboard's sign never disagree.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from planner.core.quality.entities import Severity
from planner.core.status.rules import AMBER_INDEX, GREEN_INDEX
from planner.core.trends.series import EMPTY_TEXT, MilestoneTrack, TrendSeries

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

RED_INDEX = AMBER_INDEX  # red below it
SPI_COLOUR, CPI_COLOUR = "#1565c0", "#2e7d32"
DONE_COLOUR, TOTAL_COLOUR, PLANNED_COLOUR = "#2e7d32", "#455a64", "#1565c0"
SCORE_COLOUR, EMV_COLOUR = "#c62828", "#6a1b9a"
SEVERITY_COLOURS = {
    Severity.CRITICAL: "#b71c1c",
    Severity.MAJOR: "#ef6c00",
    Severity.MINOR: "#fbc02d",
    Severity.TRIVIAL: "#90a4ae",
}
MILESTONE_COLOURS = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#393b79", "#ad494a", "#637939", "#843c39",
)  # fmt: skip
DEFAULT_SIZE = (7.0, 3.6)
CHARTS = ("indices", "milestones", "burnup", "defects", "risks")  # the page's order
TITLES = {
    "indices": "SPI and CPI",
    "milestones": "Milestone trend analysis",
    "burnup": "Burn-up of work",
    "defects": "Open defects by severity",
    "risks": "Open risks",
}


def _figure(figure: Figure | None, size: tuple[float, float]) -> Figure:
    from matplotlib.figure import Figure

    if figure is None:
        return Figure(figsize=size, layout="constrained")
    figure.clear()
    return figure


def _empty(figure: Figure, title: str, text: str = EMPTY_TEXT) -> Figure:
    axes = figure.add_subplot()
    axes.set_title(title, fontsize=10)
    axes.text(0.5, 0.5, text, ha="center", va="center", transform=axes.transAxes, color="#555555", wrap=True)
    axes.set_axis_off()
    return figure


FEW_DATES = 8  # up to this many snapshots, each status date is a tick of its own


def _day_month(value: float, _pos: int | None = None) -> str:
    import matplotlib.dates as mdates

    moment = mdates.num2date(value)
    return f"{moment.day} {moment:%b}"


def _month_year(value: float, _pos: int | None = None) -> str:
    import matplotlib.dates as mdates

    return f"{mdates.num2date(value):%b %Y}"


def _dates(axes: Axes, days: list[datetime]) -> None:
    """Date ticks that read from two snapshots to thirty: each status date while there are few,
    else a concise locator over their span."""
    import matplotlib.dates as mdates
    from matplotlib.ticker import FuncFormatter

    if len(days) <= FEW_DATES:
        axes.set_xticks(days)
        axes.xaxis.set_major_formatter(FuncFormatter(_day_month))
    else:
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))
    axes.tick_params(labelsize=8)


def _forecast_dates(axes: Axes, first: datetime, last: datetime) -> None:
    """The MTA's forecast axis: months (with the year) over a long plan, days over a short one."""
    import matplotlib.dates as mdates
    from matplotlib.ticker import FuncFormatter

    axes.yaxis.set_major_locator(mdates.AutoDateLocator(minticks=4, maxticks=10))
    axes.yaxis.set_major_formatter(FuncFormatter(_month_year if (last - first).days > 120 else _day_month))


def _finish(axes: Axes, title: str) -> None:
    axes.set_title(title, fontsize=10)
    axes.grid(alpha=0.3)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def _pad(days: list[datetime]) -> tuple[datetime, datetime]:
    span = (days[-1] - days[0]) * 0.04
    return days[0] - span, days[-1] + span


def indices_figure(series: TrendSeries, size=DEFAULT_SIZE, figure: Figure | None = None) -> Figure:
    """SPI and CPI per status date over the 1.0 line, on the dashboard rule's green, amber and red bands."""
    figure = _figure(figure, size)
    title = TITLES["indices"]
    if not series.enough:
        return _empty(figure, title)
    if not series.has_indices:
        return _empty(figure, title, "No SPI or CPI yet: save a baseline with costed work, then record status")
    axes = figure.add_subplot()
    days = series.days
    spi, cpi = series.values("spi"), series.values("cpi")
    values = [v for v in spi + cpi if v is not None]
    low, high = min([RED_INDEX - 0.1, *values]) - 0.05, max([1.1, *values]) + 0.05
    axes.axhspan(GREEN_INDEX, high, color="#c8e6c9", alpha=0.45, linewidth=0)
    axes.axhspan(RED_INDEX, GREEN_INDEX, color="#ffe0a3", alpha=0.45, linewidth=0)
    axes.axhspan(low, RED_INDEX, color="#f4c7c7", alpha=0.45, linewidth=0)
    axes.axhline(1.0, color="#333333", linewidth=1)
    marker = "o" if len(days) <= 12 else None
    axes.plot(days, [_nan(v) for v in spi], color=SPI_COLOUR, linewidth=2, marker=marker, markersize=4, label="SPI")
    axes.plot(days, [_nan(v) for v in cpi], color=CPI_COLOUR, linewidth=2, marker=marker, markersize=4, label="CPI")
    axes.set_ylim(low, high)
    axes.set_xlim(*_pad(days))
    axes.set_ylabel("Index", fontsize=9)
    _dates(axes, days)
    _finish(axes, title)
    axes.legend(loc="upper right", fontsize=8, frameon=False, ncols=2)
    return figure


def _nan(value: float | None) -> float:
    return float("nan") if value is None else value


MAX_MILESTONES = 12  # more lines than this is a tangle: the next ones are drawn


def shown_milestones(series: TrendSeries, most: int = MAX_MILESTONES) -> tuple[MilestoneTrack, ...]:
    """The milestones the MTA draws: all of them up to `most`, else the next ones not yet reached
    (earliest latest forecast first), then the latest reached, in forecast order."""
    tracks = series.milestones
    if len(tracks) <= most:
        return tracks
    ahead = [t for t in tracks if not t.done]
    reached = [t for t in tracks if t.done]
    room = max(0, most - len(ahead))
    chosen = ahead[:most] + (reached[len(reached) - room :] if room else [])
    return tuple(sorted(chosen, key=lambda t: (t.points[-1][1], t.task_id)))


def milestones_figure(series: TrendSeries, size=DEFAULT_SIZE, figure: Figure | None = None) -> Figure:
    """Milestone trend analysis: each milestone's forecast (y) at each status date (x), with the diagonal
    where the forecast meets the report date. Flat is on time, rising is slipping, falling is gaining;
    a line that reaches the diagonal is a milestone reached."""
    figure = _figure(figure, size)
    title = TITLES["milestones"]
    if not series.enough:
        return _empty(figure, title)
    if not series.milestones:
        return _empty(figure, title, "No milestones were recorded")
    axes = figure.add_subplot()
    days = series.days
    tracks = shown_milestones(series)
    if len(tracks) < len(series.milestones):
        title = f"{title}: the next {len(tracks)} of {len(series.milestones)} milestones"
    forecasts = [f for m in tracks for _, f in m.points]
    first, last = min(days[0], min(forecasts)), max(max(forecasts), days[-1])
    margin = (last - first) * 0.03
    axes.plot([first - margin, last + margin], [first - margin, last + margin], color="#9e9e9e", linewidth=1,
              linestyle="--", zorder=1)  # fmt: skip
    marker = "o" if len(days) <= 12 else None
    for index, track in enumerate(tracks):
        colour = MILESTONE_COLOURS[index % len(MILESTONE_COLOURS)]
        xs, ys = zip(*track.points, strict=True)
        label = f"{track.name} ✓" if track.done else track.name
        axes.plot(xs, ys, color=colour, linewidth=1.8, marker=marker, markersize=4, label=label, zorder=2)
    axes.set_xlim(*_pad(days))
    axes.set_ylim(first - margin, last + margin)
    axes.set_xlabel("Status date", fontsize=9)
    axes.set_ylabel("Forecast", fontsize=9)
    _dates(axes, days)
    _forecast_dates(axes, first, last)
    _finish(axes, title)
    handles, labels = axes.get_legend_handles_labels()  # latest forecast on top, as the lines stack
    axes.legend(handles[::-1], labels[::-1], loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=7, frameon=False)
    return figure


def burnup_figure(series: TrendSeries, size=DEFAULT_SIZE, figure: Figure | None = None) -> Figure:
    """Work done against total work (hours) per status date: the gap is the work left, a rising total
    line is scope added."""
    figure = _figure(figure, size)
    title = TITLES["burnup"]
    if not series.enough:
        return _empty(figure, title)
    if not series.has_work:
        return _empty(figure, title, "No work is assigned: assign resources to tasks to see the burn-up")
    axes = figure.add_subplot()
    days = series.days
    done = [s.work_done_hours for s in series.snapshots]
    total = [s.work_total_hours for s in series.snapshots]
    marker = "o" if len(days) <= 12 else None
    axes.fill_between(days, done, color=DONE_COLOUR, alpha=0.2, linewidth=0)
    axes.plot(days, done, color=DONE_COLOUR, linewidth=2, marker=marker, markersize=4, label="Work done")
    axes.plot(days, total, color=TOTAL_COLOUR, linewidth=2, linestyle="--", label="Total work")
    planned = series.values("work_planned_hours")
    if any(p is not None for p in planned):
        axes.plot(days, [_nan(p) for p in planned], color=PLANNED_COLOUR, linewidth=1.5, linestyle=":",
                  marker=marker, markersize=3, label="Planned work done (baseline)")  # fmt: skip
    axes.set_ylim(0, max(total) * 1.25 + 1)
    axes.set_xlim(*_pad(days))
    axes.set_ylabel("Hours", fontsize=9)
    axes.yaxis.set_major_formatter(_thousands())
    _dates(axes, days)
    _finish(axes, title)
    axes.legend(loc="upper left", fontsize=8, frameon=False, ncols=3)
    return figure


def _thousands():
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _pos: f"{value:,.0f}")


def defects_figure(series: TrendSeries, size=DEFAULT_SIZE, figure: Figure | None = None) -> Figure:
    """Open defects per status date, stacked by severity (critical at the bottom, where it weighs)."""
    figure = _figure(figure, size)
    title = TITLES["defects"]
    if not series.enough:
        return _empty(figure, title)
    axes = figure.add_subplot()
    days = series.days
    layers = [series.defects(severity) for severity in Severity]
    axes.stackplot(days, *layers, colors=[SEVERITY_COLOURS[s] for s in Severity], alpha=0.85,
                   labels=[s.value.capitalize() for s in Severity])  # fmt: skip
    peak = max((sum(column) for column in zip(*layers, strict=True)), default=0)
    if peak == 0:
        axes.text(0.5, 0.5, "No open defects at any status date", ha="center", va="center",
                  transform=axes.transAxes, color="#555555")  # fmt: skip
    axes.set_ylim(0, max(4, peak * 1.3))  # headroom for the legend
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_xlim(*_pad(days))
    axes.set_ylabel("Open defects", fontsize=9)
    _dates(axes, days)
    _finish(axes, title)
    axes.legend(loc="upper left", fontsize=8, frameon=False, ncols=4)
    return figure


def risks_figure(series: TrendSeries, size=DEFAULT_SIZE, figure: Figure | None = None) -> Figure:
    """The open risks' total score (left axis) and EMV (right axis) per status date."""
    figure = _figure(figure, size)
    title = TITLES["risks"]
    if not series.enough:
        return _empty(figure, title)
    if not series.has_risks:
        return _empty(figure, title, "No risks were registered when status was recorded")
    axes = figure.add_subplot()
    days = series.days
    marker = "o" if len(days) <= 12 else None
    scores = [_nan(v) for v in series.values("risk_score")]
    emvs = [_nan(v) for v in series.values("risk_emv")]
    axes.plot(days, scores, color=SCORE_COLOUR, linewidth=2, marker=marker, markersize=4, label="Total score")
    money = axes.twinx()
    money.plot(days, emvs, color=EMV_COLOUR, linewidth=2, linestyle="--", marker=marker, markersize=4, label="EMV")
    money.set_ylabel("EMV", fontsize=9, color=EMV_COLOUR)
    money.yaxis.set_major_formatter(_thousands())
    money.tick_params(labelsize=8)
    money.spines["top"].set_visible(False)
    axes.set_ylabel("Total score", fontsize=9, color=SCORE_COLOUR)
    axes.set_ylim(0, max([1.0, *(v for v in scores if v == v)]) * 1.3)  # headroom for the legend
    money.set_ylim(min([0.0, *(v for v in emvs if v == v)]) * 1.3, max([1.0, *(v for v in emvs if v == v)]) * 1.3)
    axes.set_xlim(*_pad(days))
    _dates(axes, days)
    _finish(axes, title)
    lines, labels = axes.get_legend_handles_labels()
    more, more_labels = money.get_legend_handles_labels()
    axes.legend(lines + more, labels + more_labels, loc="upper left", fontsize=8, frameon=False, ncols=2)
    return figure


FIGURES = {
    "indices": indices_figure,
    "milestones": milestones_figure,
    "burnup": burnup_figure,
    "defects": defects_figure,
    "risks": risks_figure,
}


def trend_figure(name: str, series: TrendSeries, size=DEFAULT_SIZE, figure: Figure | None = None) -> Figure:
    """Chart `name` (one of CHARTS) of the series."""
    return FIGURES[name](series, size, figure)
