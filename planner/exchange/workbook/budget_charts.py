"""The Budget & EVM sheet's native charts, drawn by Excel or LibreOffice from the sheet's own tables:
the S-curve (PV, EV, AC cumulative by month), cost by account (budget against forecast and actual)
and the monthly cash flow (planned against actual spend). Edit a figure and the chart follows."""

from __future__ import annotations

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.axis import ChartLines
from openpyxl.worksheet.worksheet import Worksheet

from planner.exchange.workbook.styles import money_format

CHART_COLUMN = "H"  # below the phase table, right of the narrower tables: within the printed width
WIDTH, HEIGHT = 16.0, 7.0  # cm: the phase table's columns H to M
ROWS_PER_CHART = 15
COLOURS = ("1F4E79", "70AD47", "C00000")  # planned, earned, actual: as the Budget tab draws them


def _axes(chart, currency: str) -> None:
    """Axes shown (openpyxl hides them unless told), amounts in whole units of the currency."""
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.numFmt = money_format(currency).split(";")[0].replace(".00", "")
    chart.y_axis.majorGridlines = ChartLines()
    chart.legend.position = "b"
    chart.width, chart.height = WIDTH, HEIGHT


def _colour(chart, line: bool) -> None:
    for series, colour in zip(chart.series, COLOURS, strict=False):
        if line:
            series.graphicalProperties.line.solidFill = colour
            series.graphicalProperties.line.width = 28575  # 2.25 pt
            series.smooth = False
        else:
            series.graphicalProperties.solidFill = colour
            series.graphicalProperties.line.solidFill = colour


def s_curve(sheet: Worksheet, header: int, last: int, currency: str) -> LineChart:
    chart = LineChart()
    chart.title = "S-curve (cumulative)"
    chart.add_data(Reference(sheet, min_col=2, max_col=4, min_row=header, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=header + 1, max_row=last))
    _axes(chart, currency)
    _colour(chart, line=True)
    return chart


def cash_flow(sheet: Worksheet, header: int, last: int, currency: str) -> BarChart:
    chart = BarChart()
    chart.type = "col"
    chart.title = "Monthly cash flow"
    chart.add_data(Reference(sheet, min_col=5, max_col=6, min_row=header, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=header + 1, max_row=last))
    _axes(chart, currency)
    _colour(chart, line=False)
    return chart


def cost_by_account(sheet: Worksheet, header: int, last: int, currency: str) -> BarChart:
    """Budget, actual and forecast of each account (the rows between the header and the totals)."""
    chart = BarChart()
    chart.type = "bar"
    chart.title = "Cost by account"
    chart.add_data(Reference(sheet, min_col=2, max_col=4, min_row=header, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=header + 1, max_row=last))
    _axes(chart, currency)
    chart.x_axis.scaling.orientation = "maxMin"  # the first account on top, as in the table
    _colour(chart, line=False)
    return chart


def add_charts(sheet: Worksheet, top: int, accounts: tuple[int, int], months: tuple[int, int], currency: str) -> None:
    """The charts one under the other from row `top`, right of the tables below the phase table;
    `accounts` and `months`: each table's title row and last row. A chart with no rows is left out."""
    accounts_row, accounts_total = accounts
    months_row, months_last = months
    charts = []
    if months_last > months_row + 1:
        charts.append(s_curve(sheet, months_row + 1, months_last, currency))
    if sheet.cell(accounts_row + 2, 2).value is not None:  # an account's budget, not the "no costs" line
        charts.append(cost_by_account(sheet, accounts_row + 1, accounts_total - 1, currency))
    if months_last > months_row + 1:
        charts.append(cash_flow(sheet, months_row + 1, months_last, currency))
    for n, chart in enumerate(charts):
        sheet.add_chart(chart, f"{CHART_COLUMN}{top + n * ROWS_PER_CHART}")
