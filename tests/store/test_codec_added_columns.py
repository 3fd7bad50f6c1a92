"""A column added to an existing table by a later migration: an older file read unmigrated gets the default."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from planner.store.codec import Codec


@dataclass
class Row:
    id: int
    name: str
    colour: str = "blue"


CODEC = Codec(
    "rows",
    ("id", "name", "colour"),
    lambda r: (r.id, r.name, r.colour),
    lambda v: Row(v[0], v[1], "blue" if v[2] is None else v[2]),
    added={"colour": "0002_colour"},
)


def _file(with_colour: bool) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE rows (id INTEGER PRIMARY KEY, name TEXT" + (", colour TEXT)" if with_colour else ")"))
    conn.execute(
        "INSERT INTO rows (id, name" + (", colour) VALUES (1, 'a', 'red')" if with_colour else ") VALUES (1, 'a')")
    )
    return conn


def test_an_older_file_reads_the_added_column_as_its_default():
    rows = CODEC.read(_file(with_colour=False), ["0001_initial"])
    assert rows == {1: Row(1, "a", "blue")}


def test_a_file_with_the_migration_reads_the_stored_value():
    assert CODEC.read(_file(with_colour=True), ["0001_initial", "0002_colour"]) == {1: Row(1, "a", "red")}
    assert CODEC.read(_file(with_colour=True)) == {1: Row(1, "a", "red")}


def test_the_shape_check_asks_an_older_file_only_for_the_columns_it_has():
    assert CODEC.stored_columns(["0001_initial"]) == ("id", "name")
    assert CODEC.stored_columns(["0001_initial", "0002_colour"]) == ("id", "name", "colour")
