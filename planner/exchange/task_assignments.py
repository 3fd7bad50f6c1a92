"""The task import's assignment columns: Resource Names (`Ana[50%];Bo`), Work and Type.

Names are looked up in the project's resources (the resource list given with the task
list, when there is one); a name that is no resource is a problem of its row, so the
import writes nothing and the report says which row to fix. Work, when given, is the
task's total work, and MS Project's rule for its Type decides what follows from it
(core/resources/effort.py): a fixed-units task gets the duration the work needs.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol

from planner.core.edits import assignment_edits
from planner.core.errors import InputError
from planner.core.model.duration import Duration, TimeUnits, parse_duration
from planner.core.model.entities import Assignment, Project, Task, TaskType
from planner.core.resources.effort import Effort, change_work
from planner.core.resources.names import UnknownResources, read_entries, resolve
from planner.exchange.sheet_cells import cell_text

COLUMNS = {
    "resource names": "resource_names",
    "resources": "resource_names",
    "work": "work",
    "type": "task_type",
    "task type": "task_type",
    "effort driven": "effort_driven",
}
FIELDS = frozenset(COLUMNS.values())
YES = {"yes", "true", "1", "y"}
NO = {"no", "false", "0", "n"}


class Reader(Protocol):
    row: Any

    def cell(self, name: str) -> Any: ...

    def read(self, parse: Any, *args: object) -> Any: ...


def read_assignment_fields(reader: Reader, units: TimeUnits) -> None:
    """The row's Resource Names (checked for form here, for names once the resources are known),
    Work, Type and Effort Driven."""
    row = reader.row
    names = cell_text(reader.cell("resource_names"))
    if names and reader.read(read_entries, names) is not None:
        row.resource_names = names
    work = cell_text(reader.cell("work"))
    if work:
        row.work = reader.read(_work_minutes, work, units)
    kind = cell_text(reader.cell("task_type"))
    if kind:
        row.task_type = reader.read(assignment_edits.task_type_of, kind)
    driven = cell_text(reader.cell("effort_driven")).casefold()
    if driven:
        if driven not in YES | NO:
            row.problems.append(f"Effort Driven is Yes or No, not {driven!r}")
        else:
            row.effort_driven = driven in YES


def _work_minutes(text: str, units: TimeUnits) -> int:
    try:
        work = parse_duration(text, units, default_unit="h")
    except InputError as error:
        raise InputError(
            str(error).replace("duration", "work", 1).replace("a task cannot take", "work cannot be")
        ) from None
    if work.elapsed:
        raise InputError(f"work {text!r} is counted in working time, not elapsed")
    return work.minutes


def add_assignments(project: Project, rows: list[Any], columns: Any, listed: bool) -> list[str]:
    """Assign each good row's Resource Names, then its Type and Work; a problem goes to its row.
    Without a resource list (`listed` False) there is nobody to assign: the names are not imported,
    and the one warning returned says so, as before resources were imported.

    The project is being built, so the assignments are made directly (an edit per row would
    look through every task and assignment each time: quadratic on a 10,000-row sheet)."""
    skipped = [] if listed or not columns.has("resource_names") else [NOT_LISTED]
    summaries = {t.parent_id for t in project.tasks.values()}
    for row in rows:
        task = project.tasks.get(row.task_id) if row.ok else None
        if task is None:
            continue
        if not listed:
            row.resource_names, row.work = "", None
        try:
            _assign_row(project, row, task, task.id in summaries)
        except UnknownResources as unknown:
            row.problems.append(f"Resource Names: {unknown} in the resource list")
        except InputError as error:
            row.problems.append(str(error))
    return skipped


NOT_LISTED = (
    "column 'Resource Names' is not imported without a resource list "
    "(--resources FILE, or a Resources sheet in the workbook); skipped"
)


def _assign_row(project: Project, row: Any, task: Task, summary: bool) -> None:
    named = resolve(project, row.resource_names) if row.resource_names else []
    if named and summary:
        raise InputError("Resource Names: a summary task takes its work from its subtasks; assign its subtasks")
    task_type = row.task_type or task.task_type
    driven = True if task_type == TaskType.FIXED_WORK else bool(row.effort_driven)
    effort = Effort(task.duration.minutes, {n.resource.id: n.units for n in named if n.resource.kind == "work"})
    if row.work is not None and not summary:  # a summary's Work is its subtasks', rolled up
        if not effort.units:
            if row.work:
                raise InputError("Work needs Resource Names with a work resource: work is done by resources")
        elif row.work != effort.work:
            effort = change_work(effort, task_type, row.work)
    duration = Duration(effort.duration, task.duration.elapsed) if effort.duration else task.duration
    project.tasks[task.id] = replace(task, task_type=task_type, effort_driven=driven, duration=duration)
    for n in named:
        uid = project.next_id("assignments")
        work = effort.work_of(n.resource.id) if n.resource.id in effort.units else 0
        project.assignments[uid] = Assignment(uid, task.id, n.resource.id, n.units, work)
        project.use_id("assignments", uid)
