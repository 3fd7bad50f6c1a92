"""Issue 7: a sheet without Start dates starts on the current date, as a new MS Project plan does, and says so."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

import planner.exchange.task_import as task_import
from planner.cli import main
from planner.core.schedule.engine import schedule
from planner.exchange.task_import import read_task_sheet


def sheet(folder: Path, text: str) -> Path:
    path = folder / "tasks.csv"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def today(monkeypatch):
    def set_today(day: date) -> None:
        monkeypatch.setattr(task_import, "today", lambda: day)

    return set_today


def test_no_start_column_starts_today_and_says_so(tmp_path, today) -> None:
    today(date(2027, 3, 2))  # a Tuesday
    result = read_task_sheet(sheet(tmp_path, "Name,Duration\nA,2d\nB,1d\n"))
    assert result.ok
    assert result.project.start == datetime(2027, 3, 2, 8, 0)
    assert result.start_note == "the sheet gives no Start dates, so the project starts today, Tue 2027-03-02 08:00"
    assert result.warnings[0] == result.start_note  # the preview lists it with the other notes
    assert schedule(result.project).dates(1).finish == datetime(2027, 3, 3, 17, 0)


def test_on_a_weekend_the_project_starts_the_next_working_day(tmp_path, today) -> None:
    today(date(2027, 3, 6))  # a Saturday
    result = read_task_sheet(sheet(tmp_path, "Name,Duration\nA,2d\n"))
    assert result.project.start == datetime(2027, 3, 8, 8, 0)
    assert "the next working day after today (Sat 2027-03-06), Mon 2027-03-08 08:00" in result.start_note


def test_a_holiday_given_for_the_import_is_skipped_too(tmp_path, today) -> None:
    today(date(2027, 3, 5))  # a Friday, made a holiday
    result = read_task_sheet(sheet(tmp_path, "Name,Duration\nA,2d\n"), holidays=[date(2027, 3, 5)])
    assert result.project.start == datetime(2027, 3, 8, 8, 0)


def test_a_start_column_left_empty_is_no_start_either(tmp_path, today) -> None:
    today(date(2027, 3, 2))
    result = read_task_sheet(sheet(tmp_path, "Name,Duration,Start\nA,2d,\nB,1d,NA\n"))
    assert result.project.start == datetime(2027, 3, 2, 8, 0)
    assert result.start_note is not None


def test_start_option_wins_and_no_note_is_given(tmp_path, today) -> None:
    today(date(2027, 3, 2))
    result = read_task_sheet(sheet(tmp_path, "Name,Duration\nA,2d\n"), start=date(2027, 1, 4))
    assert result.project.start == datetime(2027, 1, 4, 8, 0)
    assert result.start_note is None


def test_the_cli_imports_without_a_start_and_says_so_on_stderr(tmp_path, today, capsys) -> None:
    today(date(2027, 3, 2))
    output = tmp_path / "out.plandb"
    assert main(["import", str(sheet(tmp_path, "Name,Duration\nA,2d\n")), "-o", str(output)]) == 0
    captured = capsys.readouterr()
    assert captured.err == (
        "note: the sheet gives no Start dates, so the project starts today, Tue 2027-03-02 08:00; "
        "give --start to choose another\n"
    )
    assert captured.out == f"imported 1 tasks and 0 links into {output}\n"
    assert output.exists()
