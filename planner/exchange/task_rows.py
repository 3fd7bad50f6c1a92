"""The columns of an MS Project task export, and one sheet row read into a TaskRow.

A row is read field by field and every field that cannot be understood adds a
message to the row's problems, so one pass reports all that is wrong with it.
Which rows belong together (the WBS, links between rows) is task_import's job.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from planner.core.edits.predecessors import PredecessorRef, parse_predecessors
from planner.core.errors import InputError
from planner.core.model.duration import DEFAULT_UNITS, Duration, TimeUnits, parse_duration
from planner.core.model.entities import ConstraintType, TaskType
from planner.exchange import task_assignments
from planner.exchange.estimate_rows import ESTIMATE_COLUMNS, RowEstimate, read_estimate
from planner.exchange.sheet_cells import (
    BLANK,
    FINISH_TIME,
    START_TIME,
    Cell,
    cell_text,
    column_letter,
    constraint_type,
    parse_date,
    percent_complete,
    whole_number,
)
from planner.exchange.sheet_read import Sheet
from planner.exchange.tracking_rows import TRACKING_COLUMNS, RowTracking, read_tracking

# Header text (lower case, single spaces) -> field. MS Project's export names first, then common variants.
COLUMNS = {
    "id": "id",
    "name": "name",
    "task name": "name",
    "duration": "duration",
    "start": "start",
    "finish": "finish",
    "predecessors": "predecessors",
    "outline level": "level",
    "constraint type": "constraint",
    "constraint date": "constraint_date",
    "deadline": "deadline",
    "% complete": "percent",
    "percent complete": "percent",
    "priority": "priority",
    "notes": "notes",
    **ESTIMATE_COLUMNS,
    **task_assignments.COLUMNS,
    **TRACKING_COLUMNS,
}
START_CONSTRAINTS = (ConstraintType.SNET, ConstraintType.SNLT, ConstraintType.MSO)
DEFAULT_PRIORITY = 500
MAX_TASK_ID = 2**31 - 1  # MS Project's IDs are 32-bit; a larger one is a slip (and would not fit SQLite's integers)
T = TypeVar("T")


@dataclass
class Columns:
    """Where each known field is in the sheet, and what was said about the other columns."""

    index: dict[str, int]
    warnings: list[str]

    def has(self, name: str) -> bool:
        return name in self.index

    def cell(self, cells: list[Cell], name: str) -> Cell:
        position = self.index.get(name)
        return cells[position] if position is not None and position < len(cells) else BLANK


def map_columns(sheet: Sheet) -> Columns:
    """Match header names case-insensitively; unknown, repeated or nameless columns are skipped with a warning."""
    index: dict[str, int] = {}
    warnings: list[str] = []
    width = max([len(sheet.header)] + [len(cells) for _, cells in sheet.rows])
    for position in range(width):
        title = sheet.header[position] if position < len(sheet.header) else ""
        name = COLUMNS.get(" ".join(title.lower().split()))
        if not title:
            if any(position < len(cells) and not cells[position].blank for _, cells in sheet.rows):
                warnings.append(f"column {column_letter(position)} has no header; skipped")
        elif name is None:
            warnings.append(f"column {title!r} is not imported; skipped")
        elif name in index:
            warnings.append(f"column {title!r} appears twice; column {column_letter(position)} is skipped")
        else:
            index[name] = position
    return Columns(index, warnings)


@dataclass(eq=False, slots=True)  # rows are compared by identity: two rows may hold equal values
class TaskRow:
    """One task as its row gives it, before the rows are joined into a project."""

    row: int
    task_id: int | None = None
    name: str = ""
    level: int | None = 1
    duration: Duration | None = None
    start: datetime | None = None
    finish: datetime | None = None
    predecessors: list[PredecessorRef] = field(default_factory=list)
    constraint: ConstraintType = ConstraintType.ASAP
    constraint_date: datetime | None = None
    deadline: datetime | None = None
    percent: float = 0.0
    priority: int = DEFAULT_PRIORITY
    notes: str = ""
    estimate: RowEstimate | None = None  # three-point estimate (estimate_rows.py)
    resource_names: str = ""  # task_assignments.py reads these four
    work: int | None = None  # minutes
    task_type: TaskType | None = None
    effort_driven: bool | None = None
    tracking: RowTracking | None = None  # progress, baseline and cost cells (tracking_rows.py)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    parent: TaskRow | None = field(default=None, repr=False)  # the summary row above it in the sheet

    @property
    def ok(self) -> bool:
        return not self.problems and self.task_id is not None

    @property
    def project_summary(self) -> bool:
        """MS Project's row 0 (the project summary task), exported when it is shown."""
        return self.task_id == 0 or self.level == 0


