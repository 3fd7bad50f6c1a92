"""Hypothesis strategies that damage a real project file, for the fuzz suites.

Two families: byte mutations (what a disk, a copy or a crash does to the file) and
row mutations (what a person with the sqlite3 tool, or a buggy program, writes into
it: wrong types, NULLs, huge numbers, bad enums, dangling references, dropped tables
and columns). A mutation is plain data, so hypothesis shows it when a case fails.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from pathlib import Path

from hypothesis import strategies as st

from .damage import PAGE, cut_off, flip_bits, foreign_crash_journal, planner_crash_journal, zero_page

TABLES = ("project", "calendars", "calendar_exceptions", "tasks", "links", "resources", "assignments")
THOROUGH = os.environ.get("PLANNER_HYPOTHESIS") == "thorough"


def examples(quick: int, thorough: int) -> int:
    """How many cases a fuzz test tries: a few by default, many in CI (PLANNER_HYPOTHESIS=thorough)."""
    return thorough if THOROUGH else quick


# -- bytes ---------------------------------------------------------------------------
byte_mutations = st.one_of(
    st.tuples(st.just("cut"), st.integers(1, 3 * PAGE)),
    st.tuples(st.just("append"), st.binary(min_size=1, max_size=PAGE + 10)),
    st.tuples(st.just("flip"), st.lists(st.tuples(st.integers(0, 2**20), st.integers(0, 7)), min_size=1, max_size=24)),
    st.tuples(st.just("zero_page"), st.integers(1, 12)),
    st.tuples(st.just("scribble"), st.tuples(st.integers(0, 2**20), st.binary(min_size=1, max_size=64))),
    st.tuples(st.just("journal"), st.sampled_from(["foreign", "planner", "garbage", "wal"])),
)

# Damage that must be refused precisely (its own message), never by the last-resort handler.
PRECISE = ("cut", "append", "journal")


def apply_bytes(path: Path, mutation: tuple, scratch: Path) -> None:
    kind, arg = mutation
    if kind == "cut":
        cut_off(path, min(arg, path.stat().st_size - 1))
    elif kind == "append":
        path.write_bytes(path.read_bytes() + arg)
    elif kind == "flip":
        flip_bits(path, arg)
    elif kind == "zero_page":
        zero_page(path, min(arg, path.stat().st_size // PAGE))
    elif kind == "scribble":
        offset, data = arg
        blob = bytearray(path.read_bytes())
        offset %= len(blob)
        blob[offset : offset + len(data)] = data[: len(blob) - offset]
        path.write_bytes(bytes(blob))
    else:
        _stray_sidecar(path, arg, scratch)


def _stray_sidecar(path: Path, kind: str, scratch: Path) -> None:
    journal = path.with_name(path.name + "-journal")
    if kind == "foreign":
        shutil.copyfile(foreign_crash_journal(scratch), journal)
    elif kind == "planner":
        shutil.copyfile(planner_crash_journal(scratch), journal)
    elif kind == "garbage":
        journal.write_bytes(b"\xd9\xd5\x05\xf9 not really a journal" * 40)
    else:
        path.with_name(path.name + "-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(60))


# -- rows ----------------------------------------------------------------------------
odd_values = st.one_of(
    st.none(),
    st.integers(-(2**63), 2**63 - 1),
    st.sampled_from([0, -1, 10**15, -(10**15), 2**31, 2**53 + 1]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["", "FS", "XX", "ASAP", "SNET", "2027-01-04", "2027-02-30", "not a date", "9999-12-31T23:59"]),
    st.sampled_from(["[]", "[[", "{}", "[[[480, 1020]]]", "null", "[[[-5, 99999]]]"]),
    st.binary(max_size=16),
)

row_mutations = st.one_of(
    st.tuples(st.just("set"), st.sampled_from(TABLES), st.integers(0, 10**6), st.integers(0, 99), odd_values),
    st.tuples(st.just("delete_rows"), st.sampled_from(TABLES)),
    st.tuples(st.just("drop_table"), st.sampled_from((*TABLES, "_sqlite_migrations"))),
    st.tuples(st.just("drop_column"), st.sampled_from(TABLES), st.integers(0, 99)),
    st.tuples(
        st.just("dangling"),
        st.sampled_from(
            [
                "UPDATE links SET predecessor_id = 99999 WHERE id = (SELECT min(id) FROM links)",
                "UPDATE tasks SET parent_id = id WHERE id = (SELECT max(id) FROM tasks)",
                "UPDATE tasks SET parent_id = 99999 WHERE id = (SELECT min(id) FROM tasks)",
                "UPDATE tasks SET calendar_id = 77 WHERE id = 2",
                "UPDATE project SET calendar_id = 42",
                "INSERT INTO links (id, predecessor_id, successor_id, type) VALUES (9000, 3, 2, 'FS')",
                "INSERT INTO assignments (id, task_id, resource_id, units) VALUES (9000, 2, 404, 1)",
                "INSERT INTO project (id, name) VALUES (2, 'second project')",
                "UPDATE tasks SET position = 1",
            ]
        ),
    ),
)


def apply_rows(path: Path, mutations: list[tuple]) -> None:
    """Write each mutation into the file with plain sqlite3; one SQLite itself refuses is skipped."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for mutation in mutations:
            with contextlib.suppress(sqlite3.Error):
                _apply_row(connection, mutation)
    finally:
        connection.close()


def _apply_row(connection: sqlite3.Connection, mutation: tuple) -> None:
    kind, *args = mutation
    if kind == "set":
        table, row, column, value = args
        name = _column(connection, table, column)
        rowids = [r for (r,) in connection.execute(f"SELECT rowid FROM [{table}] ORDER BY rowid")]
        if rowids:
            connection.execute(f"UPDATE [{table}] SET [{name}] = ? WHERE rowid = ?", [value, rowids[row % len(rowids)]])
    elif kind == "delete_rows":
        connection.execute(f"DELETE FROM [{args[0]}]")
    elif kind == "drop_table":
        connection.execute(f"DROP TABLE [{args[0]}]")
    elif kind == "drop_column":
        table, column = args
        connection.execute(f"ALTER TABLE [{table}] DROP COLUMN [{_column(connection, table, column)}]")
    else:
        connection.execute(args[0])


def _column(connection: sqlite3.Connection, table: str, index: int) -> str:
    names = [row[1] for row in connection.execute(f"PRAGMA table_info([{table}])")]
    if not names:
        raise sqlite3.OperationalError(f"no such table: {table}")  # dropped by an earlier mutation
    return names[index % len(names)]
