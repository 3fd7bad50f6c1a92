"""A register's values as a PM types them and sees them, for every field kind.

`parse` reads a cell's text (or an import cell, or a command-line value) into the
value the entity holds, raising InputError with a message fit for the cell:
"severity 'huge' is not one of critical, major, minor, trivial". `shown` is the
text a cell shows and an editor starts from, so what is shown can be typed back.
A task is shown as "12 Build API" (its row ID and name) and typed as its row ID,
that same text, or its exact name.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Any

from planner.core.errors import InputError
from planner.core.model.dates import parse_day
from planner.core.model.entities import Project
from planner.core.model.wbs import Outline
from planner.core.records.registry import spec_of
from planner.core.records.spec import Kind, RecordField

CLEAR_WORDS = ("", "none", "na", "n/a", "-")
_LEADING_ID = re.compile(r"^\s*(\d+)\b")


def parse(project: Project, field: RecordField, text: Any) -> Any:
    """The value `text` means for `field`; InputError when it means none."""
    raw = "" if text is None else str(text)
    cleaned = " ".join(raw.split())
    what = field.title.lower()
    if field.kind is Kind.NOTE:
        return _required(field, raw, raw.strip())
    if field.kind in (Kind.TEXT, Kind.PERSON, Kind.LINK):
        return _required(field, cleaned, cleaned)
    if cleaned.lower() in CLEAR_WORDS and not (field.kind is Kind.CHOICE and cleaned):
        if field.required:
            raise InputError(f"a {what} is needed; it cannot be left blank")
        return None
    if field.kind is Kind.CHOICE:
        assert field.choices is not None, f"{field.key} is a choice without choices"
        return parse_choice(field.choices, cleaned, what)
    if field.kind is Kind.LEVEL:
        return _whole(cleaned, what, 1, 5)
    if field.kind is Kind.NUMBER:
        return _whole(cleaned, what, 0, 10**9)
    if field.kind is Kind.DATE:
        return parse_day(cleaned, what)
    if field.kind is Kind.TASK:
        return task_named(project, cleaned, what)
    if field.kind is Kind.RECORD:
        return record_named(project, field, cleaned)
    raise AssertionError(f"unknown field kind {field.kind}")  # pragma: no cover


def _required(field: RecordField, shown: str, value: str) -> str:
    if field.required and not shown:
        raise InputError(f"a {field.title.lower()} is needed; it cannot be left blank")
    return value


def parse_choice(choices: type[StrEnum], text: str, what: str) -> StrEnum:
    """A member by its value, or by the start of one when only one starts so ("in" -> in progress)."""
    wanted = " ".join(text.replace("_", " ").split()).lower()
    values = {m.value.lower(): m for m in choices}
    if wanted in values:
        return values[wanted]
    starting = [m for v, m in values.items() if v.startswith(wanted)] if wanted else []
    if len(starting) == 1:
        return starting[0]
    raise InputError(f"{what} {text.strip()!r} is not one of {', '.join(m.value for m in choices)}")


def _whole(text: str, what: str, low: int, high: int) -> int:
    try:
        value = float(text)
    except ValueError:
        raise InputError(f"{what} {text!r} is not a number") from None
    if value != int(value) or not low <= value <= high:
        raise InputError(f"{what} {text} is not a whole number from {low} to {high}")
    return int(value)


def task_named(project: Project, text: str, what: str = "task") -> int:
    """The Unique ID of the task typed as its row ID ("12", "12 Build API") or its exact name."""
    ids = Outline.of(project).ids
    match = _LEADING_ID.match(text)
    if match:
        return ids.uid_or_refuse(int(match[1]))
    named = [t.id for t in project.tasks.values() if t.name.strip().lower() == text.lower()]
    if len(named) == 1:
        return named[0]
    if named:
        raise InputError(f"{what}: {len(named)} tasks are named {text!r}; type the task's ID")
    raise InputError(f"{what} {text!r} is neither a task ID nor a task's name")


def record_named(project: Project, field: RecordField, text: str) -> int:
    """The Unique ID of a row of `field.table` typed as its label ("M3"), its ID ("3") or its title."""
    spec = spec_of(field.table)
    rows = getattr(project, field.table)
    number = text.upper().removeprefix(spec.prefix.upper()).strip()
    if number.isdigit():
        if int(number) in rows:
            return int(number)
        raise InputError(f"there is no {spec.singular} {spec.label(int(number))}")
    named = [r.id for r in rows.values() if spec.title_of(r).strip().lower() == text.lower()]
    if len(named) == 1:
        return named[0]
    raise InputError(f"{field.title.lower()} {text!r} is not a {spec.singular}; type its ID like {spec.prefix}1")


def shown(project: Project, field: RecordField, value: Any, outline: Outline | None = None) -> str:
    """The text of `value` in a cell: what typing it back gives the same value."""
    if value is None:
        return ""
    if field.kind is Kind.CHOICE:
        return str(value.value)
    if field.kind is Kind.DATE:
        return value.isoformat() if isinstance(value, date) else str(value)
    if field.kind is Kind.TASK:
        task = project.tasks.get(value)
        if task is None:
            return "(deleted task)"
        row = (outline or Outline.of(project)).ids.id_of(value)
        return f"{row} {task.name}"
    if field.kind is Kind.RECORD:
        return spec_of(field.table).label(value)
    return str(value)
