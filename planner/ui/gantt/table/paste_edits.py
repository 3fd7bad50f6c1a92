"""A grid of pasted text, or a Fill Down, turned into ONE core edit with the table's cell rules. Qt-free.

A paste is what the PM would type cell by cell, done at once: each cell goes through the
column's own rule (planner.ui.gantt.table.cell_edits), so `3d` means the same pasted as
typed. Rows that land on tasks set those cells (MS Project); rows past the last task
append tasks, named by their Task name cell. All of it is one composed edit, so one undo
step, and the first cell refused stops everything with a line naming its row and column.

New tasks are added before any cell is set, so Predecessors in the block may name the
pasted tasks by the IDs the table will give them (MS Project does the same).
"""

from __future__ import annotations

from collections.abc import Callable

from planner.core.edits import outline_edits
from planner.core.edits.compose import compose
from planner.core.edits.edit import Edit
from planner.core.errors import InputError
from planner.core.model.entities import Project
from planner.core.model.wbs import Outline
from planner.core.schedule.engine import schedule
from planner.core.schedule.result import Schedule
from planner.ui.gantt.table.columns import Column
from planner.ui.gantt.table.facts import TaskFacts

Grid = list[list[str]]


class _ScratchFacts(TaskFacts):
    """TaskFacts over compose's scratch project: the outline given, a schedule only when a rule needs one.

    A paste does not change the outline once its tasks are added, so one outline serves every
    cell; Finish and % Complete read dates, and get a schedule of the scratch project as it is.
    """

    def __init__(self, project: Project, outline: Outline) -> None:
        super().__init__(self)
        self._project = project
        self._outline = outline
        self._schedule: Schedule | None = None

    @property
    def project(self) -> Project:
        return self._project

    @property
    def outline(self) -> Outline:
        return self._outline

    @property
    def schedule(self) -> Schedule:
        if self._schedule is None:
            self._schedule = schedule(self._project, self._outline)
        return self._schedule


def paste_edit(project: Project, grid: Grid, rows: list[int], columns: list[Column]) -> Edit | None:
    """The edit pasting `grid`: its rows on the tasks `rows` (Unique IDs, table order), then new tasks.

    `columns` are the editable columns shown from the current one on, in the table's order;
    the grid's columns land on them one for one. Raises InputError naming the refused cell.
    """
    width = max((len(row) for row in grid), default=0)
    if width > len(columns):
        raise InputError(
            f"the pasted cells are {width} columns wide, but only {len(columns)} editable column"
            f"{'s' * (len(columns) != 1)} follow from here; start the paste further left"
        )
    rows = rows[: len(grid)]
    first_new = len(project.tasks) + 1
    names = [_new_task(grid[i], columns, i, first_new + i - len(rows)) for i in range(len(rows), len(grid))]
    targets = list(rows)  # grows with the Unique IDs of the tasks added
    top_level = len(Outline.of(project).children[None])
    state: dict[str, Outline] = {}

    def add(scratch: Project, name: str) -> Edit:
        edit = outline_edits.append_task(scratch, name, top_level + len(targets) - len(rows) + 1)
        targets.append(edit.changes[0].after.id)
        return edit

    def outline_of(scratch: Project) -> Outline:
        if "outline" not in state:  # the first cell after the tasks were added: the outline is final
            state["outline"] = Outline.of(scratch)
        return state["outline"]

    builders: list[Callable[[Project], Edit | None]] = [lambda scratch, name=name: add(scratch, name) for name in names]
    for number, cells in enumerate(grid):
        for column, text in zip(columns, cells, strict=False):
            if number >= len(rows) and (column.key == "name" or not text.strip()):
                continue  # a new task's name is set when it is added; its empty cells keep the defaults
            builders.append(_cell_builder(number, column, text, targets, outline_of))
    return compose(project, "Paste", builders)


def _new_task(cells: list[str], columns: list[Column], number: int, task_id: int) -> str:
    keys = [column.key for column in columns[: len(cells)]]
    name = cells[keys.index("name")].strip() if "name" in keys else ""
    if not name:
        where = "its Task name cell is empty" if "name" in keys else "start the paste in the Task name column"
        raise InputError(f"Row {number + 1} of the paste would add task {task_id}, which needs a name: {where}")
    return name


def _cell_builder(
    number: int,
    column: Column,
    text: str,
    targets: list[int],
    outline_of: Callable[[Project], Outline],
    what: str | None = "of the paste",
) -> Callable[[Project], Edit | None]:
    """The builder of one cell; a refusal names it: `Row 2 of the paste (task 7), Duration: why`, `Task 7, ...`."""

    def build(scratch: Project) -> Edit | None:
        outline = outline_of(scratch)
        task_id = targets[number]
        facts = _ScratchFacts(scratch, outline)
        try:
            if outline.is_summary(task_id) and not column.summary_editable:
                raise InputError(f"{column.title} of a summary task comes from its subtasks")
            edit, _notice = column.edit(facts, task_id, text)  # type: ignore[misc]
        except InputError as why:
            task = f"task {outline.ids.id_of(task_id)}"
            where = f"Row {number + 1} {what} ({task})" if what else task.capitalize()
            raise InputError(f"{where}, {column.title}: {why}") from None
        return edit

    return build


def fill_down_edit(project: Project, column: Column, text: str, task_ids: list[int]) -> Edit | None:
    """Ctrl+D: `text` (the top cell's value as its editor shows it) into the cells of `task_ids`, one edit."""
    state: dict[str, Outline] = {}

    def outline_of(scratch: Project) -> Outline:
        return state.setdefault("outline", Outline.of(scratch))

    builders = [_cell_builder(number, column, text, task_ids, outline_of, None) for number in range(len(task_ids))]
    return compose(project, "Fill Down", builders)
