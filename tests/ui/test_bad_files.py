"""Files that cannot be opened: each gets a clear message box, and not a byte is written."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from store.damage import cut_off, foreign_crash_journal, scramble_index, whole_file

from planner.cli import main as cli_main
from planner.store.projectfile import ProjectFile

from .helpers import small_project


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:
    """Message boxes the window shows, as (title, text), instead of blocking the test."""
    shown: list[tuple[str, str]] = []

    def capture(_parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", capture)
    monkeypatch.setattr(QMessageBox, "critical", capture)
    return shown


@pytest.fixture
def empty_window(qtbot):
    from planner.ui.shell.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    return main


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def newer_file(path: Path) -> None:
    ProjectFile.create(path, small_project()).close()
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('planner', '9999_future', 'x')"
    )
    connection.commit()
    connection.close()


def foreign_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.commit()
    connection.close()


def truncated_file(path: Path) -> None:
    ProjectFile.create(path, small_project()).close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda p: p.write_text("ID,Name\n1,Design\n"), "not a Planner project file"),
        (foreign_database, "not a Planner project file"),
        (truncated_file, "damaged"),
        (newer_file, "newer version of Planner"),
    ],
    ids=["text", "foreign-sqlite", "truncated", "newer"],
)
def test_bad_file_is_explained_and_left_untouched(empty_window, messages, tmp_path, make, says) -> None:
    path = tmp_path / "bad.plandb"
    make(path)
    before = digest(path)
    assert not empty_window.open_path(path)
    ((title, text),) = messages
    assert title == "Cannot open bad.plandb"
    assert says in text
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.plandb"]  # no journal, no backup, nothing
    assert empty_window.session is None
    assert empty_window.windowTitle() == "Planner"


def test_missing_file_is_explained_and_dropped_from_recent(empty_window, messages, tmp_path, project_file) -> None:
    empty_window.settings.add_recent(project_file)
    project_file.unlink()
    assert not empty_window.open_path(project_file)
    assert "not there any more" in messages[0][1]
    assert empty_window.settings.recent_files() == []
    assert not project_file.exists()


def test_read_only_file_is_explained(empty_window, messages, project_file, monkeypatch) -> None:
    import planner.store.projectfile as projectfile

    monkeypatch.setattr(projectfile.os, "access", lambda *_args, **_kw: False)  # tests run as root: chmod is moot
    before = digest(project_file)
    assert not empty_window.open_path(project_file)
    assert "read-only" in messages[0][1]
    assert digest(project_file) == before


def test_file_open_in_another_window_is_explained(qtbot, window, empty_window, messages, project_file) -> None:
    before = digest(project_file)
    assert not empty_window.open_path(project_file)
    assert "already open in another Planner window" in messages[0][1]
    assert digest(project_file) == before
    assert window.session is not None  # the first window keeps working


def test_file_open_in_another_process_is_explained(empty_window, messages, project_file) -> None:
    with ProjectFile.open(project_file):  # as another Planner would hold it
        assert not empty_window.open_path(project_file)
    assert "already open" in messages[0][1]
    assert empty_window.open_path(project_file)  # free again once the other lets go


# -- the window and the CLI agree (issue 9) ---------------------------------------------
def emptied_migrations(path: Path) -> None:
    whole_file(path)
    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM _sqlite_migrations")
    connection.commit()
    connection.close()


def with_foreign_journal(path: Path) -> None:
    elsewhere = path.parent / "elsewhere"
    elsewhere.mkdir()
    journal = foreign_crash_journal(elsewhere)
    whole_file(path)
    shutil.copyfile(journal, path.with_name(path.name + "-journal"))
    shutil.rmtree(elsewhere)


def one_byte_short(path: Path) -> None:
    whole_file(path)
    cut_off(path, 1)


def scrambled_index(path: Path) -> None:
    whole_file(path)
    scramble_index(path)


@pytest.mark.parametrize(
    "make",
    [emptied_migrations, with_foreign_journal, one_byte_short, scrambled_index, os.mkfifo],
    ids=["emptied-migrations", "foreign-journal", "one-byte-short", "scrambled-index", "fifo"],
)
def test_window_refuses_what_the_cli_refuses_in_the_same_words(empty_window, messages, tmp_path, capsys, make):
    path = tmp_path / "bad.plandb"
    make(path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert cli_main(["schedule", str(path)]) == 2
    cli_line = capsys.readouterr().err.strip().removeprefix("planner: error: ")
    assert not empty_window.open_path(path)
    ((title, text),) = messages
    assert title == "Cannot open bad.plandb"
    assert text.splitlines()[-1] == cli_line
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before  # no .bak, no journal
    assert empty_window.session is None


def test_a_file_the_window_cannot_show_is_reported_and_released(empty_window, messages, project_file, monkeypatch):
    import planner.ui.gantt.plugin as gantt_plugin

    def broken(*_args, **_kwargs):
        raise OverflowError("date value out of range")

    monkeypatch.setattr(gantt_plugin, "GanttTab", broken)  # the Gantt tab cannot show what the file holds
    assert not empty_window.open_path(project_file)
    ((_title, text),) = messages
    assert "this is a bug in Planner" in text
    assert text.splitlines()[-1] == (
        f"internal error while reading {project_file}: OverflowError: date value out of range; please report it"
    )
    assert empty_window.session is None and empty_window.windowTitle() == "Planner"
    ProjectFile.open(project_file).close()  # not left locked


def test_a_new_project_that_cannot_be_written_says_so_like_the_cli(empty_window, messages, tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("x")
    target = tmp_path / "notes.txt" / "p.plandb"
    assert cli_main(["new", str(target)]) == 2
    cli_line = capsys.readouterr().err.strip().removeprefix("planner: error: ")
    empty_window.file_actions._create(target, small_project())
    ((title, text),) = messages
    assert title == "Cannot write p.plandb" and text == cli_line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    assert empty_window.session is None
