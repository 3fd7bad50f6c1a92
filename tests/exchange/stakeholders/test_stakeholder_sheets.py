"""The Stakeholders and Communication sheets of the workbook: the register with its quadrants and the grid,
the plan with what is overdue; read back, and recalculated by LibreOffice."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from planner.core.communication.grid import engagement_gap, quadrant
from planner.core.model.factory import new_project
from planner.core.schedule.engine import schedule
from planner.exchange.demo import demo_project
from planner.exchange.workbook import communication_sheet
from planner.exchange.workbook.book import build_workbook
from planner.exchange.workbook.source import WorkbookSource
from tests.exchange.workbook_sheets.conftest import recalculate


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("stakeholders") / "demo.xlsx"
    build_workbook(schedule(demo_project())).save(path)
    return path


def headers(sheet) -> dict[str, int]:
    return {cell.value: cell.column for cell in sheet[1] if cell.value is not None}


def test_the_stakeholders_sheet_lists_the_register_with_formulas_and_the_grid(demo_path):
    sheet = load_workbook(demo_path)["Stakeholders"]
    columns = headers(sheet)
    assert list(columns)[:3] == ["ID", "Name", "Role"] and list(columns)[-2:] == ["Quadrant", "Gap"]
    assert [sheet.cell(row, 1).value for row in range(2, 12)] == [f"S{n}" for n in range(1, 11)]
    assert sheet.cell(2, columns["Quadrant"]).value.startswith("=IF(F2>=3,IF(G2>=3,")
    assert sheet.cell(2, columns["Gap"]).value.startswith("=MATCH(I2,")
    assert sheet.auto_filter.ref == "A1:N11" and sheet.freeze_panes == "C2"
    assert len(sheet._images) == 1  # the power/interest grid
    assert sheet.conditional_formatting


def test_libreoffice_computes_the_quadrants_and_gaps_as_the_tab(demo_path, tmp_path):
    sheet = recalculate(demo_path, tmp_path)["Stakeholders"]
    columns = headers(sheet)
    people = demo_project().stakeholders
    for row in range(2, 12):
        s = people[int(sheet.cell(row, 1).value[1:])]
        assert sheet.cell(row, columns["Quadrant"]).value == quadrant(s).value.capitalize()
        assert sheet.cell(row, columns["Gap"]).value == engagement_gap(s)


def test_the_communication_sheet_marks_lines_overdue_on_the_status_date(demo_path):
    sheet = load_workbook(demo_path)["Communication"]
    columns = headers(sheet)
    assert [sheet.cell(row, columns["Communication"]).value for row in (2, 5)] == [
        "Weekly status report",
        "Project newsletter",
    ]
    rules = [rule.formula[0] for cf in sheet.conditional_formatting for rule in cf.rules]
    assert rules == [
        "AND(ISNUMBER($G2),$G2<DATE(2027,2,15))",
        "AND(ISNUMBER($G2),$G2<=DATE(2027,2,15)+7)",
    ]
    assert "Red: next due before 15 Feb 2027" in sheet.cell(11, 1).value


def test_an_empty_register_adds_no_sheet():
    book = Workbook()
    source = WorkbookSource(schedule(new_project("Empty", demo_project().start)))
    communication_sheet.write(book, source, today=date(2027, 3, 1))
    assert book.sheetnames == ["Sheet"]
    assert "Stakeholders" not in build_workbook(source.schedule).sheetnames
