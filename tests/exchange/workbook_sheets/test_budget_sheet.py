"""The Budget & EVM sheet holds the Budget tab's and `planner evm`'s figures, as live formulas."""

from __future__ import annotations

import pytest
from openpyxl.chart import BarChart, LineChart

from planner.core.cost import project_costs
from planner.core.evm.curves import monthly_cash_flow
from planner.core.evm.earned_value import EarnedValue
from planner.core.model.entities import Project
from planner.core.schedule.engine import schedule
from planner.exchange.cost_report import account_rows
from planner.exchange.demo import demo_project
from planner.exchange.evm_report import evm_dict
from planner.exchange.workbook.book import build_workbook
from planner.exchange.workbook.budget_sheet import HEADER_ROW, SHEET
from tests.exchange.workbook_sheets.conftest import find_row, recalculate, rows_of

NAMES = ("Budget_BAC", "EVM_PV", "EVM_EV", "EVM_AC", "EVM_CPI", "EVM_SPI", "EVM_EAC")
LABELS = {
    "bac": "Budget at completion (BAC)", "pv": "Planned value (PV)", "ev": "Earned value (EV)",
    "ac": "Actual cost (AC)", "sv": "Schedule variance (SV)", "cv": "Cost variance (CV)",
    "cpi": "Cost performance index (CPI)", "spi": "Schedule performance index (SPI)",
    "eac": "Estimate at completion (EAC)", "etc": "Estimate to complete (ETC)",
    "vac": "Variance at completion (VAC)", "tcpi": "To-complete performance index (TCPI)",
}  # fmt: skip


@pytest.fixture(scope="module")
def evm(demo_schedule) -> dict:
    return evm_dict(EarnedValue(demo_schedule, demo_schedule.project.status_date))


def test_the_key_figures_are_formulas_and_cpi_is_ev_over_ac(demo_book) -> None:
    sheet = demo_book[SHEET]
    cpi = sheet.cell(find_row(sheet, LABELS["cpi"]), 2).value
    ev, ac = (f"B{find_row(sheet, LABELS[k])}" for k in ("ev", "ac"))
    assert cpi.startswith("=IF(") and f"{ev}/{ac}" in cpi  # guarded against AC = 0
    for key in LABELS:
        assert str(sheet.cell(find_row(sheet, LABELS[key]), 2).value).startswith("=")


def test_the_summary_names_point_at_the_key_figures(demo_book) -> None:
    sheet = demo_book[SHEET]
    for name, key in zip(NAMES, ("bac", "pv", "ev", "ac", "cpi", "spi", "eac"), strict=True):
        row = find_row(sheet, LABELS[key])
        assert demo_book.defined_names[name].attr_text == f"'{SHEET}'!$B${row}"


def test_each_phase_row_holds_the_tabs_money_and_earned_value(demo_book, demo_schedule) -> None:
    sheet = demo_book[SHEET]
    columns = rows_of(sheet, HEADER_ROW)
    project = demo_schedule.project
    costs = project_costs(project, demo_schedule)
    value = EarnedValue(demo_schedule, project.status_date)
    for task_id in demo_schedule.outline.children[None]:
        row = find_row(sheet, project.tasks[task_id].name)
        money, earned = costs.tasks[task_id], value.task(task_id)
        assert sheet.cell(row, columns["Budget"]).value == pytest.approx(money.budget, abs=0.01)
        assert sheet.cell(row, columns["Forecast"]).value == pytest.approx(money.forecast, abs=0.01)
        assert sheet.cell(row, columns["EV"]).value == pytest.approx(earned.ev, abs=0.01)
        assert sheet.cell(row, columns["Variance"]).value == f"=B{row}-D{row}"
    assert [n for n, _ in account_rows(costs)] == [
        sheet.cell(r, 1).value for r in range(find_row(sheet, "Account") + 1, find_row(sheet, "All accounts"))
    ]


def test_three_native_charts_drawn_from_the_sheets_tables(demo_book) -> None:
    sheet = demo_book[SHEET]
    charts = sheet._charts
    assert [type(c) for c in charts] == [LineChart, BarChart, BarChart]
    month = find_row(sheet, "Month")
    s_curve = [series.val.numRef.f for series in charts[0].series]
    assert s_curve == [f"'{SHEET}'!${c}${month + 1}:${c}${sheet.max_row}" for c in "BCD"]
    assert [s.tx.strRef.f for s in charts[0].series] == [f"'{SHEET}'!{c}{month}" for c in "BCD"]
    accounts = find_row(sheet, "Account")
    categories = charts[1].series[0].cat
    last = find_row(sheet, "All accounts") - 1
    assert (categories.numRef or categories.strRef).f == f"'{SHEET}'!$A${accounts + 1}:$A${last}"
    assert [series.val.numRef.f.split("!")[1][:2] for series in charts[2].series] == ["$E", "$F"]


