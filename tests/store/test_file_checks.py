"""Bad project files are refused in one line and left exactly as they were (issue 9).

Each test here failed before its fix: damage that SQLite's quick_check lets through,
journals that do not belong to the file, things that are not files, a missing
schema record, and writes that cannot be completed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from planner.store.errors import CorruptFile, FileProblem, NotARegularFile, StrayJournal, WriteFailed
from planner.store.projectfile import ProjectFile

from .damage import (
    crash_copy,
    cut_off,
    foreign_crash_journal,
    planner_crash_journal,
    quick_check,
    sample_project,
    scramble_index,
    whole_file,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in folder.iterdir() if p.is_file()}


def refused(path: Path, error: type[Exception], says: str) -> None:
    """Both ways of opening refuse `path` with `error`, and nothing in its folder changes."""
    before = folder_state(path.parent)
    for writable in (False, True):
        with pytest.raises(error, match=says) as caught:
            ProjectFile.open(path, writable=writable)
        assert "\n" not in str(caught.value)
    assert folder_state(path.parent) == before


def test_one_byte_cut_off_the_end_is_refused(tmp_path):
    path = whole_file(tmp_path / "p.plandb")
    cut_off(path, 1)
    refused(path, CorruptFile, "cut short")


def test_bytes_added_to_the_end_are_refused(tmp_path):
    path = whole_file(tmp_path / "p.plandb")
    path.write_bytes(path.read_bytes() + b"\0" * 10)
    refused(path, CorruptFile, "10 bytes more than its header says")


def test_damage_that_quick_check_misses_is_refused_in_one_line(tmp_path):
    path = whole_file(tmp_path / "p.plandb")
    scramble_index(path)
    assert quick_check(path) == "ok"  # the damage SQLite's cheap check lets through
    refused(path, CorruptFile, r"damaged and cannot be opened \(SQLite's integrity check found its structure broken\)")


def test_structural_damage_is_one_line_without_sqlite_s_report(tmp_path):
    path = whole_file(tmp_path / "p.plandb")
    data = bytearray(path.read_bytes())
    data[4096 + 8 : 4096 + 400] = b"\xff" * 392
    path.write_bytes(bytes(data))
    refused(path, CorruptFile, "damaged")
    with pytest.raises(CorruptFile) as caught:
        ProjectFile.open(path, writable=False)
    assert "***" not in str(caught.value) and "page" not in str(caught.value)


def test_emptied_schema_record_is_refused_for_reading_and_editing_alike(tmp_path):
    path = whole_file(tmp_path / "p.plandb")
    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM _sqlite_migrations")
    connection.commit()
    connection.close()
    refused(path, CorruptFile, "record of schema versions is incomplete")
    assert not list(tmp_path.glob("*.bak"))


def test_dropped_schema_record_is_refused(tmp_path):
    path = whole_file(tmp_path / "p.plandb")
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE _sqlite_migrations")
    connection.commit()
    connection.close()
    refused(path, CorruptFile, "record of schema versions is missing")


@pytest.mark.parametrize("make", [planner_crash_journal, foreign_crash_journal], ids=["planner", "foreign"])
def test_a_journal_copied_from_another_database_is_not_rolled_back(tmp_path, make):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    journal = make(elsewhere)
    folder = tmp_path / "project"
    folder.mkdir()
    path = whole_file(folder / "p.plandb")
    shutil.copyfile(journal, folder / "p.plandb-journal")
    refused(path, StrayJournal, "p.plandb-journal beside it was not written for it")


def test_a_garbage_journal_is_refused(tmp_path):
    path = whole_file(tmp_path / "p.plandb")
    (tmp_path / "p.plandb-journal").write_bytes(b"not a journal at all" * 10)
    refused(path, StrayJournal, "not written for it")


def test_a_wal_beside_a_planner_file_is_refused(tmp_path):
    path = whole_file(tmp_path / "p.plandb")
    (tmp_path / "p.plandb-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(28))
    refused(path, StrayJournal, "p.plandb-wal file beside it does not belong to it")


def test_a_crash_is_read_from_a_recovered_copy_without_touching_the_file(tmp_path):
    source = whole_file(tmp_path / "source.plandb")
    path = crash_copy(source, tmp_path / "p.plandb")
    before = folder_state(tmp_path)
    with ProjectFile.open(path, writable=False) as file:
        assert file.load() == sample_project()
    assert folder_state(tmp_path) == before  # the journal is still there, no -wal, no -shm
    with ProjectFile.open(path) as file:  # editing rolls it back in place
        assert file.load() == sample_project()
    assert not (tmp_path / "p.plandb-journal").exists()


def test_a_file_switched_to_wal_mode_is_read_without_leaving_wal_files(tmp_path):
    path = whole_file(tmp_path / "p.plandb")
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.close()
    before = folder_state(tmp_path)
    with ProjectFile.open(path, writable=False) as file:
        assert file.load() == sample_project()
    assert folder_state(tmp_path) == before


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_named_pipe_is_refused_at_once(tmp_path):
    path = tmp_path / "x.plandb"
    os.mkfifo(path)
    for writable in (False, True):
        with pytest.raises(NotARegularFile, match="is a named pipe, not a Planner project file"):
            ProjectFile.open(path, writable=writable)


def test_a_folder_and_a_device_are_refused(tmp_path):
    (tmp_path / "folder.plandb").mkdir()
    with pytest.raises(NotARegularFile, match="is a folder"):
        ProjectFile.open(tmp_path / "folder.plandb")
    if os.path.exists("/dev/zero"):
        (tmp_path / "zero.plandb").symlink_to("/dev/zero")
        with pytest.raises(NotARegularFile, match="is a device"):
            ProjectFile.open(tmp_path / "zero.plandb", writable=False)


def test_a_journal_that_is_a_pipe_is_refused_without_blocking(tmp_path):
    path = whole_file(tmp_path / "p.plandb")
    os.mkfifo(tmp_path / "p.plandb-journal")
    with pytest.raises(StrayJournal, match="not a regular file"):
        ProjectFile.open(path, writable=False)


# -- writing ------------------------------------------------------------------------
def test_create_under_a_file_says_so_and_leaves_nothing(tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(WriteFailed, match=r"notes.txt is a file, not a folder"):
        ProjectFile.create(tmp_path / "notes.txt" / "p.plandb", sample_project())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_create_in_a_missing_folder_says_so(tmp_path):
    with pytest.raises(WriteFailed, match="does not exist"):
        ProjectFile.create(tmp_path / "nowhere" / "p.plandb", sample_project())


def test_a_full_disk_leaves_no_temporary_file(tmp_path, monkeypatch):
    import planner.store.projectfile as projectfile

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(projectfile, "_write", full)
    with pytest.raises(WriteFailed, match=r"p.plandb: cannot be written \(the disk is full\)"):
        ProjectFile.create(tmp_path / "p.plandb", sample_project())
    assert list(tmp_path.iterdir()) == []


def test_a_copy_onto_a_full_disk_leaves_no_temporary_file(tmp_path, tiny_disk):
    path = whole_file(tmp_path / "p.plandb", tasks=400)
    with ProjectFile.open(path) as file, pytest.raises(FileProblem, match="could not be written"):
        file.save_copy(tiny_disk / "copy.plandb")
    assert list(tiny_disk.iterdir()) == []


def test_create_on_a_full_disk_leaves_no_temporary_file(tiny_disk):
    with pytest.raises(WriteFailed, match="cannot be written"):
        ProjectFile.create(tiny_disk / "p.plandb", sample_project(400))
    assert list(tiny_disk.iterdir()) == []


def test_create_on_a_read_only_disk_says_so(read_only_disk):
    with pytest.raises(WriteFailed, match=r"cannot be written \(Read-only file system\)"):
        ProjectFile.create(read_only_disk / "p.plandb", sample_project())
    assert list(read_only_disk.iterdir()) == []
