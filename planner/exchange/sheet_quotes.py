"""A CSV quote left open, found before it swallows the rows below it into one cell.

CSV lets a quoted cell run over several lines (a note with line breaks), so a
stray opening quote, as in `1,"Design,3d`, makes every line up to the next quote
part of one long task name, and the import would go on quietly with fewer rows.
A record spanning several lines is therefore looked at: if its quoted cell never
closes, closes on a quote that text follows (the opening quote of a later cell),
or takes in lines that look like rows of the sheet (as many cells as the header),
the file is refused with the row and column where the quote opened.
A real multi-line note (a few lines of prose) passes.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass

from planner.core.errors import InputError
from planner.exchange.sheet_cells import column_letter

QUOTE = '"'


@dataclass(frozen=True)
class OpenQuote:
    """Where a quoted cell that spans lines opens (0-based column and line within its record)."""

    column: int
    line: int
    closing_line: int | None  # None: the quote never closes
    closes_cell: bool = True  # whether the closing quote ends the cell (text after it means it opened another)


def find_spanning_quote(lines: list[str], delimiter: str) -> OpenQuote | None:
    """The first quoted cell of a record (its physical lines) that runs past the end of a line."""
    text = "".join(lines)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line))
    column, position, at_cell_start = 0, 0, True
    while position < len(text):
        char = text[position]
        if at_cell_start and char == QUOTE:
            close = _closing_quote(text, position + 1)
            opened = _line_of(starts, position)
            if close is None:
                return OpenQuote(column, opened, None)
            if _line_of(starts, close) != opened:
                after = text[close + 1 : close + 2]
                return OpenQuote(column, opened, _line_of(starts, close), after in ("", delimiter, "\r", "\n"))
            position, at_cell_start = close + 1, False
            continue
        if char == delimiter:
            column, at_cell_start = column + 1, True
        elif char in "\r\n":
            return None
        else:
            at_cell_start = False
        position += 1
    return None


def _closing_quote(text: str, position: int) -> int | None:
    """The quote that ends a quoted cell (a doubled quote is part of the text)."""
    while True:
        found = text.find(QUOTE, position)
        if found == -1:
            return None
        if text.startswith(QUOTE * 2, found):
            position = found + 2
            continue
        return found


def _line_of(starts: list[int], position: int) -> int:
    line = 0
    while line + 1 < len(starts) and starts[line + 1] <= position:
        line += 1
    return line


def check_record_quotes(
    name: str, lines: list[str], delimiter: str, header_width: int, row: int, first_line: int
) -> None:
    """Refuse a record whose quote never closes or swallows lines that are rows of the sheet.

    `lines` are the record's physical lines, the first being line `first_line` of the
    file; `row` is the record's row number as a spreadsheet shows it.
    """
    quote = find_spanning_quote(lines, delimiter)
    if quote is None:
        return
    where = f"{name}: row {row}, column {column_letter(quote.column)}: the quote that opens this cell"
    advice = 'close the quote, or double it ("") where it is part of the text'
    if quote.closing_line is None:
        raise InputError(f"{where} never closes, so every line below it would be read as one cell; {advice}")
    inside = lines[quote.line + 1 : quote.closing_line]
    wide = max(2, header_width)
    if not quote.closes_cell or any(len(next(csv.reader([line], delimiter=delimiter), [])) >= wide for line in inside):
        closing = first_line + quote.closing_line
        raise InputError(
            f"{where} closes only on line {closing}, so lines {first_line + quote.line}-{closing} "
            f"would be read as one cell; {advice}"
        )
