"""The Stakeholders sheet: the register, each one's quadrant and engagement gap as formulas, and the grid.

The Quadrant and Gap columns are formulas over Power, Interest, Engagement and
Wanted, so a reader who raises someone's power sees the quadrant follow, as the
Stakeholders tab shows it (level 3 and above counts as high). The gap is coloured
as the tab colours it: green on target, amber one level short, red two or more.
The power/interest grid is the tab's figure, as a picture beside the table (a
native scatter chart cannot name its dots in every spreadsheet program).
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import Rule
from openpyxl.styles import Font, PatternFill
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.charts.stakeholder_grid import stakeholder_grid_figure
from planner.core.communication.entities import Engagement
from planner.core.communication.grid import HIGH_LEVEL, Quadrant
from planner.core.communication.registers import STAKEHOLDERS
from planner.core.records.edits import records
from planner.exchange.workbook.cells import formula, put
from planner.exchange.workbook.layout import table_frame
from planner.exchange.workbook.register_sheet import write_register
from planner.exchange.workbook.source import WorkbookSource
from planner.exchange.workbook.styles import COUNT, HEADER, TEXT

SHEET = "Stakeholders"
LEVELS = "{" + ",".join(f'"{e.value}"' for e in Engagement) + "}"  # MATCH's order: unaware first
GAP_FILLS = {  # the rule, the fill, the font: the tab's colours
    "far": ("{gap}>=2", "FFC7CE", "9C0006"),
    "one": ("{gap}=1", "FFEB9C", "9C5700"),
    "on target": ("{gap}<=0", "C6EFCE", "006100"),
}
GRID_DPI = 100


def letter_of(key: str) -> str:
    """The column of a register field on the sheet (column A is the ID)."""
    keys = [f.key for f in STAKEHOLDERS.fields]
    return get_column_letter(keys.index(key) + 2)


def quadrant_formula(row: int) -> str:
    power, interest = f"{letter_of('power')}{row}", f"{letter_of('interest')}{row}"
    high = HIGH_LEVEL
    name = {q: q.value.capitalize() for q in Quadrant}
    return (
        f'=IF({power}>={high},IF({interest}>={high},"{name[Quadrant.MANAGE_CLOSELY]}",'
        f'"{name[Quadrant.KEEP_SATISFIED]}"),IF({interest}>={high},"{name[Quadrant.KEEP_INFORMED]}",'
        f'"{name[Quadrant.MONITOR]}"))'
    )


def gap_formula(row: int) -> str:
    now, wanted = f"{letter_of('engagement')}{row}", f"{letter_of('wanted')}{row}"
    return f"=MATCH({wanted},{LEVELS},0)-MATCH({now},{LEVELS},0)"


def write(book: Workbook, source: WorkbookSource) -> None:
    written = write_register(book, source, STAKEHOLDERS, SHEET)
    if written is None:
        return
    sheet, table = written
    quadrant_column = len(STAKEHOLDERS.fields) + 2
    gap_column = quadrant_column + 1
    put(sheet.cell(1, quadrant_column), "Quadrant", HEADER)
    put(sheet.cell(1, gap_column), "Gap", HEADER)
    for row in range(table.first_row, table.last_row + 1):
        formula(sheet.cell(row, quadrant_column), quadrant_formula(row), TEXT)
        formula(sheet.cell(row, gap_column), gap_formula(row), COUNT)
    sheet.column_dimensions[get_column_letter(quadrant_column)].width = 16
    sheet.column_dimensions[get_column_letter(gap_column)].width = 6
    _gap_colours(sheet, get_column_letter(gap_column), table.first_row, table.last_row)
    table_frame(sheet, 1, table.last_row, gap_column, frozen_columns=2)
    _grid_picture(sheet, source, gap_column + 2)


def _gap_colours(sheet: Worksheet, gap: str, first: int, last: int) -> None:
    """Engagement and Gap cells coloured by the gap, as the tab's Engagement column is."""
    engagement = letter_of("engagement")
    for test, fill, font in GAP_FILLS.values():
        style = DifferentialStyle(fill=PatternFill("solid", fgColor=fill, bgColor=fill), font=Font(color=font))
        rule = Rule(type="expression", formula=[test.format(gap=f"${gap}{first}")], dxf=style, stopIfTrue=True)
        sheet.conditional_formatting.add(f"{engagement}{first}:{engagement}{last} {gap}{first}:{gap}{last}", rule)


def _grid_picture(sheet: Worksheet, source: WorkbookSource, column: int) -> None:
    figure = stakeholder_grid_figure(records(source.project, STAKEHOLDERS), size=(5.5, 5.5))
    png = io.BytesIO()
    figure.savefig(png, format="png", dpi=GRID_DPI)
    picture = Image(io.BytesIO(png.getvalue()))
    sheet.add_image(picture, f"{get_column_letter(column)}2")
