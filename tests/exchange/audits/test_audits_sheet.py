"""The workbook's Audits sheet: checklists with their items grouped below them, results coloured."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook

from planner.core.model.entities import Project
from planner.core.schedule.engine import schedule
from planner.exchange.demo import demo_project
from planner.exchange.workbook.book import build_workbook

SHEET = "Audits"


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    path = tmp_path_factory.mktemp("audits") / "demo.xlsx"
    build_workbook(schedule(demo_project())).save(path)
    return load_workbook(path)[SHEET]


def rows(sheet):
    return [r for r in sheet.iter_rows(min_row=2, values_only=True)]


def test_each_checklist_heads_its_items_with_its_gate_and_counts(sheet):
    heads = [r for r in rows(sheet) if r[0] and r[0].startswith("C") and not r[0].startswith("CI")]
    assert [(r[2], r[3], r[4]) for r in heads] == [
        ("Security audit: design and hosting", "1 failed, 3 open (69% passed)", "Gate 23 Design approved"),
        ("Go-live readiness", "10 open (0% passed)", "Gate 80 Go-live: customer portal live"),
    ]
    assert heads[0][1] == "ISO/IEC 27001:2022, GDPR" and heads[0][6] == datetime(2027, 2, 12)
    first_items = [r for r in rows(sheet)][1:4]
    assert [r[1] for r in first_items] == ["A.5.15", "A.5.23", "A.8.2"]


def test_items_are_grouped_under_their_checklist_and_evidence_links_open(sheet):
    levels = {row: sheet.row_dimensions[row].outline_level for row in range(2, sheet.max_row + 1)}
    assert levels[2] == 0 and levels[3] == 1  # C1, then its first item
    failed = next(row for row in range(2, sheet.max_row + 1) if sheet.cell(row, 4).value == "fail")
    assert sheet.cell(failed, 2).value == "A.8.8"
    assert sheet.cell(failed, 5).hyperlink.target.endswith("pentest-sso-2027-01.pdf")


def test_results_are_coloured_by_conditional_formats_a_reader_can_retype(sheet):
    rules = {
        rule.formula[0]: rule.dxf.fill.fgColor.rgb[-6:]
        for ranges in sheet.conditional_formatting
        for rule in ranges.rules
        if str(ranges.sqref).startswith("D2")
    }
    assert rules['"pass"'] == "C6EFCE" and rules['"fail"'] == "FFC7CE" and rules['"open"'] == "EDEDED"


def test_no_checklists_no_sheet():
    assert SHEET not in build_workbook(schedule(Project(name="Empty"))).sheetnames
