"""How every sheet of the workbook is laid out for reading and printing: frozen headers, an
autofilter, column widths that fit what was written, rows tall enough for wrapped text.
Printing is page.print_setup, the one print setup of every sheet.
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.exchange.workbook.styles import ASIDE, HEADING, TITLE

FORMULA_WIDTH = 12  # what a number computed by a formula is given: openpyxl cannot measure it
NUMBER_WIDTH = 12
RUNNING_OVER = (TITLE, HEADING, ASIDE)
LINE_HEIGHT = 13.0  # points per line of 10 pt text
CHARS_PER_WIDTH = 1.1  # characters of 10 pt Calibri per unit of column width, roughly


def _width(value: object, style: str) -> int:
    if value is None or style in RUNNING_OVER:
        return 0
    if isinstance(value, str):
        if value.startswith("="):
            return FORMULA_WIDTH
        return max(len(line) for line in value.split("\n")) + 2
    if isinstance(value, int | float):
        return NUMBER_WIDTH
    return 11  # a date


def fit_widths(sheet: Worksheet, first_row: int = 1, minimum: int = 6, maximum: int = 48) -> None:
    """Each column as wide as the longest value from `first_row` down, within [minimum, maximum];
    titles and headings do not count: they run over the empty cells to their right."""
    widths: dict[int, int] = {}
    for row in sheet.iter_rows(min_row=first_row):
        for cell in row:
            width = _width(cell.value, cell.style)
            if width > widths.get(cell.column, 0):
                widths[cell.column] = width
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = max(minimum, min(maximum, width))


def table_frame(sheet: Worksheet, header_row: int, last_row: int, last_column: int, frozen_columns: int = 1) -> None:
    """Freeze the rows down to the header and the first columns, and put an autofilter on the table."""
    sheet.freeze_panes = sheet.cell(header_row + 1, frozen_columns + 1).coordinate
    last = get_column_letter(last_column)
    sheet.auto_filter.ref = f"A{header_row}:{last}{max(last_row, header_row)}"


def wrapped_heights(sheet: Worksheet, columns: list[str], first: int, last: int) -> None:
    """Rows `first`..`last` tall enough for the wrapped text of `columns` (Excel grows a row to fit
    on its own, LibreOffice keeps the height the file gives): lines = length / column width."""
    for row in range(first, last + 1):
        lines = 1
        for letter in columns:
            value = sheet[f"{letter}{row}"].value
            if isinstance(value, str) and value:
                width = (sheet.column_dimensions[letter].width or 10) * CHARS_PER_WIDTH
                lines = max(lines, sum(-(-max(len(part), 1) // int(width)) for part in value.split("\n")))
        if lines > 1:
            sheet.row_dimensions[row].height = lines * LINE_HEIGHT
