"""The Risks sheet: the Risk tab's register, a heat map of COUNTIFS formulas, the Monte Carlo figures."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl.chart import BarChart

from planner.core.risk.entities import Risk, RiskKind, RiskStatus
from planner.core.risk.register import heat_map, register_lines, top_risks
from planner.core.risk.scoring import contingency_reserve
from planner.core.risk.simulation_results import figures, last_simulation
from planner.core.schedule.compiled import compile_calendars
from planner.core.schedule.engine import schedule
from planner.exchange.demo import demo_project
from planner.exchange.workbook.book import build_workbook
from planner.exchange.workbook.risk_sheet import COLUMN, SHEET, TOP_ROWS, heat_formula
from tests.exchange.workbook_sheets.conftest import find_row, recalculate


def test_rows_2_to_6_are_the_top_five_open_threats(demo_book, demo_schedule) -> None:
    sheet = demo_book[SHEET]
    top = top_risks(register_lines(demo_schedule.project))
    assert [sheet.cell(row, COLUMN["ID"]).value for row in TOP_ROWS] == [line.risk.id for line in top]
    assert sheet.cell(1, 1).value == "ID" and sheet.freeze_panes == "C2"
    assert sheet.auto_filter.ref.startswith("A1:T")
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A3 and sheet.print_title_rows == "$1:$1"


def test_every_risk_is_in_the_register_with_score_and_emv_as_formulas(demo_book, demo_schedule) -> None:
    sheet = demo_book[SHEET]
    lines = {line.risk.id: line for line in register_lines(demo_schedule.project)}
    rows = {sheet.cell(r, 1).value: r for r in range(2, 2 + len(lines))}
    assert set(rows) == set(lines)
    for risk_id, row in rows.items():
        line = lines[risk_id]
        assert sheet.cell(row, COLUMN["Title"]).value == line.risk.title
        assert sheet.cell(row, COLUMN["P score"]).value == line.probability_score
        assert sheet.cell(row, COLUMN["Score"]).value == f"=H{row}*I{row}"
        assert sheet.cell(row, COLUMN["EMV"]).value.startswith("=IF(C")


def test_the_heat_map_counts_are_countifs_over_the_register(demo_book, demo_schedule) -> None:
    sheet = demo_book[SHEET]
    corner = find_row(sheet, "P score")
    last = 1 + len(demo_schedule.project.risks)
    assert sheet.cell(corner + 1, 3).value == heat_formula(last, 5, 1)
    assert sheet.cell(corner + 1, 3).value.startswith("=COUNTIFS($H$2:$H$")
    assert sheet.conditional_formatting  # the colour scale


def test_libreoffice_counts_the_register_as_the_risk_tab(demo_values, demo_schedule) -> None:
    sheet = demo_values[SHEET]
    project = demo_schedule.project
    lines = register_lines(project)
    counts = heat_map(lines)
    corner = find_row(sheet, "P score")
    for n, probability in enumerate(range(5, 0, -1)):
        for impact in range(1, 6):
            assert sheet.cell(corner + 1 + n, 2 + impact).value == counts.get((probability, impact), 0)
    exposure = find_row(sheet, "Risk exposure (open risks' EMV)", column=2)
    assert sheet.cell(exposure, 3).value == pytest.approx(contingency_reserve(project), abs=0.01)
    threats = find_row(sheet, "Open threats", column=2)
    open_threats = [line for line in lines if line.risk.status.value == "open" and line.risk.kind.value == "threat"]
    assert sheet.cell(threats, 3).value == len(open_threats)
    scores = {sheet.cell(r, 1).value: sheet.cell(r, COLUMN["Score"]).value for r in range(2, 2 + len(lines))}
    assert scores == {line.risk.id: line.score for line in lines}
    emv = {sheet.cell(r, 1).value: sheet.cell(r, COLUMN["EMV"]).value for r in range(2, 2 + len(lines))}
    assert emv == pytest.approx({line.risk.id: line.emv for line in lines})


def test_monte_carlo_p50_p80_and_histogram(demo_book, demo_values, demo_schedule) -> None:
    project = demo_schedule.project
    simulation = last_simulation(project)
    found = figures(simulation, compile_calendars(project)[project.calendar_id])
    sheet = demo_book[SHEET]
    for name, key in (("Risk_P50", "p50"), ("Risk_P80", "p80")):
        cell = demo_book.defined_names[name].attr_text.split("!")[1].replace("$", "")
        assert sheet[cell].value == found.finish[key]
    (chart,) = sheet._charts
    assert isinstance(chart, BarChart)
    runs = chart.series[0].val.numRef.f
    first, last = (int(part.split("$")[-1]) for part in runs.split("!")[1].split(":"))
    assert sum(sheet.cell(r, 3).value for r in range(first, last + 1)) == simulation.runs
    assert demo_values[SHEET].cell(last, 4).value == pytest.approx(1.0)


def test_hostile_titles_stay_text_and_no_risks_no_sheet(tmp_path) -> None:
    project = demo_project()
    hostile = '=HYPERLINK("http://evil","x")'
    project.risks[99] = Risk(99, hostile, kind=RiskKind.OPPORTUNITY, probability=0.9, impact_cost=5)
    project.risks[98] = Risk(98, "+1-2", status=RiskStatus.CLOSED, review=date(2027, 3, 1))
    path = tmp_path / "hostile.xlsx"
    build_workbook(schedule(project)).save(path)
    sheet = recalculate(path, tmp_path)[SHEET]
    titles = {sheet.cell(r, 1).value: sheet.cell(r, 2).value for r in range(2, 2 + len(project.risks))}
    assert titles[99] == hostile and titles[98] == "+1-2"
    project.risks.clear()
    assert SHEET not in build_workbook(schedule(project)).sheetnames
