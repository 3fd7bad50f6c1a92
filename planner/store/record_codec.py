"""The codec of a register, derived from its RecordSpec: one column per field, each checked by its kind.

A register's table is stored as its fields are declared (core.records.spec), so a
new register needs no codec of its own; what a file edited outside Planner may hold
wrongly is refused by kind (a severity not in the list, a level of 7, a date that is
not one) with the message naming the field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from planner.core.records.spec import Kind, RecordField, RecordSpec
from planner.store.codec import Codec
from planner.store.fields import BadField, day, enum, optional_id, text, whole

REGISTERS_SINCE = "0014_registers"


def _reader(field: RecordField) -> Callable[[Any], Any]:
    what = field.title.lower()
    kind = field.kind
    if kind in (Kind.TEXT, Kind.NOTE, Kind.PERSON, Kind.LINK):
        return lambda value: text(value, what)
    if kind is Kind.CHOICE:
        choices = field.choices
        assert choices is not None
        return lambda value: None if value is None and not field.required else enum(choices, value, what)
    if kind is Kind.LEVEL:
        return lambda value: None if value is None else whole(value, what, 1, 5)
    if kind is Kind.NUMBER:
        return lambda value: 0 if value is None else whole(value, what, 0, 10**9)
    if kind is Kind.DATE:
        return lambda value: None if value is None or value == "" else day(value, what)
    if kind in (Kind.TASK, Kind.RECORD):
        return lambda value: optional_id(value, what)
    raise AssertionError(f"unknown field kind {kind}")  # pragma: no cover


def _writer(field: RecordField) -> Callable[[Any], Any]:
    if field.kind is Kind.CHOICE:
        return lambda value: None if value is None else value.value
    if field.kind is Kind.DATE:
        return lambda value: value.isoformat() if isinstance(value, date) else None
    return lambda value: value


def record_codec(spec: RecordSpec, since: str = REGISTERS_SINCE, added: dict[str, str] | None = None) -> Codec:
    """The codec storing `spec`'s register: `id` then each field, in declared order."""
    keys = tuple(f.key for f in spec.fields)
    readers = tuple(_reader(f) for f in spec.fields)
    writers = tuple(_writer(f) for f in spec.fields)
    entity = spec.entity

    def values_of(record: Any) -> tuple:
        return (record.id, *(w(getattr(record, k)) for k, w in zip(keys, writers, strict=True)))

    def entity_of(values: tuple) -> Any:
        record_id, *stored = values
        if type(record_id) is not int:
            raise BadField(f"id {record_id!r} is not a Unique ID")
        return entity(id=record_id, **{k: r(v) for k, r, v in zip(keys, readers, stored, strict=True)})

    return Codec(spec.table, ("id", *keys), values_of, entity_of, since=since, added=added or {})
