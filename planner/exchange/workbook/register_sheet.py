"""A register's sheet in the stakeholder workbook, from its RecordSpec: one row per record, one column
per field, in the register's column order, with the workbook's frame, styles and print setup.

A register's sheet is then one small writer (`write(book, source)` calling `write_register`) and one
line in sheet_list.SHEETS. An empty register adds no sheet. The writer gets the sheet and its table
back to add what is its own: conditional formats (overdue actions red), figures for the Summary.
Tasks are written as the table shows them ("12 Build API"), records of another register by label.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from planner.core.model.wbs import Outline
from planner.core.records.edits import records
from planner.core.records.spec import Kind, RecordField, RecordSpec
from planner.core.records.values import shown
from planner.exchange.workbook.layout import table_frame, wrapped_heights
from planner.exchange.workbook.page import print_setup
from planner.exchange.workbook.source import WorkbookSource
from planner.exchange.workbook.styles import COUNT, DATE, TEXT, WRAP
from planner.exchange.workbook.table import Column, Table
from planner.exchange.workbook.table_styles import CENTRED

STYLES = {Kind.DATE: DATE, Kind.LEVEL: COUNT, Kind.NUMBER: COUNT, Kind.NOTE: WRAP, Kind.CHOICE: TEXT}
NOTE_WIDTH = 40


def column_of(field: RecordField) -> Column:
    style = STYLES.get(field.kind, TEXT)
    if style == WRAP:
        return Column(field.title, WRAP, NOTE_WIDTH, NOTE_WIDTH)
    return Column(field.title, style, max(6, min(field.width, 12)), 60)


def cell_value(source: WorkbookSource, outline: Outline, field: RecordField, value: Any) -> Any:
    """What a cell holds: dates as Excel dates, levels and numbers as numbers, the rest as the table's text."""
    if value is None:
        return None
    if field.kind is Kind.DATE:
        return datetime(value.year, value.month, value.day)
    if field.kind in (Kind.LEVEL, Kind.NUMBER):
        return value
    return shown(source.project, field, value, outline) or None


def write_register(
    book: Workbook,
    source: WorkbookSource,
    spec: RecordSpec,
    title: str,
    fields: Sequence[RecordField] | None = None,
    rows: Callable[[Any], bool] | None = None,
) -> tuple[Worksheet, Table] | None:
    """The sheet `title` listing the register (`fields`: all by default; `rows`: which records), or None
    when there is nothing to list."""
    chosen = [r for r in records(source.project, spec) if rows is None or rows(r)]
    if not chosen:
        return None
    fields = tuple(fields or spec.fields)
    sheet = book.create_sheet(title)
    table = Table(sheet, (Column("ID", CENTRED, 5, 8), *map(column_of, fields)))
    outline = Outline.of(source.project)
    for record in chosen:
        table.add([spec.label(record.id), *(cell_value(source, outline, f, getattr(record, f.key)) for f in fields)])
    table.widths()
    notes = [chr(ord("A") + 1 + i) for i, f in enumerate(fields) if f.kind is Kind.NOTE and i < 25]
    if notes:
        wrapped_heights(sheet, notes, table.first_row, table.last_row)
    table_frame(sheet, 1, table.last_row, len(fields) + 1, frozen_columns=2)
    print_setup(sheet, source.project.name, "1:1")
    return sheet, table
