"""Three-point estimates in a task list: MS Project's PERT columns, blanks from the duration."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from planner.core.edits.estimate_edits import estimate_of_task
from planner.core.model.estimates import Distribution
from planner.exchange.task_import import read_task_sheet

START = datetime(2027, 1, 4, 8, 0)
HEADER = "ID,Name,Duration,Predecessors,Optimistic Duration,Most Likely Duration,Pessimistic Duration,Distribution\n"


def sheet(tmp_path: Path, rows: str):
    path = tmp_path / "tasks.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return read_task_sheet(path, start=START)


def test_estimates_come_with_their_tasks_and_blanks_are_the_duration(tmp_path) -> None:
    result = sheet(tmp_path, "10,Build,10d,,8d,,15d,PERT\n20,Test,5d,10,,,,\n30,Launch,0d,20,,,,\n")
    assert result.ok
    project = result.project
    build = next(t for t in project.tasks.values() if t.name == "Build")
    estimate = estimate_of_task(project, build.id)
    assert (estimate.optimistic_minutes, estimate.most_likely_minutes, estimate.pessimistic_minutes) == (
        8 * 480,
        10 * 480,
        15 * 480,
    )
    assert estimate.distribution is Distribution.PERT
    assert len(project.task_estimates) == 1


def test_a_row_out_of_order_is_a_problem_of_that_row_and_nothing_is_taken(tmp_path) -> None:
    result = sheet(tmp_path, "1,Build,10d,,,,8d,\n2,Test,5d,1,,,,sometimes\n")
    assert [str(p) for p in result.problems] == [
        "row 2: the pessimistic duration (8d) cannot be shorter than the most likely (10d)",
        "row 3: distribution 'sometimes' is not one of Triangular, PERT, Uniform",
    ]
