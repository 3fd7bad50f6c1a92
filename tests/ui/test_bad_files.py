"""Files that cannot be opened: each gets a clear message box, and not a byte is written."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

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
