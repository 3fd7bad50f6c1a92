"""The Audits sheet: each checklist on a bold row with its standard, gate and counts, its items grouped below it.

A reader sees at a glance which gates are not cleared: the checklist's row says "1 failed,
3 open" and its items' results are coloured (pass green, fail red, open grey), by conditional
formats, so a result the auditor types in Excel colours itself too. Items are an Excel group
under their checklist (the +/- in the margin folds a checklist to its one line). Evidence
that is a web link is a hyperlink.
"""

from __future__ import annotations

from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill

from planner.core.model.wbs import Outline
from planner.core.quality.checking import items_of
from planner.core.quality.entities import Checklist, CheckResult
from planner.core.quality.gates import ChecklistProgress, progress_by_checklist
from planner.core.quality.registers import CHECKLIST_ITEMS, CHECKLISTS
from planner.core.records.values import shown
from planner.exchange.workbook.layout import table_frame, wrapped_heights
from planner.exchange.workbook.page import print_setup
from planner.exchange.workbook.source import WorkbookSource
from planner.exchange.workbook.styles import DATE, TEXT, WRAP
from planner.exchange.workbook.table import Column, Table
from planner.exchange.workbook.table_styles import CENTRED, bold

TITLE = "Audits"
COLUMNS = (
    Column("ID", CENTRED, 5, 8),
    Column("Reference", TEXT, 9, 26),
    Column("Checklist / requirement", WRAP, 50, 50),
    Column("Result", CENTRED, 8, 30),
    Column("Evidence / gate", TEXT, 12, 40),
    Column("Auditor", TEXT, 10, 24),
    Column("Checked", DATE, 10, 12),
    Column("Notes", WRAP, 40, 40),
)
CHECKLIST_STYLES = (bold(CENTRED), bold(TEXT), bold(TEXT), bold(TEXT), bold(TEXT), bold(TEXT), bold(DATE), WRAP)
RESULT_COLOURS = {  # fill, font
    CheckResult.PASS.value: ("C6EFCE", "006100"),
    CheckResult.FAIL.value: ("FFC7CE", "9C0006"),
    CheckResult.OPEN.value: ("EDEDED", "404040"),
    CheckResult.NOT_APPLICABLE.value: ("FFFFFF", "7F7F7F"),
}
RESULT_COLUMN = "D"


def write(book: Workbook, source: WorkbookSource) -> None:
    """The Audits sheet; none when the file has no checklists."""
    project = source.project
    if not project.checklists:
        return
    sheet = book.create_sheet(TITLE)
    table = Table(sheet, COLUMNS)
    progress = progress_by_checklist(project)
    outline = Outline.of(project)
    item_rows = []
    for checklist_id in sorted(project.checklists):
        checklist = project.checklists[checklist_id]
        table.add(_checklist_row(source, outline, checklist, progress[checklist_id]), CHECKLIST_STYLES)
        for item in items_of(project, checklist_id):
            row = table.add(
                [CHECKLIST_ITEMS.label(item.id), item.reference or None, item.requirement, item.result.value,
                 item.evidence or None, item.auditor or None, _day(item.checked), item.notes or None]
            )  # fmt: skip
            sheet.row_dimensions[row].outline_level = 1
            item_rows.append(row)
            if item.evidence.startswith(("https://", "http://")):
                sheet.cell(row, 5).hyperlink = item.evidence
    sheet.sheet_properties.outlinePr.summaryBelow = False  # a checklist's row heads its items
    table.widths()
    wrapped_heights(sheet, ["C", "H"], table.first_row, table.last_row)
    _colour_results(sheet, table.last_row)
    table_frame(sheet, 1, table.last_row, len(COLUMNS), frozen_columns=1)
    print_setup(sheet, project.name, "1:1")


def _checklist_row(source: WorkbookSource, outline: Outline, checklist: Checklist, counts: ChecklistProgress) -> list:
    gate = shown(source.project, CHECKLISTS.field("task_id"), checklist.task_id, outline)
    passed = counts.percent_passed
    result = counts.summary if not counts.cleared else "cleared"
    if passed is not None and not counts.cleared:
        result += f" ({passed:.0f}% passed)"
    return [CHECKLISTS.label(checklist.id), checklist.standard or None, checklist.title, result,
            f"Gate {gate}" if gate else None, checklist.auditor or None, _day(checklist.audit_date),
            checklist.notes or None]  # fmt: skip


def _day(value: date | None) -> datetime | None:
    return None if value is None else datetime(value.year, value.month, value.day)


def _colour_results(sheet, last_row: int) -> None:
    area = f"{RESULT_COLUMN}2:{RESULT_COLUMN}{last_row}"
    for text, (fill, font) in RESULT_COLOURS.items():
        rule = CellIsRule(
            operator="equal",
            formula=[f'"{text}"'],
            fill=PatternFill("solid", fgColor=fill, bgColor=fill),
            font=Font(color=font),
        )
        sheet.conditional_formatting.add(area, rule)
