"""Import a task list from .csv or .xlsx in the columns MS Project exports.

Columns (any subset, headers matched case-insensitively): ID, Name, Duration, Start,
Finish, Predecessors, Outline Level, Constraint Type, Constraint Date, Deadline,
% Complete, Priority, Notes; three-point estimates (estimate_rows.py); Actual Start,
Actual Finish, Baseline Start/Finish/Duration/Work/Cost (Baseline 0), Fixed Cost, Fixed
Cost Accrual, Cost and Actual Cost (tracking_rows.py). Other columns are skipped with a warning.

What the import does with a sheet, and why:

- The sheet's IDs identify its rows, because the Predecessors cells name them;
  without an ID column the task rows are numbered 1..n. Once linked, the tasks get
  Unique IDs 1..n in row order (planner.exchange.task_uids), so the IDs the table
  shows are the row numbers whatever numbers the sheet used.
- Outline Level builds the WBS; going down more than one level at once is an
  error on that row, as MS Project cannot indent a task two levels.
- A row's Start is *not* turned into a constraint. MS Project's own exports carry
  Constraint Type and Constraint Date, and inventing "Start No Earlier Than" for
  every dated row would pin a plan the PM meant to flow. Start and Finish serve
  to derive a missing Duration (the working time between them) and, without
  --start, the project start (the earliest Start, Actual Start or Baseline Start in the sheet). A sheet with no
  Start dates at all starts, as a new MS Project plan does, on the current date:
  today, or the next working day if today is not one; `start_note` says so.
- MS Project's project summary row (ID 0, outline level 0) is skipped.
- Every row problem is collected, not only the first; the project is built from
  the good rows so a preview can show it. Loops are found by scheduling it.
- Nothing is written: the caller decides what to do with the project.
- A job runner may pass `progress(done, total)` and `cancelled() -> bool`
  (planner.core.progress.JobSteps): progress is told thousandths of the import done,
  and a True from cancelled stops it with planner.core.errors.Cancelled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from planner.core.errors import InputError
from planner.core.model.dates import when
from planner.core.model.duration import Duration
from planner.core.model.entities import CalendarException, Project, Task
from planner.core.model.factory import new_project
from planner.core.progress import CancelCheck, JobSteps, Progress
from planner.core.schedule.engine import calendar_years
from planner.core.schedule.worktime import compile_calendar
from planner.exchange.bulk import collector_paused
from planner.exchange.estimate_rows import add_estimates, complete_estimate
from planner.exchange.resource_import import ResourceRows, add_resources, read_team
from planner.exchange.sheet_cells import START_TIME
from planner.exchange.sheet_read import Sheet, read_sheet
from planner.exchange.task_assignments import add_assignments
from planner.exchange.task_links import add_links, break_loops, check_links
from planner.exchange.task_rows import Columns, TaskRow, map_columns, parse_row
from planner.exchange.task_uids import number_in_row_order
from planner.exchange.tracking_rows import add_tracking

STEP_ROWS = 1000  # rows between two progress reports (and cancel checks)

__all__ = ["ImportResult", "RowProblem", "SheetError", "accepted", "import_tasks", "read_task_sheet"]


@dataclass
class RowProblem:
    """Why one row (numbered as a spreadsheet shows it; the header is row 1) cannot be imported.

    Row 0 stands for the sheet as a whole (a schedule that cannot be computed at all).
    """

    row: int
    message: str
    sheet: str = ""  # another sheet's row: "Resources" (the workbook's), or the resource file's name

    def __str__(self) -> str:
        if self.sheet:
            return f"{self.sheet} row {self.row}: {self.message}"
        return f"row {self.row}: {self.message}" if self.row else self.message


@dataclass
class ImportResult:
    """What a sheet gave: the project built from its good rows, and what is wrong with the rest."""

    project: Project
    rows: int  # task rows read (blank rows not counted)
    warnings: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    start_note: str | None = None  # how the project start was chosen, when the sheet gave none (also a warning)
    loops: list[RowProblem] = field(default_factory=list)  # those of `problems` on a link that closes a loop

    @property
    def ok(self) -> bool:
        return not self.problems


class NoProjectStart(InputError):
    """Nothing says when the project starts: no Start column or no Start date, and no start given."""


class SheetError(InputError):
    """A sheet whose rows have problems; str() is a one-line summary, `problems` the details."""

    def __init__(self, message: str, problems: list[RowProblem], warnings: list[str]) -> None:
        super().__init__(message)
        self.problems = problems
        self.warnings = warnings


def import_tasks(
    source: Path | str,
    *,
    start: datetime | date | None = None,
    country: str = "",
    holidays: Sequence[date] = (),
    name: str | None = None,
    resources: Path | str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    status_date: datetime | None = None,
) -> Project:
    """The project of a task list; raises SheetError if any row has a problem, Cancelled if cancelled."""
    options = {"start": start, "country": country, "holidays": holidays, "name": name, "resources": resources}
    options["status_date"] = status_date
    result = read_task_sheet(source, **options, progress=progress, cancelled=cancelled)
    return accepted(result, Path(source))


def accepted(result: ImportResult, source: Path) -> Project:
    """The result's project if no row has a problem; else SheetError naming how many rows have."""
    if not result.ok:
        count = len({(p.sheet, p.row) for p in result.problems})
        rows = "1 row has problems" if count == 1 else f"{count} rows have problems"
        raise SheetError(f"{source.name}: {rows}", result.problems, result.warnings)
    return result.project


