"""Progress, baseline and cost columns of an MS Project task export.

`Actual Start`, `Actual Finish` (with `% Complete`) become the task's progress, by the
tracking rules: an actual finish means 100% complete. `Baseline Start`, `Baseline Finish`,
`Baseline Duration`, `Baseline Work` and `Baseline Cost` fill Baseline (0), saved at the
import. `Fixed Cost` and `Fixed Cost Accrual` become the task's fixed cost; a task's `Cost`
with no Fixed Cost column becomes its fixed cost (an export of a plan with costs but no
resources), and `Actual Cost` an expense on the task at the status date (or its actual
finish), so earned value has actuals to read. A bad cell is a problem of its row: the
import then writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from planner.core.errors import InputError
from planner.core.model.baselines import Baseline, TaskBaseline
from planner.core.model.costs import Accrual, Expense, TaskCost
from planner.core.model.duration import DEFAULT_UNITS, TimeUnits, parse_duration
from planner.core.model.entities import Project
from planner.exchange.sheet_cells import FINISH_TIME, START_TIME, Cell, cell_text, parse_date

# Header text (lower case, single spaces) -> field of task_rows.COLUMNS.
TRACKING_COLUMNS = {
    "actual start": "actual_start",
    "actual finish": "actual_finish",
    "baseline start": "baseline_start",
    "baseline finish": "baseline_finish",
    "baseline duration": "baseline_duration",
    "baseline work": "baseline_work",
    "baseline cost": "baseline_cost",
    "cost": "cost",
    "actual cost": "actual_cost",
    "fixed cost": "fixed_cost",
    "fixed cost accrual": "fixed_cost_accrual",
}
MONEY_FIELDS = ("baseline_cost", "cost", "actual_cost", "fixed_cost")
IMPORTED_BASELINE = "Imported"


@dataclass
class RowTracking:
    """The progress, baseline and cost cells of one row, read; None where blank."""

    actual_start: datetime | None = None
    actual_finish: datetime | None = None
    baseline_start: datetime | None = None
    baseline_finish: datetime | None = None
    baseline_duration: int | None = None
    baseline_work: int | None = None
    money: dict[str, float] = field(default_factory=dict)
    accrual: Accrual | None = None

    @property
    def has_baseline(self) -> bool:
        return self.baseline_start is not None or self.baseline_finish is not None


def money_of(cell: Cell, what: str) -> float:
    """`1,250.50`, `€1.250,50`, `$1,250`, `1250` or an Excel number: an amount in the project currency."""
    value = cell.value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    text = cell_text(cell)
    cleaned = "".join(ch for ch in text if ch.isdigit() or ch in ",.-")
    if "," in cleaned and "." in cleaned:  # the later one is the decimal mark
        decimal = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        cleaned = cleaned.replace("." if decimal == "," else ",", "").replace(",", ".")
    elif cleaned.count(",") == 1 and len(cleaned.split(",")[1]) != 3:
        cleaned = cleaned.replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    try:
        amount = float(cleaned)
    except ValueError:
        raise InputError(f"{what} {text!r} is not an amount of money") from None
    if amount < 0:
        raise InputError(f"{what} {text!r} is negative")
    return amount


def accrual_of(cell: Cell) -> Accrual:
    text = cell_text(cell).strip().lower()
    try:
        return Accrual(text)
    except ValueError:
        raise InputError(f"fixed cost accrual {cell_text(cell)!r} is not one of Start, Prorated, End") from None


def read_tracking(
    cell_of: Callable[[str], Cell], problems: list[str], units: TimeUnits = DEFAULT_UNITS
) -> RowTracking | None:
    """The row's tracking cells (`cell_of(field)` gives a cell), or None when all are blank."""
    cells = {name: cell_of(name) for name in TRACKING_COLUMNS.values()}
    if all(cell.blank for cell in cells.values()):
        return None
    found = RowTracking()

    def read(name: str, parse: Callable[[Cell], object]) -> object:
        if cells[name].blank:
            return None
        try:
            return parse(cells[name])
        except InputError as error:
            problems.append(str(error))
            return None

    found.actual_start = read("actual_start", lambda c: parse_date(c, "actual start", START_TIME))
    found.actual_finish = read("actual_finish", lambda c: parse_date(c, "actual finish", FINISH_TIME))
    found.baseline_start = read("baseline_start", lambda c: parse_date(c, "baseline start", START_TIME))
    found.baseline_finish = read("baseline_finish", lambda c: parse_date(c, "baseline finish", FINISH_TIME))
    found.baseline_duration = read("baseline_duration", lambda c: _minutes(c, "baseline duration", units))
    found.baseline_work = read("baseline_work", lambda c: _minutes(c, "baseline work", units))
    for name in MONEY_FIELDS:
        amount = read(name, lambda c, n=name: money_of(c, n.replace("_", " ")))
        if amount is not None:
            found.money[name] = amount
    found.accrual = read("fixed_cost_accrual", accrual_of)
    _check(found, problems)
    return found


