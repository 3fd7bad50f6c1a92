"""The Communication sheet: the communication plan, overdue lines red and those due within a week amber.

The plan is judged on the day the workbook is written (today, or the status date of
a plan still ahead of the calendar, as `planner comms` judges it); the note under
the table names that day, so a reader knows what "overdue" meant.
"""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook
from openpyxl.formatting.rule import Rule
from openpyxl.styles import Font, PatternFill
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.utils import get_column_letter

from planner.core.communication.plan import DUE_SOON_DAYS
from planner.core.communication.registers import COMMUNICATIONS
from planner.core.risk.register import review_day
from planner.exchange.workbook.cells import put
from planner.exchange.workbook.register_sheet import write_register
from planner.exchange.workbook.source import WorkbookSource
from planner.exchange.workbook.styles import ASIDE

SHEET = "Communication"
OVERDUE = ("FFC7CE", "9C0006")  # fill, font: the tab's red
DUE_SOON = ("FFEB9C", "9C5700")  # the tab's amber


def _style(colours: tuple[str, str]) -> DifferentialStyle:
    fill, font = colours
    return DifferentialStyle(fill=PatternFill("solid", fgColor=fill, bgColor=fill), font=Font(color=font))


def write(book: Workbook, source: WorkbookSource, today: date | None = None) -> None:
    written = write_register(book, source, COMMUNICATIONS, SHEET)
    if written is None:
        return
    sheet, table = written
    day = review_day(source.project, today or date.today())
    keys = [f.key for f in COMMUNICATIONS.fields]
    due = get_column_letter(keys.index("next_due") + 2)
    first, last = table.first_row, table.last_row
    rows = f"A{first}:{table.last_column}{last}"
    judged = f"DATE({day.year},{day.month},{day.day})"
    overdue = Rule(
        type="expression", formula=[f"AND(ISNUMBER(${due}{first}),${due}{first}<{judged})"], dxf=_style(OVERDUE)
    )
    overdue.stopIfTrue = True
    soon = Rule(
        type="expression",
        formula=[f"AND(ISNUMBER(${due}{first}),${due}{first}<={judged}+{DUE_SOON_DAYS})"],
        dxf=_style(DUE_SOON),
    )
    sheet.conditional_formatting.add(rows, overdue)
    sheet.conditional_formatting.add(rows, soon)
    note = (
        f"Red: next due before {day:%d %b %Y} (overdue); amber: due within {DUE_SOON_DAYS} days. "
        "Planner's Communication plan page marks a line done and moves its next due date on."
    )
    put(sheet.cell(last + 2, 1), note, ASIDE)
