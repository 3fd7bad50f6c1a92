"""The Milestones sheet: each milestone's baseline and forecast finish, the slip between them as a
formula (calendar days, forecast minus baseline), its deadline, and whether it is reached.

A milestone not reached whose slip is above zero is late: its row is highlighted by conditional
formatting, so a stakeholder who moves a forecast date sees the highlight follow. A forecast
past the deadline marks the deadline cell too. Rows are in WBS order; the Summary's "next
milestones" refer to them by `row_of`.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.formatting.rule import Rule
from openpyxl.styles import Font, PatternFill
from openpyxl.styles.differential import DifferentialStyle

from planner.core.summary.milestones import MilestoneLine, milestone_lines
from planner.exchange.workbook.layout import table_frame
from planner.exchange.workbook.page import print_setup
from planner.exchange.workbook.source import WorkbookSource
from planner.exchange.workbook.styles import DATE, DAYS, TEXT
from planner.exchange.workbook.table import Column, Formula, Table
from planner.exchange.workbook.table_styles import CENTRED

TITLE = "Milestones"
COLUMNS = (
    Column("ID", CENTRED, 5, 8),
    Column("WBS", TEXT, 6, 14),
    Column("Milestone", TEXT, 24, 60),
    Column("Baseline Finish", DATE, 12, 14),
    Column("Forecast Finish", DATE, 12, 14),
    Column("Slip (days)", DAYS, 10, 12),
    Column("Deadline", DATE, 11, 12),
    Column("Reached", CENTRED, 9, 10),
)
LATE_FILL, LATE_FONT = "FCE4E4", "9C0006"


def row_of(index: int) -> int:
    """The sheet row of the `index`-th milestone (0-based) of milestone_lines."""
    return 2 + index


def slip_formula(row: int) -> str:
    """Slip in calendar days to a tenth, blank without a baseline: Planner's slip_days in Excel."""
    return f'=IF(ISNUMBER(D{row}),ROUND(E{row}-D{row},1),"")'


def _values(line: MilestoneLine, row: int) -> list:
    return [
        line.row,
        line.wbs,
        line.name,
        line.baseline,
        line.forecast,
        Formula(slip_formula(row), 6),
        line.deadline,
        "Yes" if line.done else "No",
    ]


def _late_rules(sheet, last_row: int) -> None:
    late = DifferentialStyle(
        fill=PatternFill("solid", fgColor=LATE_FILL, bgColor=LATE_FILL), font=Font(color=LATE_FONT, bold=True)
    )
    sheet.conditional_formatting.add(
        f"A2:H{last_row}", Rule(type="expression", formula=['AND($H2<>"Yes",N($F2)>0)'], dxf=late)
    )
    past = DifferentialStyle(font=Font(color=LATE_FONT, bold=True, underline="single"))
    sheet.conditional_formatting.add(
        f"G2:G{last_row}", Rule(type="expression", formula=["AND(ISNUMBER($G2),$E2>$G2)"], dxf=past)
    )


def write(book: Workbook, source: WorkbookSource) -> None:
    """The Milestones sheet; written even without milestones (it then says there are none)."""
    sheet = book.create_sheet(TITLE)
    table = Table(sheet, COLUMNS)
    lines = milestone_lines(source.schedule)
    for index, line in enumerate(lines):
        table.add(_values(line, row_of(index)))
    if not lines:
        table.add(["", "", "The project has no milestones.", None, None, None, None, ""])
    table.widths()
    _late_rules(sheet, table.last_row)
    table_frame(sheet, 1, table.last_row, len(COLUMNS), frozen_columns=3)
    print_setup(sheet, source.project.name, "1:1")
