"""Returned stakeholder workbooks as a team lead edits them, built with openpyxl: a Schedule sheet
with the contract's header (ID, Name, % Complete, Actual Start, Actual Finish, Remaining Duration)
and a row per task holding what the plan holds, which a test then changes cell by cell."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from planner.core.edits.tracking_edits import remaining_minutes
from planner.core.schedule.result import Schedule

HEADER = ["ID", "Name", "% Complete", "Actual Start", "Actual Finish", "Remaining Duration"]


def schedule_sheet(schedule: Schedule) -> list[list]:
    """The rows the workbook's Schedule sheet holds for the plan: % as a fraction, dates as Excel dates."""
    rows = []
    for row, uid in enumerate(schedule.outline.rows(), start=1):
        task = schedule.project.tasks[uid]
        left = remaining_minutes(task) / schedule.project.units.minutes_per_day
        rows.append(
            [row, task.name, schedule.percent_complete(uid) / 100, task.actual_start, task.actual_finish, f"{left:g}d"]
        )
    return rows


def write_returned(path: Path, rows: list[list], header: list[str] = HEADER, title: bool = True) -> Path:
    """A workbook with a Summary sheet first and the Schedule sheet (a title row above its header)."""
    book = Workbook()
    book.active.title = "Summary"
    book["Summary"]["A1"] = "Customer Portal Rollout"
    sheet = book.create_sheet("Schedule")
    if title:
        sheet.append(["Schedule"])
    sheet.append(header)
    for values in rows:
        sheet.append(values)
    first = 3 if title else 2
    for row in sheet.iter_rows(min_row=first, min_col=3, max_col=5):
        if isinstance(row[0].value, float) and row[0].value <= 1:  # a fraction, as the export writes it
            row[0].number_format = "0%"
        for cell in row[1:]:
            if isinstance(cell.value, datetime):
                cell.number_format = "yyyy-mm-dd"
    book.save(path)
    return path


def row_of(rows: list[list], name: str) -> list:
    return next(r for r in rows if r[1] == name)
