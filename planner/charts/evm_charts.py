"""Earned value charts: the S-curve (PV, EV, AC and the EAC projection), the monthly cash flow
planned against actual, and the weekly burn rate. Plain functions of core data (planner.core.evm.
curves) returning a matplotlib Figure, drawn by the Budget tab, the workbook and printed reports."""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from planner.core.evm.curves import BurnRate, Curves

PV_COLOR, EV_COLOR, AC_COLOR, EAC_COLOR = "#4a7fd4", "#1f8f3a", "#d43d3d", "#7b3fc4"
SIZE = (6.4, 3.6)


def _figure(size: tuple[float, float]) -> Figure:
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=100, layout="constrained")
    return figure


def _money_axis(axes, currency: str) -> None:
    from matplotlib.ticker import FuncFormatter

    def short(value: float, _position: int) -> str:
        if abs(value) >= 1e6:
            return f"{value / 1e6:,.1f}M"
        if abs(value) >= 1e3:
            thousands = value / 1e3
            return f"{thousands:,.0f}k" if thousands == round(thousands) else f"{thousands:,.1f}k"
        return f"{value:,.0f}"

    axes.yaxis.set_major_formatter(FuncFormatter(short))
    axes.set_ylabel(currency)
    axes.grid(True, axis="y", alpha=0.3)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def _date_axis(axes) -> None:
    """Few enough date labels for a narrow pane, each as short as it can be (Feb, Mar, ... 2027)."""
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _empty(figure: Figure, title: str, why: str) -> Figure:
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.set_title(title, loc="left", fontsize=11)
    axes.text(0.5, 0.5, why, ha="center", va="center", transform=axes.transAxes, wrap=True, color="#666666")
    return figure


def s_curve(curves: Curves | None, currency: str = "EUR", size: tuple[float, float] = SIZE) -> Figure:
    """Cumulative PV over the baseline, EV and AC up to the status date, and the EAC projection."""
    figure = _figure(size)
    title = "Earned value S-curve"
    if curves is None:
        return _empty(figure, title, "No baseline saved: save one (Project > Set Baseline) to see planned value")
    axes = figure.add_subplot()
    days = [datetime.combine(day, time(23, 59)) for day in curves.days]
    axes.plot(days, curves.pv, color=PV_COLOR, label="PV (planned value)", linewidth=2)
    known = [(d, ev, ac) for d, ev, ac in zip(days, curves.ev, curves.ac, strict=True) if ev is not None]
    if known:
        axes.plot([k[0] for k in known], [k[1] for k in known], color=EV_COLOR, label="EV (earned value)", linewidth=2)
        axes.plot([k[0] for k in known], [k[2] for k in known], color=AC_COLOR, label="AC (actual cost)", linewidth=2)
        if curves.eac is not None and curves.forecast_finish is not None:
            axes.plot(
                [curves.status, curves.forecast_finish],
                [known[-1][2], curves.eac],
                color=EAC_COLOR,
                linestyle="--",
                label=f"EAC {curves.eac:,.0f} by {curves.forecast_finish:%d %b %Y}",
            )
    axes.axhline(curves.bac, color="#888888", linewidth=0.8, linestyle=":")
    axes.annotate(f"BAC {curves.bac:,.0f}", (days[-1], curves.bac), textcoords="offset points", xytext=(0, 4),
                  fontsize=8, color="#555555", ha="right")  # fmt: skip
    axes.axvline(curves.status, color="#7b3fc4", linewidth=1, linestyle="-.", alpha=0.7)
    _date_axis(axes)
    axes.set_title(title, loc="left", fontsize=11)
    _money_axis(axes, currency)
    axes.legend(loc="lower right", fontsize=8, frameon=False)
    return figure


def cash_flow(
    months: list[tuple[str, float, float | None]], currency: str = "EUR", size: tuple[float, float] = SIZE
) -> Figure:
    """Monthly spend: planned (from the baseline) beside actual (to the status date)."""
    figure = _figure(size)
    title = "Monthly cash flow"
    if not months:
        return _empty(figure, title, "No baseline saved: nothing is planned by month yet")
    axes = figure.add_subplot()
    positions = range(len(months))
    width = 0.4
    axes.bar([p - width / 2 for p in positions], [m[1] for m in months], width, color=PV_COLOR, label="Planned")
    actual = [(p, m[2]) for p, m in zip(positions, months, strict=True) if m[2] is not None]
    axes.bar([p + width / 2 for p, _ in actual], [a for _, a in actual], width, color=AC_COLOR, label="Actual")
    labels = [datetime.strptime(m[0], "%Y-%m").strftime("%b %y") for m in months]
    step = max(1, len(labels) // 12)
    axes.set_xticks(list(positions)[::step], labels[::step])
    axes.set_title(title, loc="left", fontsize=11)
    _money_axis(axes, currency)
    axes.legend(loc="upper right", fontsize=8, frameon=False)
    return figure


def burn_rate(burn: BurnRate | None, currency: str = "EUR", size: tuple[float, float] = SIZE) -> Figure:
    """Actual spend per week to the status date, its average, and the rate that lands on budget."""
    figure = _figure(size)
    title = "Burn rate (per week)"
    if burn is None or not burn.weeks:
        return _empty(figure, title, "Nothing to show before the baseline start and the status date")
    axes = figure.add_subplot()
    weeks = [datetime.combine(week, time()) for week in burn.weeks]
    axes.bar(weeks, burn.spent, width=5, align="edge", color=AC_COLOR, alpha=0.8, label="Spent")
    axes.axhline(burn.average, color="#333333", linewidth=1.2, label=f"Average {burn.average:,.0f}")
    if burn.needed is not None:
        axes.axhline(burn.needed, color=PV_COLOR, linewidth=1.2, linestyle="--",
                     label=f"To finish on budget {burn.needed:,.0f}")  # fmt: skip
    _date_axis(axes)
    axes.set_title(title, loc="left", fontsize=11)
    _money_axis(axes, currency)
    axes.set_ylim(0, max([*burn.spent, burn.average, burn.needed or 0]) * 1.35 or 1)
    axes.legend(loc="upper right", fontsize=8, frameon=False, ncol=3)
    return figure
