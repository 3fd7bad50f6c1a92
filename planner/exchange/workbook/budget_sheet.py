"""The Budget & EVM sheet: money per phase and per cost account, earned value as live formulas, the
month-by-month curve, and three native charts (S-curve, cost by account, monthly cash flow).

The figures are the Budget tab's and `planner evm`'s: budget, actual and forecast come from the
cost part (project_costs, every expense booked), BAC/PV/EV/AC from EarnedValue at the status
date against the measured baseline. The sheet writes those four amounts per phase as values
and derives everything else in the cell (SV, CV, CPI = EV/AC guarded against a zero AC, EAC =
BAC/CPI, ...), by the rules of core/evm/figures.py, so a stakeholder who changes an amount sees
the indices follow. Written only when the project has costs or a baseline.
"""

from __future__ import annotations

from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from planner.core.cost import ProjectCosts, project_costs
from planner.core.cost.figures import Figures as Money
from planner.core.evm.baselines import measured_baseline
from planner.core.evm.curves import actual_at_many, earned_at_many, month_ends
from planner.core.evm.earned_value import EarnedValue
from planner.core.evm.figures import Figures as Value
from planner.core.model.baselines import baseline_label
from planner.exchange.cost_report import account_rows, has_costs
from planner.exchange.workbook import budget_charts
from planner.exchange.workbook.cells import formula, put
from planner.exchange.workbook.layout import fit_widths, table_frame
from planner.exchange.workbook.page import print_setup
from planner.exchange.workbook.source import WorkbookSource
from planner.exchange.workbook.styles import (
    ASIDE,
    HEADER,
    HEADING,
    MONEY,
    NOTE,
    NUMBER,
    TEXT,
    TITLE,
    TOTAL,
    TOTAL_MONEY,
)

SHEET = "Budget & EVM"
HEADER_ROW = 4
PHASE_HEADERS = ("Phase", "Budget", "Actual", "Forecast", "Variance", "BAC", "PV", "EV", "AC", "SV", "CV", "CPI", "SPI")
TINY = "0.000000001"
AMOUNT_WIDTH = 14  # a denominator below this is zero, as core/evm/figures.ratio has it


def applies(source: WorkbookSource) -> bool:
    """Whether the project has anything for this sheet: costs, or a baseline to measure against."""
    return has_costs(source.schedule) or measured_baseline(source.project) is not None


def status_moment(source: WorkbookSource) -> datetime:
    """The moment earned value is measured at: the status date, else today at 17:00 (as `planner evm`)."""
    return source.project.status_date or datetime.combine(date.today(), time(17, 0))


def write(book: Workbook, source: WorkbookSource) -> None:
    if not applies(source):
        return
    schedule = source.schedule
    status = status_moment(source)
    costs = project_costs(schedule.project, schedule)
    value = EarnedValue(schedule, status, costs=costs)  # the same costs: priced once
    sheet = book.create_sheet(SHEET)
    _title(sheet, source, value)
    total_row = _phase_table(sheet, costs, value)
    figures_row = total_row + 2
    after_figures = _key_figures(book, sheet, source, figures_row, total_row)
    accounts_row = after_figures + 1
    accounts_end = _account_table(sheet, costs, accounts_row)
    months_row = accounts_end + 2
    months_end = _month_table(sheet, value, months_row)
    _widths(sheet)
    table_frame(sheet, HEADER_ROW, total_row - 1, len(PHASE_HEADERS))
    budget_charts.add_charts(
        sheet, figures_row, (accounts_row, accounts_end), (months_row, months_end), source.project.currency
    )
    print_setup(sheet, source.project.name, f"{HEADER_ROW}:{HEADER_ROW}")


def _widths(sheet: Worksheet) -> None:
    """The names' column fitted to them; the amounts' wide enough for 9,999,999.99 and a symbol, so
    that the meanings of the key figures run over the empty cells to their right."""
    fit_widths(sheet, first_row=HEADER_ROW, minimum=24, maximum=40)
    for column in range(2, len(PHASE_HEADERS) + 1):
        sheet.column_dimensions[sheet.cell(1, column).column_letter].width = AMOUNT_WIDTH


def _title(sheet: Worksheet, source: WorkbookSource, value: EarnedValue) -> None:
    put(sheet["A1"], f"Budget and earned value: {source.project.name}", TITLE)
    baseline = value.baseline
    against = "no baseline saved (BAC, PV and EV are 0)" if baseline is None else baseline_label(baseline.number)
    if baseline is not None and baseline.name:
        against += f" ({baseline.name})"
    today = "" if source.project.status_date else " (today: the project has no status date)"
    put(
        sheet["A2"],
        f"Earned value at {value.status:%Y-%m-%d %H:%M}{today} against {against}; "
        f"amounts in {source.project.currency}. "
        "Budget, Actual and Forecast count every expense booked; AC those booked by the status date.",
        TEXT,
    )


