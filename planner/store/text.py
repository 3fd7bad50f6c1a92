"""Finding the text that is not UTF-8 (written by another tool): SQLite only says which column.

Runs only after a load failed, so it may be slow: it reads the rows again as bytes.
"""

from __future__ import annotations

import sqlite3

from planner.core.model.tables import singular
from planner.store.codecs import CODECS, PROJECT_COLUMNS
from planner.store.shape import EXCEPTION_COLUMNS


def undecodable_text(conn: sqlite3.Connection) -> str:
    """One line naming the first row and field whose text is not valid UTF-8."""
    tables = {"project": ("id", *PROJECT_COLUMNS), "calendar_exceptions": EXCEPTION_COLUMNS}
    tables.update({name: codec.columns for name, codec in CODECS.items()})
    previous = conn.text_factory
    conn.text_factory = bytes
    try:
        for table, columns in tables.items():
            try:
                rows = conn.execute(f"SELECT {', '.join(columns)} FROM [{table}]").fetchall()
            except sqlite3.OperationalError:  # this table is not the one that failed to decode
                continue
            for values in rows:
                for column, value in zip(columns, values, strict=True):
                    if isinstance(value, bytes) and not _decodes(value):
                        return f"{_row_name(table, values)}: {column.replace('_', ' ')} is not valid UTF-8 text"
    finally:
        conn.text_factory = previous
    return "some text in the file is not valid UTF-8"


def _decodes(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _row_name(table: str, values: tuple) -> str:
    if table == "project":
        return "project"
    if table == "calendar_exceptions":
        return f"calendar {values[1]}"
    return f"{singular(table)} {values[0]}"