def _minutes(cell: Cell, what: str, units: TimeUnits) -> int:
    text = cell_text(cell)
    if text.lower() in ("na", "n/a"):
        raise InputError(f"{what} {text!r}: leave the cell empty when there is none")
    try:
        return parse_duration(text, units).minutes
    except InputError as error:
        raise InputError(f"{what} {error}") from None


def _check(found: RowTracking, problems: list[str]) -> None:
    if found.actual_finish is not None and found.actual_start is not None and found.actual_finish < found.actual_start:
        problems.append("actual finish is before actual start")
    if found.actual_finish is not None and found.actual_start is None:
        problems.append("an actual finish needs an actual start")
    if found.has_baseline and (found.baseline_start is None or found.baseline_finish is None):
        problems.append("a baseline needs both Baseline Start and Baseline Finish")
    elif found.has_baseline and found.baseline_finish < found.baseline_start:  # type: ignore[operator]
        problems.append("baseline finish is before baseline start")


def add_tracking(project: Project, rows: dict[int, RowTracking], saved: datetime, fixed_cost_column: bool) -> None:
    """The imported tasks' progress, Baseline (0), fixed costs and actual costs (task id -> its row's cells)."""
    baseline_id = None
    for task_id, found in rows.items():
        task = project.tasks[task_id]
        if found.actual_start is not None:
            task.actual_start = found.actual_start
        if found.actual_finish is not None:
            task.actual_finish, task.percent_complete = found.actual_finish, 100.0
        if found.has_baseline:
            if baseline_id is None:
                baseline_id = project.next_id("baselines")
                project.baselines[baseline_id] = Baseline(baseline_id, 0, IMPORTED_BASELINE, saved, True)
            _add_baseline_row(project, baseline_id, task_id, found)
        fixed = found.money.get("fixed_cost") if fixed_cost_column else found.money.get("cost")
        if fixed or found.accrual is not None:
            uid = project.next_id("task_costs")
            project.task_costs[uid] = TaskCost(uid, task_id, fixed or 0.0, found.accrual or Accrual.PRORATED)
        actual = found.money.get("actual_cost")
        if actual:
            day = (found.actual_finish or project.status_date or found.actual_start or project.start).date()
            uid = project.next_id("expenses")
            project.expenses[uid] = Expense(uid, day, actual, task_id=task_id, note="Actual Cost from the import")


def _add_baseline_row(project: Project, baseline_id: int, task_id: int, found: RowTracking) -> None:
    assert found.baseline_start is not None and found.baseline_finish is not None
    duration = found.baseline_duration
    if duration is None:
        duration = project.tasks[task_id].duration.minutes
    uid = project.next_id("task_baselines")
    project.task_baselines[uid] = TaskBaseline(
        uid,
        baseline_id,
        task_id,
        found.baseline_start,
        found.baseline_finish,
        duration,
        found.baseline_work or 0,
        round(found.money.get("baseline_cost", 0.0), 2),
    )
