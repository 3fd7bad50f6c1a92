"""Save a Copy As in steps: progress to the last page, and a cancelled copy leaves no file."""

from __future__ import annotations

import pytest

from planner.core.model.entities import Task
from planner.core.model.factory import new_project
from planner.core.progress import Cancelled
from planner.store.copy import PAGES_PER_STEP, copy_project_file
from planner.store.projectfile import ProjectFile


@pytest.fixture
def big_file(tmp_path):
    from datetime import datetime

    project = new_project("Big", datetime(2027, 1, 4, 8))
    project.tasks = {i: Task(i, f"Task {i} " + "x" * 200, position=i) for i in range(1, 6001)}
    path = tmp_path / "big.plandb"
    ProjectFile.create(path, project).close()
    return path


def test_the_copy_reports_its_pages_and_holds_the_project(big_file, tmp_path) -> None:
    seen: list[tuple[int, int]] = []
    copy_project_file(big_file, tmp_path / "copy.plandb", progress=lambda d, t: seen.append((d, t)))
    assert len(seen) >= 2 and seen[-1][0] == seen[-1][1] > PAGES_PER_STEP
    with ProjectFile.open(tmp_path / "copy.plandb", writable=False) as copy:
        assert len(copy.load().tasks) == 6000


def test_a_cancelled_copy_leaves_nothing(big_file, tmp_path) -> None:
    steps: list[int] = []
    with pytest.raises(Cancelled, match=r"Saving a copy as copy\.plandb cancelled"):
        copy_project_file(big_file, tmp_path / "copy.plandb", lambda d, t: steps.append(d), lambda: len(steps) >= 1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.plandb"]
