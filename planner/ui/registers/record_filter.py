"""The entries of a register's Show combo: a name and which records it keeps.

A page supplies its own ("Open defects", "Critical and major"); the default is
"All <plural>" and one entry per status when the register has a CHOICE field called
status, which is what a PM filters a log by first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from planner.core.records.spec import Kind, RecordSpec


@dataclass(frozen=True)
class RecordFilter:
    name: str  # what the combo shows
    keeps: Callable[[Any], bool]  # record -> shown


def everything(spec: RecordSpec) -> RecordFilter:
    return RecordFilter(f"All {spec.plural}", lambda _record: True)


def status_field(spec: RecordSpec) -> str | None:
    return next((f.key for f in spec.fields if f.kind is Kind.CHOICE and f.key == "status"), None)


def by_value(key: str, value: StrEnum, name: str = "") -> RecordFilter:
    """Records whose `key` is `value`: "Status: in progress"."""
    return RecordFilter(
        name or f"{key.replace('_', ' ').capitalize()}: {value.value}", lambda r: getattr(r, key) == value
    )


def among(key: str, values: Iterable[StrEnum], name: str) -> RecordFilter:
    """Records whose `key` is one of `values`: "Critical and major"."""
    wanted = frozenset(values)
    return RecordFilter(name, lambda r: getattr(r, key) in wanted)


def default_filters(spec: RecordSpec) -> list[RecordFilter]:
    """All, then one entry per status value (when the register has a status)."""
    key = status_field(spec)
    found = [everything(spec)]
    if key is not None:
        choices = spec.field(key).choices
        assert choices is not None
        found += [by_value(key, value) for value in choices]
    return found
