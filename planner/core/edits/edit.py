"""Edits as data: what changes, from what, to what; each has an exact inverse.

Every change a user makes — typed, dragged, imported — is an Edit. The GUI wraps
one in a generic undo command; the store persists what it touched. Entities are
never mutated in place: a change replaces the whole object, so `before` stays a
faithful record for undo.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from planner.core.edits.changes import Changes
from planner.core.errors import StaleEdit
from planner.core.model.entities import Project
from planner.core.model.tables import TABLES, singular

STRUCTURAL_FIELDS = {"parent_id", "position"}


@dataclass(frozen=True)
class Put:
    """One entity of `table` appears (before None), disappears (after None) or is replaced."""

    table: str
    before: Any
    after: Any

    def __post_init__(self) -> None:
        if self.table not in TABLES:
            raise ValueError(f"unknown table {self.table!r}")

    def inverse(self) -> Put:
        return Put(self.table, self.after, self.before)

    @property
    def id(self) -> int:
        return (self.after if self.after is not None else self.before).id


@dataclass(frozen=True)
class SetProject:
    """Project settings changed: field name -> value, before and after."""

    before: dict[str, Any]
    after: dict[str, Any]

    def inverse(self) -> SetProject:
        return SetProject(self.after, self.before)


Change = Put | SetProject


@dataclass(frozen=True)
class Edit:
    """One user action: a menu label and the changes it makes, applied in order."""

    label: str
    changes: tuple[Change, ...]

    def inverse(self) -> Edit:
        return Edit(self.label, tuple(c.inverse() for c in reversed(self.changes)))


def apply_edit(project: Project, edit: Edit) -> Changes:
    """Apply `edit` to the project in memory; return what it touched.

    Raises StaleEdit, with the project unchanged, when the edit was built against a
    project that has changed since (an undo step out of order, a stale dialog).
    """
    check_not_stale(project, edit)
    touched = Changes()
    for change in edit.changes:
        if isinstance(change, SetProject):
            for name, value in change.after.items():
                setattr(project, name, value)
            touched.project = True
            continue
        table = project.table(change.table)
        project.use_id(change.table, change.id)  # before a delete, so the deleted ID stays used
        if change.after is None:
            del table[change.before.id]
        else:
            table[change.after.id] = change.after
        touched.of(change.table).add(change.id)
        if change.table == "tasks" and _moves(change):
            touched.structure = True
    return touched


def _moves(change: Put) -> bool:
    if change.before is None or change.after is None:
        return True
    return any(getattr(change.before, f) != getattr(change.after, f) for f in STRUCTURAL_FIELDS)


_ABSENT = object()


def check_not_stale(project: Project, edit: Edit) -> None:
    """Each change's `before` must be what the project holds by then (earlier changes of the edit applied)."""
    pending: dict[tuple[str, int], Any] = {}  # rows as the edit's earlier changes leave them
    settings: dict[str, Any] = {}
    for change in edit.changes:
        if isinstance(change, SetProject):
            for name, value in change.before.items():
                held = settings.get(name, getattr(project, name, _ABSENT))
                if held is _ABSENT or held != value:
                    raise StaleEdit(f"'{edit.label}' no longer fits the project: its {name} has changed since")
            settings.update(change.after)
            continue
        key = (change.table, change.id)
        held = pending[key] if key in pending else project.table(change.table).get(change.id)
        if held is not change.before and held != change.before:
            raise StaleEdit(f"'{edit.label}' no longer fits the project: {_what_changed(change, held)}")
        pending[key] = change.after


def _what_changed(change: Put, held: Any) -> str:
    row = f"{singular(change.table)} {change.id}"
    if held is None:
        return f"{row} is no longer there"
    if change.before is None:
        return f"{row} exists already"
    return f"{row} has changed since"
