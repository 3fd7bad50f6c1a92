"""Is the file's schema the one its migrations promise? A table or column dropped by another tool.

Checked before migrating or reading, so such a file gets one line instead of an
SQLite error halfway through. Columns added by another tool are left alone: the
codecs read only the columns they name.
"""

from __future__ import annotations

import sqlite3

from planner.store.codecs import CODECS
from planner.store.errors import ChangedSchema
from planner.store.project_row import project_columns

EXCEPTION_COLUMNS = ("id", "calendar_id", "start", "finish", "name", "hours")
COUNTER_COLUMNS = ("table_name", "next_id")
COUNTERS_SINCE = "0002_unique_ids"


def required_columns(applied: list[str]) -> dict[str, tuple[str, ...]]:
    """Table -> the columns Planner reads from it, for a file with these migrations applied."""
    required = {"project": ("id", *project_columns(applied)), "calendar_exceptions": EXCEPTION_COLUMNS}
    required.update({name: codec.stored_columns(applied) for name, codec in CODECS.items() if codec.since in applied})
    if COUNTERS_SINCE in applied:
        required["counters"] = COUNTER_COLUMNS
    return required


def check_shape(conn: sqlite3.Connection, applied: list[str], where: str) -> None:
    """Raise ChangedSchema naming the first missing table or column."""
    for table, columns in required_columns(applied).items():
        present = {row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")}
        if not present:
            raise ChangedSchema(f"{where}: the table '{table}' is missing; the file was changed outside Planner")
        missing = [c for c in columns if c not in present]
        if missing:
            raise ChangedSchema(
                f"{where}: the column '{table}.{missing[0]}' is missing; the file was changed outside Planner"
            )