def read_task_sheet(
    source: Path | str,
    *,
    start: datetime | date | None = None,
    country: str = "",
    holidays: Sequence[date] = (),
    name: str | None = None,
    resources: Path | str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    status_date: datetime | None = None,
) -> ImportResult:
    """Read a task list into a project plus its warnings and row problems (for a preview or a report).

    Raises InputError only when the file as a whole cannot be used: missing, not a
    sheet, or empty; Cancelled when `cancelled()` turns True. The team comes from
    `resources` (a resource list file) or else the workbook's "Resources" sheet
    (planner.exchange.resource_import), its bad rows among the problems. `status_date` is the
    date the sheet's progress was measured at (`planner import --status-date`).
    """
    steps = JobSteps(progress, cancelled, f"Reading {Path(source).name}")
    with collector_paused():
        result, team = _read_task_sheet(Path(source), start, country, holidays, name, resources, steps, status_date)
    if team is not None:
        result.warnings += team.warnings
        result.problems += [RowProblem(row, message, team.source) for row, message in team.problems]
    return result


def _read_task_sheet(
    source: Path,
    start: datetime | date | None,
    country: str,
    holidays: Sequence[date],
    name: str | None,
    resources: Path | str | None,
    steps: JobSteps,
    status_date: datetime | None = None,
) -> tuple[ImportResult, ResourceRows | None]:
    steps.at(0)
    sheet = read_sheet(source, rows_read=lambda _count: steps.at(0))  # the row count is not known yet
    columns = map_columns(sheet)
    if not columns.has("name"):
        found = ", ".join(repr(h) for h in sheet.header if h) or "none"
        raise InputError(f"{sheet.name} has no Name column (the columns found are {found}); is row 1 the header?")
    steps.at(0.15)
    rows, warnings, earliest = _read_rows(sheet, columns, steps.within(0.15, 0.7))
    _check_ids(rows)
    _build_outline(rows)
    project_start, start_note = _project_start(start, earliest, country, holidays)
    project = _new_project(name or source.stem, project_start, country, holidays)
    if status_date is not None and status_date < project_start:
        raise InputError(f"the status date {when(status_date)} is before the project start {when(project_start)}")
    project.status_date = status_date
    _derive_durations(project, rows)
    _check_estimates(project, rows)
    steps.at(0.75)
    by_id = _first_rows_by_id(rows)
    check_links(rows, by_id)
    steps.at(0.8)
    _add_tasks(project, rows)
    add_estimates(project, {r.task_id: r.estimate for r in rows if r.estimate and r.task_id in project.tasks})
    tracked = {r.task_id: r.tracking for r in rows if r.tracking and r.task_id in project.tasks}
    add_tracking(project, tracked, datetime.now().replace(second=0, microsecond=0), columns.has("fixed_cost"))
    add_links(project, rows, by_id)
    # The team before the assignments: Resource Names are looked up in it (task_assignments.py).
    team = read_team(project, source, None if resources is None else Path(resources))
    if team is not None:
        add_resources(project, team)
    warnings += add_assignments(project, rows, columns, listed=team is not None)
    steps.at(0.85)
    known = [len(r.problems) for r in rows]
    sheet_problems = [RowProblem(0, message) for message in break_loops(project, by_id)]
    loops = sorted(
        (RowProblem(r.row, m) for r, n in zip(rows, known, strict=True) for m in r.problems[n:]), key=lambda p: p.row
    )
    number_in_row_order(project)
    problems = sorted((RowProblem(r.row, m) for r in rows for m in r.problems), key=lambda p: p.row)
    warnings = [start_note, *warnings] if start_note else warnings
    steps.at(1)
    return ImportResult(project, len(rows), warnings, sheet_problems + problems, start_note, loops), team


