"""The Monte Carlo part of the Risks sheet: the last simulation's percentiles of finish and cost,
its chances, and a histogram of the runs' finish dates as a native bar chart.

The figures are the Simulation page's and `planner simulate`'s (simulation_results.figures
of the stored runs); the histogram counts runs per equal span of days, as the page's chart
bins them, and its cumulative share is a formula over the counts.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet.worksheet import Worksheet

from planner.core.model.estimates import Simulation
from planner.core.risk.simulation_results import figures
from planner.core.schedule.compiled import compile_calendars
from planner.core.schedule.worktime import EPOCH
from planner.exchange.workbook.cells import formula, put
from planner.exchange.workbook.source import WorkbookSource
from planner.exchange.workbook.styles import COUNT, DATE, HEADER, HEADING, MONEY, PERCENT, TEXT

BINS = 20
ROWS = (("Planned", None), ("Mean", "mean"), ("P10", "p10"), ("P50", "p50"), ("P80", "p80"), ("P90", "p90"))
CHART_COLUMN = "I"  # right of the heat map


def finish_bins(simulation: Simulation, bins: int = BINS) -> list[tuple[date, int]]:
    """(first day of the bin, runs finishing in it): at most `bins` equal spans of whole days."""
    days = np.array([(EPOCH + timedelta(minutes=f)).toordinal() for f in simulation.finishes])
    first, last = int(days.min()), int(days.max())
    width = max(1, -(-(last - first + 1) // bins))  # days per bin, rounded up
    count = -(-(last - first + 1) // width)
    found = np.bincount((days - first) // width, minlength=count)
    return [(date.fromordinal(first + n * width), int(runs)) for n, runs in enumerate(found)]


def write(book: Workbook, sheet: Worksheet, source: WorkbookSource, simulation: Simulation, top: int) -> int:
    """The block from row `top` in columns B to D; names Risk_P50 and Risk_P80; returns its last row."""
    project = source.project
    found = figures(simulation, compile_calendars(project)[project.calendar_id])
    run = f"{simulation.runs:,} runs (seed {simulation.seed}), run {simulation.run_at:%Y-%m-%d}"
    title = f"Monte Carlo simulation: {run}"
    put(sheet.cell(top, 2), title, HEADING)
    header = top + 1
    for column, text in enumerate(("", "Finish", "Cost"), start=2):
        put(sheet.cell(header, column), text, HEADER)
    for n, (label, key) in enumerate(ROWS):
        row = header + 1 + n
        put(sheet.cell(row, 2), label, TEXT)
        finish = simulation.planned_finish if key is None else found.finish[key]
        cost = simulation.planned_cost if key is None else round(found.cost[key], 2)
        put(sheet.cell(row, 3), finish, DATE)
        put(sheet.cell(row, 4), cost, MONEY)
        if key in ("p50", "p80"):
            source.figure(book, f"Risk_{label}", f"{label} finish (Monte Carlo)", sheet.title, f"C{row}")
    chances = header + 1 + len(ROWS)
    put(sheet.cell(chances, 2), "Chance of the planned finish and cost", TEXT)
    put(sheet.cell(chances, 3), round(found.p_on_time, 4), PERCENT)
    put(sheet.cell(chances, 4), round(found.p_within_cost, 4), PERCENT)
    return _histogram(sheet, simulation, chances + 2, top)


def _histogram(sheet: Worksheet, simulation: Simulation, top: int, chart_row: int) -> int:
    put(sheet.cell(top, 2), "Finish dates of the runs", HEADING)
    header = top + 1
    for column, text in enumerate(("Finishing from", "Runs", "Runs by then"), start=2):
        put(sheet.cell(header, column), text, HEADER)
    bins = finish_bins(simulation)
    first, last = header + 1, header + len(bins)
    for n, (day, runs) in enumerate(bins):
        row = first + n
        put(sheet.cell(row, 2), day, DATE)
        put(sheet.cell(row, 3), runs, COUNT)
        formula(sheet.cell(row, 4), f"=SUM($C${first}:C{row})/SUM($C${first}:$C${last})", PERCENT)
    chart = BarChart()
    chart.type = "col"
    chart.title = "Simulated finish dates"
    chart.gapWidth = 10
    chart.add_data(Reference(sheet, min_col=3, min_row=header, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=2, min_row=first, max_row=last))
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.x_axis.number_format = "dd mmm"
    chart.x_axis.title = "finish"
    chart.y_axis.title = "runs"
    chart.legend = None
    chart.series[0].graphicalProperties.solidFill = "4A7EBB"
    chart.width, chart.height = 16.0, 7.5
    sheet.add_chart(chart, f"{CHART_COLUMN}{chart_row}")
    return last