def _phases(costs: ProjectCosts, value: EarnedValue) -> list[tuple[str, Money, Value]]:
    """(name, money, earned value) of each top-level task with any figure, and of the project's own
    budget lines and expenses on no task: rows that add up to the project."""
    schedule = costs.schedule
    rows = []
    for task_id in schedule.outline.children.get(None, ()):
        money, earned = costs.tasks[task_id], value.task(task_id)
        if any((money.budget, money.cost, earned.bac, earned.ac)):
            rows.append((schedule.project.tasks[task_id].name, money, earned))
    level = costs.project_level
    if level.budget or level.cost or value.project_level_actual:
        rows.append(("Project level (no task)", level, Value(0.0, 0.0, 0.0, value.project_level_actual)))
    return rows


def _phase_table(sheet: Worksheet, costs: ProjectCosts, value: EarnedValue) -> int:
    """The table per phase from HEADER_ROW; returns the row of its Project totals."""
    for column, text in enumerate(PHASE_HEADERS, start=1):
        put(sheet.cell(HEADER_ROW, column), text, HEADER)
    row = HEADER_ROW + 1
    put(sheet.cell(row, 1), "No phase has a cost or a baseline cost yet", TEXT)  # written over by the first
    for row, (name, money, earned) in enumerate(_phases(costs, value), start=HEADER_ROW + 1):
        put(sheet.cell(row, 1), name, TEXT)
        for column, amount in enumerate((money.budget, money.actual, money.forecast), start=2):
            put(sheet.cell(row, column), round(amount, 2), MONEY)
        for column, amount in enumerate((earned.bac, earned.pv, earned.ev, earned.ac), start=6):
            put(sheet.cell(row, column), round(amount, 2), MONEY)
        _derived(sheet, row)
    total = row + 1
    put(sheet.cell(total, 1), "Project", TOTAL)
    for column in range(2, 10):
        letter = sheet.cell(total, column).column_letter
        formula(sheet.cell(total, column), f"=SUM({letter}{HEADER_ROW + 1}:{letter}{row})", TOTAL_MONEY)
    _derived(sheet, total, TOTAL_MONEY)
    return total


def _derived(sheet: Worksheet, row: int, money_style: str = MONEY) -> None:
    """Variance, SV, CV, CPI and SPI of one row, from the amounts to their left."""
    formula(sheet.cell(row, 5), f"=B{row}-D{row}", money_style)
    formula(sheet.cell(row, 10), f"=H{row}-G{row}", money_style)
    formula(sheet.cell(row, 11), f"=H{row}-I{row}", money_style)
    formula(sheet.cell(row, 12), f'=IF(ABS(I{row})<{TINY},"",H{row}/I{row})', NUMBER)
    formula(sheet.cell(row, 13), f'=IF(ABS(G{row})<{TINY},"",H{row}/G{row})', NUMBER)


# name for the Summary (or None), label, formula ({row}: the phase table's totals; {BAC}: that figure's cell), meaning
KEY_FIGURES = (
    ("Budget_BAC", "Budget at completion (BAC)", "=F{row}", "the baseline's cost"),
    ("EVM_PV", "Planned value (PV)", "=G{row}", "baseline cost planned done by the status date"),
    ("EVM_EV", "Earned value (EV)", "=H{row}", "BAC x % complete"),
    ("EVM_AC", "Actual cost (AC)", "=I{row}", "spent by the status date"),
    (None, "Schedule variance (SV)", "={EV}-{PV}", "EV - PV"),
    (None, "Cost variance (CV)", "={EV}-{AC}", "EV - AC"),
    ("EVM_CPI", "Cost performance index (CPI)", '=IF(ABS({AC})<{tiny},"",{EV}/{AC})', "EV / AC; blank: AC 0"),
    ("EVM_SPI", "Schedule performance index (SPI)", '=IF(ABS({PV})<{tiny},"",{EV}/{PV})', "EV / PV; blank: PV 0"),
    (
        "EVM_EAC",
        "Estimate at completion (EAC)",
        '=IF(AND({EV}=0,{AC}=0),{BAC},IF(ABS(N({CPI}))<{tiny},"",{BAC}/{CPI}))',
        "BAC / CPI; BAC while nothing is earned or spent",
    ),
    (None, "Estimate to complete (ETC)", '=IF({EAC}="","",{EAC}-{AC})', "EAC - AC"),
    (None, "Variance at completion (VAC)", '=IF({EAC}="","",{BAC}-{EAC})', "BAC - EAC; negative: over budget"),
    (
        None,
        "To-complete performance index (TCPI)",
        '=IF(ABS({BAC}-{AC})<{tiny},"",({BAC}-{EV})/({BAC}-{AC}))',
        "(BAC - EV) / (BAC - AC): the efficiency the rest needs",
    ),
)
SHORT = ("BAC", "PV", "EV", "AC", "SV", "CV", "CPI", "SPI", "EAC", "ETC", "VAC", "TCPI")


