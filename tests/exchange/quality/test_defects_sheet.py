"""The workbook's Defects sheet: the log as the Defects page lists it, the open defects by severity as
formulas that LibreOffice computes as the page counts them, named for the Summary."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from planner.core.model.factory import new_project
from planner.core.quality.metrics import open_by_severity
from planner.core.schedule.engine import schedule
from planner.exchange.demo import demo_project
from planner.exchange.workbook.book import build_workbook
from tests.exchange.workbook_sheets.conftest import find_row, recalculate


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    plan = schedule(demo_project())
    path = tmp_path_factory.mktemp("defects") / "demo.xlsx"
    build_workbook(plan).save(path)
    return plan.project, path


def test_every_entry_is_a_row_with_the_pages_columns(demo):
    project, path = demo
    sheet = load_workbook(path)["Defects"]
    assert [c.value for c in sheet[1]][:7] == ["ID", "Title", "Kind", "Severity", "Priority", "Status", "Found in"]
    assert [sheet.cell(r, 1).value for r in range(2, 2 + len(project.defects))] == [
        f"D{i}" for i in sorted(project.defects)
    ]
    assert sheet.cell(3, 7).value == "16 UX design and clickable prototype"


def test_the_summary_names_the_open_figures(demo):
    _project, path = demo
    book = load_workbook(path)
    assert {"Quality_Open", "Quality_Open_Critical"} <= set(book.defined_names)
    summary = [c.value for row in book["Summary"].iter_rows() for c in row]
    assert "=Quality_Open" in summary and "=Quality_Open_Critical" in summary


def test_libreoffice_counts_the_open_defects_as_the_page_does(demo, tmp_path):
    project, path = demo
    sheet = recalculate(path, tmp_path)["Defects"]
    counts = open_by_severity(project)
    assert sheet.cell(find_row(sheet, "Open defects", column=2), 3).value == sum(counts.values())
    for severity, count in counts.items():
        assert sheet.cell(find_row(sheet, f"Open {severity.value} defects", column=2), 3).value == count


def test_an_empty_log_has_no_sheet(tmp_path):
    book = build_workbook(schedule(new_project("Empty")))
    assert "Defects" not in book.sheetnames
