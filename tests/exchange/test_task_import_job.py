"""The import as the window's job runner calls it: progress reported, Cancel honoured."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from planner.core.errors import Cancelled, PlannerError
from planner.exchange.task_import import import_tasks, read_task_sheet

START = datetime(2027, 1, 4, 8, 0)


@pytest.fixture
def big_sheet(tmp_path) -> Path:
    path = tmp_path / "tasks.csv"
    lines = ["ID,Name,Duration,Predecessors"] + [f"{i},Task {i},1d,{i - 1 if i > 1 else ''}" for i in range(1, 5001)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_progress_rises_to_the_whole_of_the_job(big_sheet) -> None:
    reports: list[tuple[int, int]] = []
    project = import_tasks(big_sheet, start=START, progress=lambda done, total: reports.append((done, total)))
    assert len(project.tasks) == 5000
    assert reports[0] == (0, 1000)
    assert reports[-1] == (1000, 1000)
    assert {total for _, total in reports} == {1000}
    done = [d for d, _ in reports]
    assert done == sorted(done) and len(done) == len(set(done))
    assert len(reports) > 6  # the rows are read in several steps, not jumped over


def test_cancel_stops_the_import_with_cancelled(big_sheet) -> None:
    reports: list[int] = []
    with pytest.raises(Cancelled, match=r"^Reading .* cancelled; nothing was written$") as raised:
        read_task_sheet(
            big_sheet,
            start=START,
            progress=lambda done, total: reports.append(done),
            cancelled=lambda: len(reports) >= 3,
        )
    assert isinstance(raised.value, PlannerError)
    assert max(reports) < 1000


def test_cancel_is_heard_while_a_workbook_is_read(tmp_path) -> None:
    path = tmp_path / "tasks.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["ID", "Name", "Duration"])
    for i in range(1, 5001):
        book.active.append([i, f"Task {i}", "1d"])
    book.save(path)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1  # the first question is before anything is read; the next while reading rows

    with pytest.raises(Cancelled):
        read_task_sheet(path, start=START, cancelled=cancelled)
    assert len(asked) == 2


def test_without_hooks_nothing_is_asked_and_the_import_is_the_same(big_sheet) -> None:
    assert (
        import_tasks(big_sheet, start=START).tasks.keys()
        == import_tasks(big_sheet, start=START, progress=lambda d, t: None, cancelled=lambda: False).tasks.keys()
    )
