"""Any register from a CSV or XLSX sheet: every row read as its cells would be typed, bad rows named.

The header row names the columns, in any order and any case, by the register's
column titles ("Found in"), its field names ("task_id", "found in") or a field's
aliases. Columns the register does not know are listed, not guessed at. Every row
becomes a new record (an ID column is ignored: importing adds, it never overwrites).
A row with a problem is reported by its spreadsheet row number with the message its
cell would give in the table; with any problem nothing is imported, unless the
caller asks to skip the bad rows. The good rows go in as one edit: one undo step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from planner.core.edits.edit import Edit, Put
from planner.core.errors import InputError
from planner.core.model.entities import Project
from planner.core.records.edits import check_record
from planner.core.records.spec import RecordField, RecordSpec
from planner.core.records.values import parse
from planner.exchange.sheet_cells import Cell, cell_text
from planner.exchange.sheet_read import read_sheet


@dataclass
class RegisterImport:
    """What a sheet gives a register: the records to add, the rows refused, the columns not understood."""

    spec: RecordSpec
    records: list[Any] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)  # (spreadsheet row, message)
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def edit(self) -> Edit | None:
        """One edit adding every good record; None when there is none."""
        if not self.records:
            return None
        count = len(self.records)
        noun = self.spec.singular if count == 1 else self.spec.plural
        return Edit(f"Import {count} {noun}", tuple(Put(self.spec.table, None, r) for r in self.records))

    def problems(self) -> list[str]:
        return [f"row {row}: {message}" for row, message in self.refused]


class RegisterImportError(InputError):
    """A sheet with bad rows imported without skipping them: nothing was imported; `problems` says why."""

    def __init__(self, result: RegisterImport) -> None:
        count = len(result.refused)
        super().__init__(f"{count} row{'s' * (count != 1)} cannot be imported; nothing was imported")
        self.result = result
        self.problems = result.problems()


def header_key(text: str) -> str:
    return " ".join(text.replace("_", " ").lower().split())


def field_names(spec: RecordSpec) -> dict[str, RecordField]:
    """Every header text a column of the register may have, normalised, to its field."""
    names: dict[str, RecordField] = {}
    for f in spec.fields:
        for name in (f.title, f.key, *f.aliases):
            names.setdefault(header_key(name), f)
    return names


def _text(cell: Cell) -> str:
    """A cell as it would be typed: an Excel date as a plain day."""
    if isinstance(cell.value, datetime):
        return cell.value.date().isoformat()
    if isinstance(cell.value, date):
        return cell.value.isoformat()
    return cell_text(cell)


def read_register_sheet(
    path: Path | str, project: Project, spec: RecordSpec, skip_bad_rows: bool = False
) -> RegisterImport:
    """The records a CSV/XLSX sheet adds to the register; RegisterImportError when a row is bad and not skipped."""
    sheet = read_sheet(Path(path), names=(spec.plural, spec.table), what=spec.plural)
    names = field_names(spec)
    columns: dict[str, int] = {}
    result = RegisterImport(spec)
    for index, title in enumerate(sheet.header):
        found = names.get(header_key(title))
        if found is None:
            if title.strip() and header_key(title) not in ("id", spec.prefix.lower()):
                result.ignored_columns.append(title.strip())
        elif found.key not in columns:
            columns[found.key] = index
    title_field = spec.field(spec.title_key)
    if title_field.key not in columns:
        raise InputError(f"{Path(path).name}: no {title_field.title} column; the header row needs one")
    next_id = project.next_id(spec.table)
    rows = getattr(project, spec.table)
    for number, cells in sheet.rows:
        try:
            values = {key: parse(project, spec.field(key), _text(cells[i]) if i < len(cells) else "")
                      for key, i in columns.items()}  # fmt: skip
            record = spec.entity(id=next_id, **{**spec.defaults, **_given(values, spec)})
            check_record(spec, record)
        except InputError as problem:
            result.refused.append((number, str(problem)))
            continue
        result.records.append(record)
        next_id += 1
        while next_id in rows:
            next_id += 1
    if result.refused and not skip_bad_rows:
        raise RegisterImportError(result)
    return result


def _given(values: dict[str, Any], spec: RecordSpec) -> dict[str, Any]:
    """The values a row gives: a blank cell of a field with a default keeps the default (a blank status is new)."""
    return {k: v for k, v in values.items() if v is not None or k not in spec.entity.__dataclass_fields__
            or _default_is_none(spec, k)}  # fmt: skip


def _default_is_none(spec: RecordSpec, key: str) -> bool:
    declared = spec.entity.__dataclass_fields__[key]
    return declared.default is None
