"""Files changed outside Planner, in the window: bad rows explained, dangling rows repaired on request,
a loop of links opened with the closing link left out and named."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from .helpers import reload, rows


@pytest.fixture
def boxes(monkeypatch) -> dict:
    """Message boxes as (title, text) instead of blocking; `answer` is what question() returns."""
    shown: dict = {"warning": [], "question": [], "answer": QMessageBox.StandardButton.Cancel}

    def warning(_parent, title, text, *args, **kwargs):
        shown["warning"].append((title, text))
        return QMessageBox.StandardButton.Ok

    def question(_parent, title, text, *args, **kwargs):
        shown["question"].append((title, text))
        return shown["answer"]

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "question", question)
    return shown


@pytest.fixture
def empty_window(qtbot):
    from planner.ui.shell.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1200, 700)
    return main


def tamper(path: Path, statement: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(statement)
    connection.commit()
    connection.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_bad_value_is_explained_in_one_line_and_the_file_left_alone(empty_window, boxes, project_file):
    tamper(project_file, "UPDATE tasks SET constraint_type = 'XYZ' WHERE id = 4")
    before = digest(project_file)
    assert not empty_window.open_path(project_file)
    ((title, text),) = boxes["warning"]
    assert title == f"Cannot open {project_file.name}"
    assert "a value Planner never writes" in text
    assert text.endswith(
        f"{project_file}: task 4: constraint type 'XYZ' is not one of ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO"
    )
    assert digest(project_file) == before and empty_window.session is None


def test_declining_the_repair_leaves_the_file_as_it_was(empty_window, boxes, project_file):
    tamper(project_file, "UPDATE links SET successor_id = 99 WHERE id = 3")
    before = digest(project_file)
    assert not empty_window.open_path(project_file)
    ((title, text),) = boxes["question"]
    assert title == f"Repair {project_file.name}?"
    assert "link 3: successor task 99 does not exist" in text and text.endswith("Drop 1 row and open the project?")
    assert digest(project_file) == before and empty_window.session is None


def test_accepting_the_repair_drops_the_dangling_link_and_opens(empty_window, boxes, project_file):
    tamper(project_file, "UPDATE links SET successor_id = 99 WHERE id = 3")
    boxes["answer"] = QMessageBox.StandardButton.Yes
    assert empty_window.open_path(project_file)
    assert empty_window.session is not None and 3 not in empty_window.session.project.links
    assert boxes["warning"] == []
    empty_window.close_project()
    assert set(reload(project_file).links) == {1, 2}


def test_a_loop_of_links_opens_with_the_closing_link_named(empty_window, boxes, project_file, qtbot):
    tamper(
        project_file,
        "INSERT INTO links (id, predecessor_id, successor_id, type, lag_amount, lag_unit) "
        "VALUES (7, 5, 2, 'FS', 0, 'm')",
    )
    assert empty_window.open_path(project_file)
    ((title, text),) = boxes["warning"]
    assert title == f"{project_file.name} opened with problems"
    assert "these links form a loop" in text and "'Launch'" in text and "'Spec'" in text
    assert "the link from task 5 to task 2 is left out of the schedule until it is removed" in text
    assert len(rows(empty_window)) == 5  # the table shows every task
    empty_window.show()
    qtbot.waitExposed(empty_window)
    empty_window.grab().save("/tmp/loop-opened.png")
