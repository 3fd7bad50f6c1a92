"""The workbook's sheets, in the order a reader sees them; one line per sheet.

Each entry names `write(book: Workbook, source: WorkbookSource) -> None` as
"module:function". A writer with nothing to show (no risks in the file) adds no sheet.
Writers run in this order, except the Summary (SUMMARY), which runs last, since it refers
to the figures the others named, and is then moved to the front.
"""

from __future__ import annotations

SUMMARY = "planner.exchange.workbook.summary_sheet:write"
SHEETS: tuple[str, ...] = (
    "planner.exchange.workbook.schedule_sheet:write",
    "planner.exchange.workbook.milestones_sheet:write",
    "planner.exchange.workbook.budget_sheet:write",
    "planner.exchange.workbook.risk_sheet:write",
    "planner.exchange.workbook.resources_sheet:write",
    "planner.exchange.workbook.defects_sheet:write",
    "planner.exchange.workbook.lessons_sheet:write",
    "planner.exchange.workbook.audits_sheet:write",
    "planner.exchange.workbook.stakeholders_sheet:write",
    "planner.exchange.workbook.communication_sheet:write",
    "planner.exchange.workbook.meetings_sheet:write",
)
