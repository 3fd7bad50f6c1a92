"""The Predecessors of imported rows: checked against the sheet, turned into links, loops found.

Checks that need only the sheet (a predecessor that is no task, the task itself,
or its own summary or subtask, which MS Project refuses too) run before the
project is built. Loops through several tasks are found on the link graph
(link_loops), and those through the WBS by scheduling the built project, which
names the tasks of each loop (planner.core.errors.CycleError).
"""

from __future__ import annotations

from planner.core.errors import CycleError, PlannerError
from planner.core.model.entities import Link, LinkType, Project
from planner.core.schedule.engine import schedule
from planner.exchange.link_loops import link_loops
from planner.exchange.task_rows import TaskRow


class Branches:
    """Which rows lie under which, in constant time: a summary's subtasks are the rows right below it.

    The outline is built from the sheet in order, so each row's branch of the WBS is
    one run of rows, from itself to its last subtask; walking every row's ancestors
    instead made a deep outline quadratic.
    """

    def __init__(self, rows: list[TaskRow]) -> None:
        self.index = {id(row): position for position, row in enumerate(rows)}
        self.last = list(range(len(rows)))  # per row: the position of its last subtask (itself if none)
        for position in range(len(rows) - 1, -1, -1):
            parent = rows[position].parent
            if parent is not None:
                above = self.index[id(parent)]
                self.last[above] = max(self.last[above], self.last[position])

    def is_under(self, row: TaskRow, summary: TaskRow) -> bool:
        """Whether `row` is a subtask of `summary`, at any depth."""
        above = self.index[id(summary)]
        return above < self.index[id(row)] <= self.last[above]

    def is_summary(self, row: TaskRow) -> bool:
        position = self.index[id(row)]
        return self.last[position] > position


def check_links(rows: list[TaskRow], by_id: dict[int, TaskRow]) -> None:
    """Predecessors must be other tasks of the sheet, outside the task's own branch of the WBS."""
    branches = Branches(rows)
    for row in rows:
        for ref in row.predecessors:
            pred = by_id.get(ref.task_id)
            if pred is None:
                row.problems.append(f"predecessor {ref.task_id} is not a task in this sheet")
            elif pred is row:
                row.problems.append(f"predecessor {ref.task_id} is this task itself")
            elif branches.is_under(row, pred):
                row.problems.append(
                    f"predecessor {ref.task_id} is a summary task above this one; a task cannot follow its own summary"
                )
            elif branches.is_under(pred, row):
                row.problems.append(
                    f"predecessor {ref.task_id} is a subtask of this task; a summary cannot follow its own subtask"
                )
            elif branches.is_summary(row) and ref.type in (LinkType.FF, LinkType.SF):
                row.problems.append(
                    f"predecessor {ref.task_id}{ref.type.value}: a summary task can follow only by FS or SS links"
                )


def add_links(project: Project, rows: list[TaskRow], by_id: dict[int, TaskRow]) -> None:
    """Links between the tasks of good rows, numbered in sheet order.

    The ids are counted here, from one above the project's highest, rather than
    asked of Project.next_id per link: that looks at every link each time.
    """
    link_id = max(project.links, default=0)
    for row in rows:
        task_id = row.task_id
        if not row.ok or task_id is None or task_id not in project.tasks:
            continue
        for ref in row.predecessors:
            if ref.task_id in project.tasks and by_id[ref.task_id].ok:
                link_id += 1
                project.links[link_id] = Link(link_id, ref.task_id, task_id, ref.type, ref.lag)


def break_loops(project: Project, by_id: dict[int, TaskRow]) -> list[str]:
    """Find loops; each is reported on the row of the link that closes it, which is dropped.

    Loops of links alone are found on the link graph in one pass; loops through the
    WBS are left to the scheduler, one run each: dropping the link lets the next run
    find the next loop. So one import names them all, and leaves a project a preview
    can schedule. Returns what stops the project from being scheduled at all
    (nothing, normally).
    """
    for cycle, link in link_loops(list(project.links.values()), lambda task_id: by_id[task_id].row):
        del project.links[link.id]
        by_id[link.successor_id].problems.append(_loop_message(project, by_id, cycle, link))
    for _ in range(len(project.links) + 1):
        try:
            schedule(project)
            return []
        except CycleError as error:
            cycle = in_link_order(project, error.cycle)
            first = min(range(len(cycle)), key=lambda i: by_id[cycle[i]].row)
            cycle = cycle[first:] + cycle[:first]  # read in sheet order: the link back up the sheet closes it
            link = _closing_link(project, cycle)
            if link is None:  # pragma: no cover - a loop always holds a link: the WBS alone has none
                return [str(error)]
            del project.links[link.id]
            by_id[link.successor_id].problems.append(_loop_message(project, by_id, cycle, link))
        except PlannerError as error:
            return [f"the imported tasks cannot be scheduled: {error}"]
    return []  # pragma: no cover - every round drops a link, so the last one schedules


def in_link_order(project: Project, cycle: list[int]) -> list[int]:
    """The loop's tasks so that each links to the next, whichever way round the scheduler listed them."""
    pairs = {(link.predecessor_id, link.successor_id) for link in project.links.values()}
    forward = sum(step in pairs for step in zip(cycle, cycle[1:] + cycle[:1], strict=True))
    backward = sum(step[::-1] in pairs for step in zip(cycle, cycle[1:] + cycle[:1], strict=True))
    return cycle if forward >= backward else cycle[::-1]


def _closing_link(project: Project, cycle: list[int]) -> Link | None:
    """The link from the last task of the loop back to the first, or else the last link of the loop."""
    pairs = {(link.predecessor_id, link.successor_id): link for link in project.links.values()}
    for step in reversed(list(zip(cycle, cycle[1:] + cycle[:1], strict=True))):
        if step in pairs:
            return pairs[step]
    return None


def _loop_message(project: Project, by_id: dict[int, TaskRow], cycle: list[int], link: Link) -> str:
    def label(task_id: int) -> str:
        return f"row {by_id[task_id].row} ({task_id} '{project.tasks[task_id].name}')"

    loop = " -> ".join(label(t) for t in [*cycle, cycle[0]])
    return f"predecessor {link.predecessor_id} closes a loop of links: {loop}"
