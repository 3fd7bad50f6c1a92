"""Writing the whole workbook: styles, then each sheet of sheet_list, then the Summary in front."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from planner.core.progress import JobSteps
from planner.core.schedule.result import Schedule
from planner.exchange.workbook import sheet_list
from planner.exchange.workbook.properties import set_properties
from planner.exchange.workbook.source import WorkbookSource
from planner.exchange.workbook.styles import add_styles
from planner.exchange.workbook.table_styles import add_table_styles

Writer = Callable[[Workbook, WorkbookSource], None]


def _writer(entry: str) -> Writer:
    module, name = entry.split(":")
    return getattr(importlib.import_module(module), name)


def build_workbook(schedule: Schedule, steps: JobSteps | None = None) -> Workbook:
    """The workbook in memory, every sheet written; `steps` reports each sheet done."""
    steps = steps or JobSteps()
    book = Workbook()
    book.remove(book.active)
    add_styles(book, schedule.project.currency)
    add_table_styles(book)
    set_properties(book, schedule.project)
    source = WorkbookSource(schedule, steps)
    writers = [entry for entry in sheet_list.SHEETS if entry]
    for done, entry in enumerate(writers):
        steps.at(0.9 * done / (len(writers) + 1))
        _writer(entry)(book, source)
    if sheet_list.SUMMARY:
        count = len(book.sheetnames)
        _writer(sheet_list.SUMMARY)(book, source)
        if len(book.sheetnames) > count:
            book.move_sheet(book.sheetnames[-1], offset=-count)
            book.active = 0
    steps.at(0.9)
    return book


def write_workbook(schedule: Schedule, target: Path, steps: JobSteps) -> None:
    """The exporter of project_formats for .xlsx: build, then save (the last tenth of the bar)."""
    book = build_workbook(schedule, steps)
    steps.at(0.95)
    book.save(target)
    steps.at(1.0)
