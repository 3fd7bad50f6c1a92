"""The network the passes walk: its numbering, and the paths the builder takes for projects
whose links run against the table, whose ids are sparse or whose links are not in id order.
Whatever path it takes, the schedule is the same."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from hypothesis import given

from planner.core.model.entities import Link, Project, Task
from planner.core.schedule.engine import schedule
from planner.core.schedule.result import StartDriver

from .test_schedule_properties import projects


def _same_schedule(first: Project, second: Project, ids: dict[int, int], same_rows: bool = True) -> None:
    """Every task of `first` has the dates and driver in `second` of the task `ids` maps it to.
    (Of subtasks that start together, a summary names the first in the table: with the rows in
    another order, another one.)"""
    one, other = schedule(first), schedule(second)
    assert one.project_finish == other.project_finish
    for task_id in first.tasks:
        assert replace(one.dates(task_id), task_id=ids[task_id]) == other.dates(ids[task_id]), task_id
        driver, mapped = one.start_driver(task_id), other.start_driver(ids[task_id])
        subtask = ids.get(driver.subtask_id) if same_rows else mapped.subtask_id
        assert replace(driver, summary_id=ids.get(driver.summary_id), subtask_id=subtask) == mapped, task_id
    assert [ids[t] for t in one.critical_path()] == other.critical_path()


@given(projects())
def test_links_against_the_table_order_give_the_same_schedule(project: Project) -> None:
    """Siblings in reverse order turn links that followed the table into links against it: the
    numbering is no longer a topological order, and a graph walk finds one."""
    reversed_rows = Project(name=project.name, start=project.start, calendars=project.calendars)
    reversed_rows.tasks = {t.id: replace(t, position=-t.position) for t in project.tasks.values()}
    reversed_rows.links = project.links
    _same_schedule(project, reversed_rows, {t: t for t in project.tasks}, same_rows=False)


@given(projects())
def test_sparse_ids_and_links_out_of_id_order_give_the_same_schedule(project: Project) -> None:
    """Task ids far apart (no dense table of them) and links listed in reverse id order."""
    ids = {t: t * 1_000_003 for t in project.tasks}
    sparse = Project(name=project.name, start=project.start, calendars=project.calendars)
    for task in project.tasks.values():
        owner = ids[task.parent_id] if task.parent_id is not None else None
        sparse.tasks[ids[task.id]] = replace(task, id=ids[task.id], parent_id=owner)
    for link in sorted(project.links.values(), key=lambda k: -k.id):
        sparse.links[link.id] = replace(
            link, predecessor_id=ids[link.predecessor_id], successor_id=ids[link.successor_id]
        )
    _same_schedule(project, sparse, ids)


def test_links_that_follow_the_table_need_no_graph_walk() -> None:
    project = Project()
    project.tasks[1] = Task(1, "Phase", position=1)
    project.tasks[2] = Task(2, "Design", parent_id=1, position=1)
    project.tasks[3] = Task(3, "Build", parent_id=1, position=2)
    project.tasks[4] = Task(4, "Test", position=2)
    project.links[1] = Link(1, 2, 3)
    project.links[2] = Link(2, 1, 4)
    result = schedule(project)
    assert isinstance(result.net.order, range)
    # gate of Phase, Design, Build, rollup of Phase (after its subtasks), Test
    assert result.net.task_ids == [1, 2, 3, 1, 4]
    assert result.net.up == [-1, 0, 0, -1, -1] and result.net.members == {3: [1, 2]}
    project.links.pop(2)
    project.links[3] = Link(3, 4, 2)  # Test before Design: against the table
    result = schedule(project)
    assert not isinstance(result.net.order, range)
    assert result.dates(2).start == datetime(2027, 1, 5, 8, 0)  # after Test, on Monday
    assert result.start_driver(1) == StartDriver("subtask", subtask_id=2)
