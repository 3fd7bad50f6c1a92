"""A task import reports how far it got and stops when asked, so the window can run it as a job."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.core.progress import Cancelled
from planner.exchange.task_import import read_task_sheet


def sheet_of(path: Path, count: int) -> Path:
    lines = ["ID,Name,Duration,Start,Predecessors"]
    lines += [f"{i},Task {i},2d,{'2027-01-04' if i == 1 else ''},{i - 1 if i > 1 else ''}" for i in range(1, count + 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_progress_climbs_to_the_total(tmp_path) -> None:
    seen: list[tuple[int, int]] = []
    result = read_task_sheet(sheet_of(tmp_path / "plan.csv", 1200), progress=lambda d, t: seen.append((d, t)))
    assert len(result.project.tasks) == 1200
    done = [d for d, _ in seen]
    assert done == sorted(done) and len(done) >= 4
    assert {t for _, t in seen} == {1000}  # thousandths of the import
    assert seen[-1] == (1000, 1000)


def test_cancel_stops_the_read_with_one_line(tmp_path) -> None:
    seen: list[int] = []
    with pytest.raises(Cancelled, match=r"Reading plan\.csv cancelled; nothing was written"):
        read_task_sheet(
            sheet_of(tmp_path / "plan.csv", 1200),
            progress=lambda d, t: seen.append(d),
            cancelled=lambda: len(seen) >= 2,
        )
    assert seen[-1] < 1000
