"""The Lessons Learned sheet: the register as the Quality tab lists it, for the project's review."""

from __future__ import annotations

from openpyxl import Workbook

from planner.core.quality.registers import LESSONS
from planner.exchange.workbook.register_sheet import write_register
from planner.exchange.workbook.source import WorkbookSource


def write(book: Workbook, source: WorkbookSource) -> None:
    write_register(book, source, LESSONS, "Lessons Learned")
