"""Edits of any register: add, change and delete records, and a typed cell turned into an edit.

Every builder returns one Edit (or None when nothing differs) and changes nothing
itself; applying it goes through the undo stack like any other edit. A record is
checked whole (required fields, the register's own rule) before an edit is made,
so the register never holds what its table could not show back.
"""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from dataclasses import replace
from typing import Any

from planner.core.edits.cascade import deletion
from planner.core.edits.edit import Edit, Put, apply_edit
from planner.core.errors import InputError
from planner.core.model.entities import Project
from planner.core.records.spec import Kind, RecordSpec
from planner.core.records.values import parse


def record_of(project: Project, spec: RecordSpec, record_id: int) -> Any:
    try:
        return getattr(project, spec.table)[record_id]
    except KeyError:
        raise InputError(f"there is no {spec.singular} {spec.label(record_id)}") from None


def records(project: Project, spec: RecordSpec) -> list[Any]:
    """The register's records in ID order: the order they were entered, as a log is read."""
    rows = getattr(project, spec.table)
    return [rows[i] for i in sorted(rows)]


def check_record(spec: RecordSpec, record: Any) -> None:
    """What a record must be to enter its register; InputError says what is wrong."""
    for field in spec.fields:
        value = getattr(record, field.key)
        if field.required and (value is None or (isinstance(value, str) and not value.strip())):
            raise InputError(f"a {spec.singular} needs a {field.title.lower()}")
        if field.kind is Kind.LEVEL and value is not None and not 1 <= value <= 5:
            raise InputError(f"{field.title.lower()} {value} is not a level from 1 to 5")
    if spec.check is not None:
        spec.check(record)


def new_record(project: Project, spec: RecordSpec, **values: Any) -> Any:
    """A record with the next Unique ID, the register's defaults and `values`, checked."""
    known = {f.name for f in dataclass_fields(spec.entity)}
    unknown = set(values) - known
    if unknown:
        raise ValueError(f"{spec.singular} has no field {', '.join(sorted(unknown))}")
    record = spec.entity(id=project.next_id(spec.table), **{**spec.defaults, **values})
    check_record(spec, record)
    return record


def add_record(project: Project, spec: RecordSpec, **values: Any) -> Edit:
    """A new record at the end of the register, as Insert in its table makes."""
    record = new_record(project, spec, **values)
    return Edit(f"Add {spec.singular}", (Put(spec.table, None, record),))


def change_record(project: Project, spec: RecordSpec, record_id: int, label: str = "", **values: Any) -> Edit | None:
    """Some fields of one record replaced, checked whole; None when nothing differs."""
    record = record_of(project, spec, record_id)
    changed = {k: v for k, v in values.items() if getattr(record, k) != v}
    if not changed:
        return None
    after = replace(record, **changed)
    check_record(spec, after)
    if not label:
        only = next(iter(changed)) if len(changed) == 1 else None
        label = f"Change {spec.field(only).title.lower()}" if only else f"Edit {spec.singular}"
    return Edit(label, (Put(spec.table, record, after),))


def delete_records(project: Project, spec: RecordSpec, record_ids: list[int]) -> Edit:
    """The records and every row that depends on them (a meeting's decisions, a checklist's items)."""
    for record_id in record_ids:
        record_of(project, spec, record_id)
    count = len(record_ids)
    label = f"Delete {spec.singular}" if count == 1 else f"Delete {count} {spec.plural}"
    return Edit(label, tuple(deletion(project, spec.table, set(record_ids))))


def set_record_field(project: Project, spec: RecordSpec, record_id: int, key: str, text: Any) -> Edit | None:
    """The edit typing `text` into the `key` cell of a record makes; None if nothing changes.

    A register whose fields move together (closing a defect dates it) wraps this in
    its own `typed` hook (RecordSpec.typed), which this calls instead.
    """
    if spec.typed is not None:
        return spec.typed(project, record_id, key, text)
    return set_plain_field(project, spec, record_id, key, text)


def set_plain_field(project: Project, spec: RecordSpec, record_id: int, key: str, text: Any) -> Edit | None:
    """Typing into one field with no other field following it: what `typed` hooks fall back on."""
    value = parse(project, spec.field(key), text)
    return change_record(project, spec, record_id, **{key: value})


def typed_together(project: Project, spec: RecordSpec, record_id: int, typed: list[tuple[str, Any]],
                   first: Edit | None = None) -> Edit | None:  # fmt: skip
    """Several cells of one record typed as one edit (an import row, a command line's --set ...): all or none.

    Each value is read against the record as the values before it left it, as typing
    the cells in turn would; an InputError from any leaves the project as it was.
    `first` (adding the record) is applied before them and leads the edit.
    """
    done: list[Edit] = []
    try:
        for edit in [first] if first else []:
            apply_edit(project, edit)
            done.append(edit)
        for key, text in typed:
            edit = set_record_field(project, spec, record_id, key, text)
            if edit is not None:
                apply_edit(project, edit)
                done.append(edit)
    finally:
        for edit in reversed(done):
            apply_edit(project, edit.inverse())
    if not done:
        return None
    label = done[0].label if first or len(done) == 1 else f"Edit {spec.singular}"
    return Edit(label, tuple(change for edit in done for change in edit.changes))
