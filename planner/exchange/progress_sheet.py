"""The Schedule sheet of a stakeholder workbook as a team lead sends it back: the rows' ID, Name,
% Complete, Actual Start, Actual Finish and Remaining Duration, read for `import_progress`.

The contract with the workbook (planner/exchange/workbook): a worksheet named Schedule with one
header row holding those exact titles (the other columns are not read); dates as Excel dates
(or text the task import takes); % as a fraction in a % cell or a number from 0 to 100;
durations as `5d`, `3 days` or a number of days. A blank cell leaves the task's value as it is.
A cell that cannot be read refuses its row, by row number.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner.core.edits.progress_edits import (
    DAY_FINISH,
    DAY_START,
    FieldChange,
    ProgressImport,
    Refusal,
    ReportedProgress,
    import_progress,
)
from planner.core.errors import InputError
from planner.core.model.duration import TimeUnits, parse_duration
from planner.core.schedule.result import Schedule
from planner.exchange.sheet_cells import Cell, cell_text, parse_date, percent_complete, whole_number

SHEET = "Schedule"
TITLES = ("ID", "Name", "% Complete", "Actual Start", "Actual Finish", "Remaining Duration")
PROGRESS = TITLES[2:]
HEADER_SEARCH = 20  # rows above the header (a title, the project's name) are passed over


@dataclass
class ProgressSheet:
    rows: list[ReportedProgress] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)


def read_progress(path: Path, units: TimeUnits) -> ProgressSheet:
    """Every filled row of the workbook's Schedule sheet; InputError when it cannot be read as one."""
    records = _records(Path(path))
    header_at, columns = _header(records, Path(path).name)
    found = ProgressSheet()
    for number, cells in records[header_at + 1 :]:
        row = {title: cells[i] if i < len(cells) else Cell() for title, i in columns.items()}
        if all(c.blank for c in row.values()):
            continue
        try:
            found.rows.append(_reported(number, row, units))
        except InputError as error:
            found.refused.append(Refusal(number, f"row {number}: {error}"))
    return found


def _records(path: Path) -> list[tuple[int, list[Cell]]]:
    from openpyxl import load_workbook

    if not path.exists():
        raise InputError(f"{path}: there is no such file")
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise InputError(f"{path.name}: progress comes back in the stakeholder workbook (.xlsx)")
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds on what is not a workbook
        raise InputError(
            f"{path.name} is not an Excel .xlsx workbook, or it is damaged or password-protected"
        ) from None
    try:
        sheet = next((s for s in book.worksheets if s.title.strip().lower() == SHEET.lower()), None)
        if sheet is None:
            raise InputError(
                f"{path.name} has no {SHEET} sheet (export the workbook with planner export FILE -o X.xlsx)"
            )
        sheet.reset_dimensions()
        return [(n, [_cell(c) for c in row]) for n, row in enumerate(sheet.iter_rows(), start=1)]
    finally:
        book.close()


def _cell(cell: Any) -> Cell:
    return Cell(cell.value, "%" in (getattr(cell, "number_format", "") or ""))


def _header(records: list[tuple[int, list[Cell]]], name: str) -> tuple[int, dict[str, int]]:
    """Where the header row is, and the column of each title it has."""
    for index, (_number, cells) in enumerate(records[:HEADER_SEARCH]):
        titles = {cell_text(c): i for i, c in enumerate(cells) if not c.blank}
        if "ID" in titles and "Name" in titles:
            columns = {t: titles[t] for t in TITLES if t in titles}
            if not any(t in columns for t in PROGRESS):
                raise InputError(f"{name}: the {SHEET} sheet has none of the columns {', '.join(PROGRESS)}")
            return index, columns
    raise InputError(f"{name}: the {SHEET} sheet has no header row with the titles ID and Name")


def _reported(number: int, row: dict[str, Cell], units: TimeUnits) -> ReportedProgress:
    ident = row["ID"]
    if ident.blank:
        raise InputError(f"'{cell_text(row['Name'])}' has no ID: the ID says which task the row is")
    remaining = row.get("Remaining Duration", Cell())
    percent = row.get("% Complete", Cell())
    return ReportedProgress(
        row=number,
        task_id=whole_number(ident, "ID", 1),
        name=cell_text(row["Name"]),
        percent=None if percent.blank else percent_complete(percent),
        actual_start=parse_date(row.get("Actual Start", Cell()), "actual start", DAY_START),
        actual_finish=parse_date(row.get("Actual Finish", Cell()), "actual finish", DAY_FINISH),
        remaining=None if remaining.blank else parse_duration(cell_text(remaining), units),
    )


def progress_from_workbook(schedule: Schedule, path: Path) -> ProgressImport:
    """The returned workbook read and checked against the plan: the edit, what it changes, every refusal."""
    sheet = read_progress(path, schedule.project.units)
    found = import_progress(schedule, sheet.rows, f"Import progress from {Path(path).name}")
    refused = sorted(sheet.refused + found.refused, key=lambda r: r.row)
    return ProgressImport(found.edit, found.changes, refused)


def progress_dict(found: ProgressImport, applied: bool) -> dict[str, Any]:
    """`planner import-progress --json`: the issue's keys, changes, refused and applied."""
    return {
        "changes": [
            {"id": c.task_id, "name": c.name, "field": c.field, "old": c.old, "new": c.new} for c in found.changes
        ],
        "refused": [{"row": r.row, "message": r.message} for r in found.refused],
        "applied": applied,
    }


FIELD_WORDS = {
    "percent_complete": "% complete",
    "actual_start": "actual start",
    "actual_finish": "actual finish",
    "duration": "duration",
    "remaining_duration": "remaining duration",
}


def shown_value(value: str | float | None) -> str:
    """A changed field's value as a PM reads it: 75%, 2027-02-12 17:00, 6d, NA."""
    if value is None:
        return "NA"
    if isinstance(value, float):
        return f"{value:g}%"
    return value.replace("T", " ")


def change_line(change: FieldChange) -> str:
    """`task 9 'Business requirements specification': % complete 75% -> 100%`."""
    old, new = shown_value(change.old), shown_value(change.new)
    return f"task {change.task_id} '{change.name}': {FIELD_WORDS[change.field]} {old} -> {new}"
