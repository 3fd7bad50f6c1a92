"""One table of the project file read and written: its columns, each row checked on the way in.

A codec names its columns explicitly (a column another tool adds is never read) and
checks every field it reads, so a file edited outside Planner is refused with one
line naming the table, the row and the field instead of being misread.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from planner.core.model.tables import singular
from planner.store.fields import BadField

Row = dict[str, Any]


class BadRow(ValueError):
    """One row of the file cannot be read: "task 5: constraint type 'XYZ' is not one of ..."."""


@dataclass(frozen=True)
class Codec:
    """How the rows of one table are stored: columns in order, entity to values and back."""

    table: str
    columns: tuple[str, ...]
    values_of: Callable[[Any], tuple]
    entity_of: Callable[[tuple], Any]  # raises BadField
    since: str = "0001_initial"  # the migration that made the table: an older file read unmigrated lacks it
    added: dict[str, str] = field(default_factory=dict)  # column -> the later migration that added it

    def stored_columns(self, applied: list[str] | None = None) -> tuple[str, ...]:
        """The columns a file with these migrations applied has (None: every migration)."""
        if applied is None:
            return self.columns
        return tuple(c for c in self.columns if self.added.get(c, self.since) in applied)

    def select(self, applied: list[str] | None = None) -> str:
        """The SELECT list: a column added by a migration the file lacks reads as NULL (its entity's default).

        That is how a read-only command (`planner schedule`) reads an older file without migrating it.
        """
        present = set(self.stored_columns(applied))
        return ", ".join(c if c in present else f"NULL AS {c}" for c in self.columns)

    def read(self, conn: sqlite3.Connection, applied: list[str] | None = None) -> dict[int, Any]:
        """Every row of the table, checked; BadRow names the first bad one."""
        query = f"SELECT {self.select(applied)} FROM [{self.table}]"
        try:
            return {entity.id: entity for entity in map(self.entity_of, conn.execute(query))}
        except BadField:
            pass
        for values in conn.execute(query):  # again, slowly, to name the row
            try:
                self.entity_of(values)
            except BadField as problem:
                raise BadRow(f"{singular(self.table)} {values[0]}: {problem}") from None
        raise AssertionError("unreachable: the row that failed fails again")  # pragma: no cover

    def write(self, conn: sqlite3.Connection, rows: dict[int, Any], ids: Iterable[int]) -> None:
        """Store the rows `ids` as they are in `rows`, deleting those gone from it."""
        ids = list(ids)
        present = [rows[i] for i in ids if i in rows]
        gone = [(i,) for i in ids if i not in rows]
        if present:
            marks = ", ".join("?" for _ in self.columns)
            conn.executemany(
                f"INSERT OR REPLACE INTO [{self.table}] ({', '.join(self.columns)}) VALUES ({marks})",
                map(self.values_of, present),
            )
        if gone:
            conn.executemany(f"DELETE FROM [{self.table}] WHERE id = ?", gone)