def task_id_of(cell: Cell) -> int:
    """The ID cell's whole number, no larger than MS Project's 32-bit IDs."""
    number = whole_number(cell, "task ID", 0)
    if number > MAX_TASK_ID:
        raise InputError(f"task ID {cell_text(cell)!r} is too large; the largest task ID is {MAX_TASK_ID:,}")
    return number


class _Reader:
    """Reads the fields of one row, collecting a message for each that cannot be understood."""

    def __init__(self, row: TaskRow, cells: list[Cell], columns: Columns) -> None:
        self.row, self.cells, self.columns = row, cells, columns

    def cell(self, name: str) -> Cell:
        return self.columns.cell(self.cells, name)

    def field(self, name: str, parse: Callable[..., T], *args: object) -> T | None:
        """`parse(cell, *args)` of the named column's cell; None, without parsing, when the cell is blank."""
        position = self.columns.index.get(name)
        if position is None or position >= len(self.cells):
            return None  # no such column, or a short row: most fields of most sheets
        cell = self.cells[position]
        return None if cell.blank else self.read(parse, cell, *args)

    def read(self, parse: Callable[..., T], *args: object) -> T | None:
        try:
            return parse(*args)
        except InputError as error:
            self.row.problems.append(str(error))
            return None


def parse_row(number: int, cells: list[Cell], columns: Columns, units: TimeUnits = DEFAULT_UNITS) -> TaskRow:
    """Every field of one row; what cannot be read is left at its default and named in `problems`.

    Blank cells are not parsed at all (they mean the default), which is most cells
    of most sheets and keeps a 100,000-row import within seconds.
    """
    row = TaskRow(number)
    reader = _Reader(row, cells, columns)
    if columns.has("id") and reader.cell("id").blank:
        row.problems.append("the task has no ID")
    elif columns.has("id"):
        row.task_id = reader.read(task_id_of, reader.cell("id"))
    if columns.has("level") and not reader.cell("level").blank:
        row.level = reader.field("level", whole_number, "outline level", 0)
    row.name = cell_text(reader.cell("name"))
    if not row.name and not row.project_summary:
        row.problems.append("the task has no name")
    _read_schedule_fields(reader, units)
    percent = reader.field("percent", percent_complete)
    row.percent = percent if percent is not None else 0.0
    priority = reader.field("priority", whole_number, "priority", 0, 1000)
    row.priority = priority if priority is not None else DEFAULT_PRIORITY
    row.notes = cell_text(reader.cell("notes"))
    row.estimate = read_estimate(reader.cell, row.problems, units)
    if any(columns.has(name) for name in task_assignments.FIELDS):
        task_assignments.read_assignment_fields(reader, units)
    row.tracking = read_tracking(reader.cell, row.problems, units)
    return row


def _read_schedule_fields(reader: _Reader, units: TimeUnits) -> None:
    """Duration, dates, predecessors and the constraint, whose date needs the constraint type to read."""
    row = reader.row
    duration_cell = reader.cell("duration")
    if not duration_cell.blank:
        row.duration = reader.read(parse_duration, cell_text(duration_cell), units)
    row.start = reader.field("start", parse_date, "start", START_TIME)
    row.finish = reader.field("finish", parse_date, "finish", FINISH_TIME)
    row.deadline = reader.field("deadline", parse_date, "deadline", FINISH_TIME)
    predecessors = reader.cell("predecessors")
    if not predecessors.blank:
        row.predecessors = reader.read(parse_predecessors, cell_text(predecessors), units) or []
    constraint_cell = reader.cell("constraint")
    constraint = ConstraintType.ASAP if constraint_cell.blank else reader.read(constraint_type, constraint_cell)
    row.constraint = constraint or ConstraintType.ASAP
    default_time = START_TIME if row.constraint in START_CONSTRAINTS else FINISH_TIME
    known = len(row.problems)
    row.constraint_date = reader.field("constraint_date", parse_date, "constraint date", default_time)
    if constraint is None or len(row.problems) > known:
        return  # the type or the date was refused, and said so
    if constraint.needs_date and row.constraint_date is None:
        row.problems.append(f"constraint {constraint.label!r} needs a Constraint Date")
    elif not constraint.needs_date and row.constraint_date is not None:
        row.warnings.append(f"row {row.row}: Constraint Date ignored: {constraint.label!r} takes no date")
        row.constraint_date = None