def _read_rows(
    sheet: Sheet, columns: Columns, step: Callable[[int, int], None]
) -> tuple[list[TaskRow], list[str], datetime | None]:
    """Every task row of the sheet (numbered 1..n when there is no ID column), the warnings, the earliest Start."""
    warnings = list(columns.warnings)
    rows: list[TaskRow] = []
    earliest: datetime | None = None
    total = len(sheet.rows)
    for count, (number, cells) in enumerate(sheet.rows):
        if count % STEP_ROWS == 0:
            step(count, total)
        row = parse_row(number, cells, columns)
        first = _first_date(row)
        if first is not None and (earliest is None or first < earliest):
            earliest = first
        if row.project_summary and not row.problems:
            warnings.append(f"row {number}: the project summary task (ID 0) is not imported; its tasks are")
            continue
        if not columns.has("id"):
            row.task_id = len(rows) + 1
        warnings.extend(row.warnings)
        rows.append(row)
    return rows, warnings, earliest


def _first_date(row: TaskRow) -> datetime | None:
    """The row's Start, or an earlier Actual Start or Baseline Start: work began or was planned then."""
    if row.tracking is None:
        return row.start
    dates = [m for m in (row.start, row.tracking.actual_start, row.tracking.baseline_start) if m is not None]
    return min(dates, default=None)


def _check_ids(rows: list[TaskRow]) -> None:
    """A task ID used a second time is an error on the later row; links keep meaning the first."""
    seen: dict[int, int] = {}
    for row in rows:
        if row.task_id is None:
            continue
        if row.task_id in seen:
            row.problems.append(f"task ID {row.task_id} is used twice (also row {seen[row.task_id]})")
        else:
            seen[row.task_id] = row.row


def _first_rows_by_id(rows: list[TaskRow]) -> dict[int, TaskRow]:
    by_id: dict[int, TaskRow] = {}
    for row in rows:
        if row.task_id is not None:
            by_id.setdefault(row.task_id, row)
    return by_id


def _build_outline(rows: list[TaskRow]) -> None:
    """Each row's summary row, from the outline levels.

    A row that goes down more than one level is an error, but the rows below it
    still nest under it as the sheet says, so one mistake gives one message.
    """
    stack: list[tuple[int, TaskRow]] = []
    for row in rows:
        level = row.level if row.level else (stack[-1][0] if stack else 1)
        while stack and stack[-1][0] >= level:
            stack.pop()
        above = stack[-1][0] if stack else 0
        if level > above + 1:
            after = f"level {above}" if stack else "the top of the sheet; the first task must be level 1"
            row.problems.append(f"outline level {level} follows {after}")
        row.parent = stack[-1][1] if stack else None
        stack.append((level, row))


