"""What every sheet writer is given: the scheduled project, and the figures sheets share.

A sheet that computes a figure the Summary shows (forecast finish, CPI, P80, ...) calls
`figure()`: the cell gets a workbook-level defined name, so the Summary's cell is the
formula =EVM_CPI and follows the sheet when a stakeholder edits it. The Summary is written
after the others and reads `figures` to know which exist (no Budget tab data, no row).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from openpyxl import Workbook
from openpyxl.utils import absolute_coordinate, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName

from planner.core.model.entities import Project
from planner.core.progress import JobSteps
from planner.core.schedule.result import Schedule


@dataclass(frozen=True)
class Figure:
    """A named key figure: where it is, and how the Summary labels it."""

    name: str  # "EVM_CPI": letters, digits and underscores
    label: str  # "Cost performance index (CPI)"
    sheet: str
    cell: str  # "B7"


@dataclass
class WorkbookSource:
    schedule: Schedule
    steps: JobSteps = field(default_factory=JobSteps)
    figures: dict[str, Figure] = field(default_factory=dict)

    @property
    def project(self) -> Project:
        return self.schedule.project

    @property
    def status_date(self) -> date | None:
        """The project's status date, the day progress and earned value are measured at."""
        moment = self.project.status_date
        return moment.date() if moment is not None else None

    def figure(self, book: Workbook, name: str, label: str, sheet: str, cell: str) -> None:
        """Name the cell `sheet!cell` as `name` for the Summary (and for readers' own formulas)."""
        reference = f"{quote_sheetname(sheet)}!{absolute_coordinate(cell)}"
        book.defined_names[name] = DefinedName(name, attr_text=reference)
        self.figures[name] = Figure(name, label, sheet, cell)
