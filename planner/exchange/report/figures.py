"""The report's money and risk pages: the S-curve with the earned-value figures, the heat map with the
register's figures and the Monte Carlo percentiles, and the top risks. The charts are the Budget and
Risk tabs' own (planner/charts)."""

from __future__ import annotations

from planner.charts.evm_charts import s_curve
from planner.charts.risk_charts import heat_map_figure
from planner.core.report.facts import StatusFacts
from planner.exchange.report.pages import BODY, GREY, MARGIN, Column, Pages
from planner.exchange.report.sections import LATE, LIST_LIMIT, NOTHING, day, money

CHART_HEIGHT = 260.0
HEAT_MAP_SIZE = 240.0


def budget(pages: Pages, facts: StatusFacts) -> None:
    value, currency = facts.earned_value, facts.currency
    if facts.s_curve is None or value is None:
        pages.heading("Budget and earned value")
        pages.paragraph("Not measured: earned value needs a baseline with costs (Project > Set Baseline).",
                        size=NOTHING, colour=GREY)  # fmt: skip
        return
    pages.chart_page(lambda size: s_curve(facts.s_curve, currency, size))
    pages.heading(f"Budget and earned value at {day(facts.status)}")
    pages.chart_band(CHART_HEIGHT)

    def index(number: float | None) -> str:
        return "—" if number is None else f"{number:.2f}"

    rows = [
        ["Budget at completion (BAC)", money(value.bac, currency), "Schedule performance (SPI)", index(value.spi)],
        ["Planned value (PV)", money(value.pv, currency), "Cost performance (CPI)", index(value.cpi)],
        ["Earned value (EV)", money(value.ev, currency), "Estimate at completion (EAC)", money(value.eac, currency)],
        ["Actual cost (AC)", money(value.ac, currency), "Estimate to complete (ETC)", money(value.etc, currency)],
        [
            "Schedule variance (SV)",
            money(value.sv, currency),
            "Variance at completion (VAC)",
            money(value.vac, currency),
        ],
        ["Cost variance (CV)", money(value.cv, currency), "To-complete performance (TCPI)", index(value.tcpi)],
    ]
    columns = [
        Column("Figure", 150),
        Column("Value", 100, "right"),
        Column("Figure", 150),
        Column("Value", 99, "right"),
    ]
    pages.table(columns, rows)
    _phase_table(pages, facts)
    pages.paragraph(
        "EV: the baseline cost of the work done; PV: of the work planned done by the status date; AC: what it "
        "cost. SPI = EV / PV, CPI = EV / AC, EAC = BAC / CPI, VAC = BAC - EAC. A phase's forecast is what it has "
        "cost plus what its remaining work costs (MS Project's Cost); its variance is BAC - forecast.",
        size=7.5, colour=GREY,
    )  # fmt: skip


def _phase_table(pages: Pages, facts: StatusFacts) -> None:
    if not facts.phases:
        return
    currency = facts.currency
    pages.heading("Cost by phase", size=11)
    rows = [
        [str(p.id), p.name, money(p.bac, ""), money(p.ac, ""), money(p.forecast, ""), money(p.variance, ""),
         "—" if p.cpi is None else f"{p.cpi:.2f}"]
        for p in facts.phases[:LIST_LIMIT]
    ]  # fmt: skip
    total = facts.earned_value
    forecast = sum(p.forecast for p in facts.phases)
    rows.append(["", "Project", money(total.bac, ""), money(total.ac, ""), money(forecast, ""),
                 money(total.bac - forecast, ""), "—" if total.cpi is None else f"{total.cpi:.2f}"])  # fmt: skip
    columns = [Column("ID", 34, "right"), Column("Phase", 135), Column(f"BAC ({currency})", 72, "right"),
               Column("Actual", 64, "right"), Column("Forecast", 68, "right"), Column("Variance", 72, "right"),
               Column("CPI", 54, "right")]  # fmt: skip
    marks = [LATE if p.variance < 0 else None for p in facts.phases[:LIST_LIMIT]] + [None]
    pages.table(columns, rows, marks=marks)
    if len(facts.phases) > LIST_LIMIT:
        pages.paragraph(
            f"The project row adds up all {len(facts.phases)} phases; the first {LIST_LIMIT} are listed.",
            size=8,
            colour=GREY,
        )


def risks(pages: Pages, facts: StatusFacts) -> None:
    found = facts.risks
    if not found.lines:
        pages.heading("Risks")
        pages.paragraph("The risk register is empty.", size=NOTHING, colour=GREY)
        return
    pages.chart_page(lambda size: heat_map_figure(found.heat_map, "Open risks", size))
    pages.heading("Risks")
    top = pages.chart_band(HEAT_MAP_SIZE, HEAT_MAP_SIZE)
    x, y = MARGIN + HEAT_MAP_SIZE + 24, top + 30
    for label, text in _risk_figures(facts):
        pages.write(x, y, label, size=8, colour=GREY)
        pages.write(x, y + 12, text, size=BODY + 1, bold=True)
        y += 32
    pages.heading(f"Top {len(found.top)} risks")
    pages.table(
        [Column("ID", 26, "right"), Column("Risk", 181, wrap=True), Column("Owner", 84), Column("P", 32, "right"),
         Column("I", 20, "right"), Column("Score", 34, "right"), Column("EMV", 56, "right"), Column("Response", 66)],
        [[str(line.risk.id), line.risk.title, line.owner, f"{line.risk.probability:.0%}", str(line.impact),
          str(line.score), money(line.emv, ""), line.risk.response.value] for line in found.top],
    )  # fmt: skip


def _risk_figures(facts: StatusFacts) -> list[tuple[str, str]]:
    found, currency = facts.risks, facts.currency
    high = sum(line.score >= 15 for line in found.open_threats)
    figures = [
        ("Open threats (high: score 15+)", f"{len(found.open_threats)} ({high} high)"),
        ("Contingency reserve: the open risks' EMV", money(found.contingency, currency)),
    ]
    simulation = facts.simulation
    if simulation is None:
        figures.append(("Monte Carlo", "not run yet (Project > Run Simulation)"))
        return figures
    runs = simulation.simulation.runs
    figures += [
        (f"Finish, P50 / P80 ({runs:,} runs, {day(simulation.simulation.run_at)})",
         f"{day(simulation.finish['p50'])} / {day(simulation.finish['p80'])}"),
        ("Cost, P50 / P80", f"{money(simulation.cost['p50'], '')} / {money(simulation.cost['p80'], currency)}"),
        ("Chance of finishing by the planned finish", f"{simulation.p_on_time:.0%}"),
    ]  # fmt: skip
    return figures