def _project_start(
    start: datetime | date | None, earliest: datetime | None, country: str, holidays: Sequence[date]
) -> tuple[datetime, str | None]:
    """--start if given (a date starts at 08:00), else the earliest Start of the sheet, else the current date.

    The second value says how the start was chosen when the sheet gave none.
    """
    if isinstance(start, datetime):
        return start, None
    if start is not None:
        return datetime.combine(start, START_TIME), None
    if earliest is not None:
        return earliest, None
    day = today()
    first = _first_working_day(day, country, holidays)
    why = "today" if first == day else f"the next working day after today ({day:%a %Y-%m-%d})"
    moment = datetime.combine(first, START_TIME)
    return moment, f"the sheet gives no Start dates, so the project starts {why}, {moment:%a %Y-%m-%d %H:%M}"


def today() -> date:
    """The current date, as MS Project's Current Date (a function so that tests can set it)."""
    return date.today()


def _first_working_day(day: date, country: str, holidays: Sequence[date]) -> date:
    """`day` or the first working day after it, on the calendar the project will have."""
    project = _new_project("start", datetime.combine(day, START_TIME), country, holidays)
    calendar = compile_calendar(project.calendar, calendar_years(project))
    first = day
    while not calendar.is_working_day(first) and first - day < timedelta(days=366):
        first += timedelta(days=1)
    return first


def _new_project(name: str, start: datetime, country: str, holidays: Sequence[date]) -> Project:
    """The project on the standard calendar, with the country's public holidays and the given ones."""
    project = new_project(name, start, country)
    for holiday in holidays:
        day = holiday.date() if isinstance(holiday, datetime) else holiday
        project.calendar.exceptions.append(CalendarException(day, day, "Holiday"))
    return project


def _derive_durations(project: Project, rows: list[TaskRow]) -> None:
    """A row with Start and Finish but no Duration lasts the working time between them."""
    calendar = None
    for row in rows:
        if row.duration is not None or row.start is None or row.finish is None:
            continue
        if row.finish < row.start:
            row.problems.append(f"finish {when(row.finish)} is before start {when(row.start)}")
            continue
        calendar = calendar or compile_calendar(project.calendar, calendar_years(project))
        row.duration = Duration(calendar.offset(row.finish) - calendar.offset(row.start))


def _check_estimates(project: Project, rows: list[TaskRow]) -> None:
    """A row's missing estimate values are its duration (a day when it gives none); out of order is a problem."""
    for row in rows:
        if row.estimate is not None:
            duration = row.duration.minutes if row.duration is not None else project.units.minutes_per_day
            complete_estimate(row.estimate, duration, row.problems, project)


def _add_tasks(project: Project, rows: list[TaskRow]) -> None:
    """Tasks of the good rows; a task under a bad summary row moves up to the nearest good one."""
    positions: dict[int | None, int] = {}
    for row in rows:
        task_id = row.task_id
        if not row.ok or task_id is None:
            continue
        owner = row.parent
        while owner is not None and not owner.ok:
            owner = owner.parent
        parent_id = owner.task_id if owner is not None else None
        position = positions[parent_id] = positions.get(parent_id, -1) + 1
        project.tasks[task_id] = _task_of(row, task_id, parent_id, position)


def _task_of(row: TaskRow, task_id: int, parent_id: int | None, position: int) -> Task:
    """The task a good row describes; no duration means MS Project's default of one day."""
    task = Task(task_id, row.name, parent_id=parent_id, position=position)
    if row.duration is not None:
        task.duration = row.duration
    task.milestone = task.duration.minutes == 0
    task.priority = row.priority
    task.constraint_type = row.constraint
    task.constraint_date = row.constraint_date
    task.deadline = row.deadline
    task.percent_complete = row.percent
    task.notes = row.notes
    return task
