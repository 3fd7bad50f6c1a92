"""A sheet's table: one header row, then rows of values under named styles, with column widths
that fit what was written (tracked while writing, so a 10,000-row sheet is not read twice).

Styles are looked up once per name and shared by the cells of a column: openpyxl's
`cell.style = name` searches the workbook's style list and copies it on every cell, a third of
the time of a large sheet. So restyle a written cell with `cell.style = name` (which gives it
its own), never by setting its font or fill (which named styles rule out anyway). Empty cells
are not written (an empty Actual Start takes whatever the team lead types).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.exchange.workbook.cells import formula, put
from planner.exchange.workbook.styles import HEADER

DATE_WIDTH = 11  # a short date in the reader's locale: "12/31/2027", "31.12.2027"
PADDING = 2


@dataclass(frozen=True)
class Column:
    title: str
    style: str
    min_width: float = 6
    max_width: float = 60


def text_width(value: Any) -> float:
    """About how many characters wide a value shows."""
    if value is None:
        return 0
    if isinstance(value, (datetime, date)):
        return DATE_WIDTH
    if isinstance(value, float):
        return len(f"{value:,.2f}")
    return len(str(value))


class Palette:
    """Named styles by name, each looked up in the workbook once, then copied into cells."""

    def __init__(self, sheet: Worksheet) -> None:
        self.sheet = sheet
        self._arrays: dict[str, StyleArray] = {}
        self.dates: set[str] = set()  # the styles whose number format shows a date

    def array(self, style: str) -> StyleArray:
        found = self._arrays.get(style)
        if found is None:
            scratch = Cell(self.sheet)
            scratch.style = style
            found = self._arrays[style] = scratch._style
            if scratch.is_date:
                self.dates.add(style)
        return found

    def apply(self, cell: Cell, style: str) -> None:
        cell._style = StyleArray(self.array(style))


class Table:
    """Rows written under a header row; `widths()` then sets the columns to fit."""

    def __init__(self, sheet: Worksheet, columns: Sequence[Column], header_row: int = 1) -> None:
        self.sheet, self.columns, self.header_row = sheet, tuple(columns), header_row
        self.palette = Palette(sheet)
        self.row = header_row
        self.widest = [len(c.title) for c in self.columns]
        self.styles = tuple(c.style for c in self.columns)
        for index, column in enumerate(self.columns, start=1):
            put(sheet.cell(header_row, index), column.title, HEADER)

    @property
    def first_row(self) -> int:
        return self.header_row + 1

    @property
    def last_row(self) -> int:
        return max(self.row, self.first_row)

    @property
    def last_column(self) -> str:
        return get_column_letter(len(self.columns))

    def add(self, values: Sequence[Any], styles: Sequence[str | None] | None = None) -> int:
        """Write one row (a `Formula` is written as a formula, anything else through cells.put, so
        user text stays text); returns its row number."""
        self.row += 1
        row, sheet, widest, palette = self.row, self.sheet, self.widest, self.palette
        styles = styles if styles is not None else self.styles
        cells = sheet._cells  # building cells directly: sheet.cell() costs a lookup per cell
        for index, value in enumerate(values):
            if value is None:
                continue
            cell = Cell(sheet, row=row, column=index + 1)
            style = styles[index]
            if style is not None:
                cell._style = palette.array(style)
            if isinstance(value, Formula):
                formula(cell, value.text)
                width = value.width
            elif type(value) is datetime and style in palette.dates:
                cell._value, cell.data_type = value, "d"  # the style already shows it as a date
                width = DATE_WIDTH
            else:
                put(cell, value)
                width = text_width(value)
            if width > widest[index]:
                widest[index] = width
            cells[(row, index + 1)] = cell
        return row

    def widths(self, extra: dict[int, float] | None = None) -> None:
        """Set each column to fit its widest value, within the column's bounds."""
        extra = extra or {}
        for index, column in enumerate(self.columns):
            wide = self.widest[index] + PADDING + extra.get(index, 0)
            width = min(column.max_width, max(column.min_width, wide))
            self.sheet.column_dimensions[get_column_letter(index + 1)].width = width


@dataclass(frozen=True)
class Formula:
    """A formula Planner wrote, and about how wide its value shows."""

    text: str
    width: float = 8