def _key_figures(book: Workbook, sheet: Worksheet, source: WorkbookSource, first: int, total: int) -> int:
    """The project's earned value, one figure a row, each a formula; returns the row after the block."""
    put(sheet.cell(first, 1), "Earned value at the status date", HEADING)
    cells = {key: f"B{first + 1 + n}" for n, key in enumerate(SHORT)}
    for n, (name, label, text, meaning) in enumerate(KEY_FIGURES):
        row = first + 1 + n
        put(sheet.cell(row, 1), label, TEXT)
        style = NUMBER if SHORT[n] in ("CPI", "SPI", "TCPI") else MONEY
        formula(sheet.cell(row, 2), text.format(row=total, tiny=TINY, **cells), style)
        put(sheet.cell(row, 3), meaning, ASIDE)
        if name is not None:
            source.figure(book, name, label, SHEET, f"B{row}")
    return first + 1 + len(KEY_FIGURES)


def _account_table(sheet: Worksheet, costs: ProjectCosts, first: int) -> int:
    """Budget, actual, forecast and variance per cost account; returns the row of its totals."""
    put(sheet.cell(first, 1), "Cost by account", HEADING)
    header = first + 1
    for column, text in enumerate(("Account", "Budget", "Actual", "Forecast", "Variance"), start=1):
        put(sheet.cell(header, column), text, HEADER)
    row = header + 1
    put(sheet.cell(row, 1), "No costs booked to an account yet", TEXT)  # written over by the first
    for row, (name, money) in enumerate(account_rows(costs), start=header + 1):
        put(sheet.cell(row, 1), name, TEXT)
        for column, amount in enumerate((money.budget, money.actual, money.forecast), start=2):
            put(sheet.cell(row, column), round(amount, 2), MONEY)
        formula(sheet.cell(row, 5), f"=B{row}-D{row}", MONEY)
    total = row + 1
    put(sheet.cell(total, 1), "All accounts", TOTAL)
    for letter in "BCD":
        formula(sheet[f"{letter}{total}"], f"=SUM({letter}{header + 1}:{letter}{row})", TOTAL_MONEY)
    formula(sheet[f"E{total}"], f"=B{total}-D{total}", TOTAL_MONEY)
    return total


MONTH_HEADERS = ("Month", "PV (cumulative)", "EV (cumulative)", "AC (cumulative)", "Planned spend", "Actual spend")


def _month_table(sheet: Worksheet, value: EarnedValue, first: int) -> int:
    """PV, EV and AC at each month's end (EV and AC up to the status date) and the spend per month
    as differences; returns the last row (the header's when there is no baseline to spread)."""
    put(sheet.cell(first, 1), "Month by month", HEADING)
    header = first + 1
    for column, text in enumerate(MONTH_HEADERS, start=1):
        put(sheet.cell(header, column), text, HEADER)
    span = value.baseline_span()
    if span is None:
        put(sheet.cell(header + 1, 1), "No baseline saved: the curve needs one (Project > Set Baseline).", NOTE)
        return header
    status = value.status
    ends = month_ends(span[0].date(), max(span[1], status).date())
    moments = [datetime.combine(day, time(23, 59)) for day in ends]
    capped = [min(moment, status) for moment in moments]
    planned = value.planned_at_many(moments)
    earned, actual = earned_at_many(value, capped), actual_at_many(value, capped)
    row = header
    for n, day in enumerate(ends):
        row = header + 1 + n
        put(sheet.cell(row, 1), f"{day:%b %Y}", TEXT)
        put(sheet.cell(row, 2), round(float(planned[n]), 2), MONEY)
        known = day.replace(day=1) <= status.date()
        before = f"B{row - 1}" if n else "0"
        formula(sheet.cell(row, 5), f"=B{row}-{before}", MONEY)
        if known:
            put(sheet.cell(row, 3), round(float(earned[n]), 2), MONEY)
            put(sheet.cell(row, 4), round(float(actual[n]), 2), MONEY)
            formula(sheet.cell(row, 6), f"=D{row}-{f'D{row - 1}' if n else '0'}", MONEY)
    return row
