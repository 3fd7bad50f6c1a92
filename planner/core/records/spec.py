"""The declaration of a register: its table, its entity, and each field's kind, title and rules.

One RecordSpec per register (defects, checklist items, lessons, stakeholders, ...):
the store derives the codec from it, the edits read typed text with it, the tab
derives its columns from it, the import maps a sheet's headers through it, and the
workbook writes a sheet of it. A field's kind says how its value is typed, shown,
stored and checked, so a date column behaves the same in every register.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    """How a field is typed, shown and stored."""

    TEXT = "text"  # one line, stripped
    NOTE = "note"  # free text, kept as typed (line breaks too)
    CHOICE = "choice"  # one of a StrEnum's values, typed by any unambiguous prefix, any case
    LEVEL = "level"  # a whole number 1-5 (power, interest)
    NUMBER = "number"  # a whole number >= 0 (a position, a count)
    DATE = "date"  # a day; blank is none unless required
    TASK = "task"  # a task's Unique ID, typed and shown as its row ID; blank is none
    RECORD = "record"  # the Unique ID of a row of another register (`table`), shown with its prefix
    PERSON = "person"  # a name, free text; the table offers the project's people and stakeholders
    LINK = "link"  # a URL or a file path: evidence, minutes


@dataclass(frozen=True)
class RecordField:
    """One field of a register's entity: the dataclass field `key`, shown under `title`."""

    key: str
    title: str
    kind: Kind = Kind.TEXT
    choices: type[StrEnum] | None = None  # for CHOICE
    table: str = ""  # for RECORD: the register it refers to
    required: bool = False  # a required field cannot be left blank
    width: int = 12  # the column's width, in characters
    tip: str = ""  # the header's tooltip and the import's help: what to type
    shown: bool = True  # shown in the table by default (the others from the header's menu)
    aliases: tuple[str, ...] = ()  # other header names an import accepts ("Severity level")


@dataclass(frozen=True)
class RecordSpec:
    """A register: its table on the Project, its entity dataclass, its fields in column order.

    `prefix` makes the record's label ("D12" for defect 12). `title_key` is the
    field that names a record in messages and lists. `check`, when given, is the
    register's own rule on a whole record, raising InputError (a defect closed before
    it was found); it runs on every add and change. `typed`, when given, replaces
    core.records.edits.set_record_field for this register, for fields that move
    together (setting a defect's status to closed dates it).
    """

    table: str
    entity: type
    singular: str  # "defect"
    plural: str  # "defects"
    prefix: str  # "D"
    title_key: str
    fields: tuple[RecordField, ...]
    check: Callable[[Any], None] | None = None
    typed: Callable[..., Any] | None = None  # (project, record_id, key, text) -> Edit | None: the register's own typing
    defaults: dict[str, Any] = field(default_factory=dict)  # a new record's values besides the dataclass's
    entered: str = ""  # the DATE field a record added from the command line is dated with (found, raised)

    def field(self, key: str) -> RecordField:
        for candidate in self.fields:
            if candidate.key == key:
                return candidate
        raise KeyError(f"{self.singular} has no field {key!r}")

    def label(self, record_id: int) -> str:
        return f"{self.prefix}{record_id}"

    def title_of(self, record: Any) -> str:
        return str(getattr(record, self.title_key))