def test_libreoffice_recalculates_the_figures_of_planner_evm(demo_values, evm) -> None:
    sheet = demo_values[SHEET]
    for key, label in LABELS.items():
        found = sheet.cell(find_row(sheet, label), 2).value
        assert found == pytest.approx(evm[key], abs=0.02 if key not in ("cpi", "spi", "tcpi") else 0.0001), key


def test_libreoffice_recalculates_variances_totals_and_monthly_spend(demo_values, demo_schedule) -> None:
    sheet = demo_values[SHEET]
    costs = project_costs(demo_schedule.project, demo_schedule)
    total = find_row(sheet, "Project")
    figures = costs.project_figures
    assert sheet.cell(total, 2).value == pytest.approx(figures.budget, abs=0.05)
    assert sheet.cell(total, 4).value == pytest.approx(figures.forecast, abs=0.05)
    assert sheet.cell(total, 5).value == pytest.approx(figures.variance, abs=0.05)
    month = find_row(sheet, "Month")
    flow = monthly_cash_flow(EarnedValue(demo_schedule, demo_schedule.project.status_date))
    assert len(flow) == sheet.max_row - month
    for n, (_month, planned, spent) in enumerate(flow):
        assert sheet.cell(month + 1 + n, 5).value == pytest.approx(planned, abs=0.05)
        if spent is None:
            assert sheet.cell(month + 1 + n, 6).value is None
        else:
            assert sheet.cell(month + 1 + n, 6).value == pytest.approx(spent, abs=0.05)


def test_an_amount_changed_in_the_sheet_moves_cpi(demo_path, tmp_path) -> None:
    """A stakeholder who corrects a phase's actual cost sees CPI follow: CPI is computed in the cell."""
    from openpyxl import load_workbook

    book = load_workbook(demo_path)
    sheet = book[SHEET]
    first = HEADER_ROW + 1
    sheet.cell(first, 9).value = sheet.cell(first, 9).value + 100_000  # the first phase's AC
    book.save(tmp_path / "edited.xlsx")
    values = recalculate(tmp_path / "edited.xlsx", tmp_path)[SHEET]
    ev = values.cell(find_row(values, LABELS["ev"]), 2).value
    ac = values.cell(find_row(values, LABELS["ac"]), 2).value
    assert values.cell(find_row(values, LABELS["cpi"]), 2).value == pytest.approx(ev / ac)
    assert values.cell(first, 12).value == pytest.approx(values.cell(first, 8).value / values.cell(first, 9).value)


def test_no_sheet_without_costs_or_a_baseline() -> None:
    book = build_workbook(schedule(Project(name="Empty")))
    assert SHEET not in book.sheetnames
    assert "EVM_CPI" not in book.defined_names


def test_costs_without_a_baseline_say_so_and_draw_only_the_accounts() -> None:
    project = demo_project()
    project.baselines.clear()
    project.task_baselines.clear()
    sheet = build_workbook(schedule(project))[SHEET]
    assert [type(c) for c in sheet._charts] == [BarChart]
    assert "no baseline saved" in sheet["A2"].value
    month = find_row(sheet, "Month")
    assert sheet.cell(month + 1, 1).value.startswith("No baseline saved")


def test_a_baseline_without_costs_and_no_status_date_is_measured_today() -> None:
    project = demo_project()
    for table in ("assignments", "task_costs", "expenses", "budget_lines"):
        getattr(project, table).clear()
    project.status_date = None
    book = build_workbook(schedule(project))
    sheet = book[SHEET]
    assert "today: the project has no status date" in sheet["A2"].value
    assert [type(c) for c in sheet._charts] == [LineChart, BarChart]
    assert sheet.cell(find_row(sheet, LABELS["bac"]), 2).value == f"=F{find_row(sheet, 'Project')}"


def test_a_baseline_of_no_cost_gives_empty_tables_and_no_circular_sums() -> None:
    project = demo_project()
    for table in ("assignments", "task_costs", "expenses", "budget_lines"):
        getattr(project, table).clear()
    for row in project.task_baselines.values():
        row.cost = 0.0
    sheet = build_workbook(schedule(project))[SHEET]
    total, accounts = find_row(sheet, "Project"), find_row(sheet, "All accounts")
    assert sheet.cell(HEADER_ROW + 1, 1).value.startswith("No phase")
    assert sheet.cell(total, 2).value == f"=SUM(B{HEADER_ROW + 1}:B{total - 1})"
    assert sheet.cell(accounts, 2).value == f"=SUM(B{accounts - 1}:B{accounts - 1})"
    assert sheet.cell(accounts - 1, 1).value.startswith("No costs")
    assert [type(c) for c in sheet._charts] == [LineChart, BarChart]  # the curve of a plan at no cost
