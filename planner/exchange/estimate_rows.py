"""Three-point estimates in a task import: `Optimistic Duration`, `Most Likely Duration`,
`Pessimistic Duration` (MS Project's PERT columns) and `Distribution`.

A row may give one, two or all three; a missing one is the row's Duration, as when they are
typed in the task table. A row out of order (pessimistic shorter than most likely) is a
problem of that row, so the import reports it and writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.core.edits.estimate_edits import POINTS, check_points, parse_distribution
from planner.core.errors import InputError
from planner.core.model.duration import DEFAULT_UNITS, TimeUnits, parse_duration
from planner.core.model.entities import Project
from planner.core.model.estimates import Distribution, TaskEstimate
from planner.exchange.sheet_cells import Cell, cell_text

# Header text (lower case, single spaces) -> field of task_rows.COLUMNS.
ESTIMATE_COLUMNS = {
    "optimistic duration": "optimistic",
    "optimistic": "optimistic",
    "most likely duration": "most_likely",
    "expected duration": "most_likely",
    "most likely": "most_likely",
    "pessimistic duration": "pessimistic",
    "pessimistic": "pessimistic",
    "distribution": "distribution",
}


@dataclass
class RowEstimate:
    """The estimate cells of one row, read; None where blank."""

    minutes: dict[str, int | None]
    distribution: Distribution = Distribution.TRIANGULAR


def read_estimate(cell_of, problems: list[str], units: TimeUnits = DEFAULT_UNITS) -> RowEstimate | None:
    """The row's estimate cells (`cell_of(field)` gives a cell), or None when all are blank."""
    cells: dict[str, Cell] = {name: cell_of(name) for name in (*POINTS, "distribution")}
    if all(cell.blank for cell in cells.values()):
        return None
    estimate = RowEstimate(dict.fromkeys(POINTS))
    for point in POINTS:
        if not cells[point].blank:
            estimate.minutes[point] = _minutes(cell_text(cells[point]), point, units, problems)
    if not cells["distribution"].blank:
        try:
            estimate.distribution = parse_distribution(cell_text(cells["distribution"]))
        except InputError as error:
            problems.append(str(error))
    return estimate


def _minutes(text: str, point: str, units: TimeUnits, problems: list[str]) -> int | None:
    try:
        duration = parse_duration(text, units)
    except InputError as error:
        problems.append(f"{point.replace('_', ' ')} {error}")
        return None
    if duration.elapsed:
        problems.append(f"{point.replace('_', ' ')} duration {text!r} is elapsed; estimates are working time")
        return None
    return duration.minutes


def complete_estimate(estimate: RowEstimate, duration: int, problems: list[str], project: Project) -> None:
    """Fill the blanks from the row's duration and check the order, as a problem of the row."""
    for point in POINTS:
        if estimate.minutes[point] is None:
            estimate.minutes[point] = duration
    try:
        check_points(project, *(estimate.minutes[p] or 0 for p in POINTS))
    except InputError as error:
        problems.append(str(error))


def add_estimates(project: Project, estimates: dict[int, RowEstimate]) -> None:
    """The estimates of the imported tasks (task id -> its row's estimate), checked already."""
    for number, (task_id, estimate) in enumerate(estimates.items(), 1):
        values = {f"{p}_minutes": estimate.minutes[p] or 0 for p in POINTS}
        project.task_estimates[number] = TaskEstimate(number, task_id, distribution=estimate.distribution, **values)
