"""MS Project's task ID (the row number) as a user types and reads it, over Unique IDs that never move."""

from __future__ import annotations

from datetime import datetime

import pytest

from planner.core.edits import link_edits, outline_edits
from planner.core.edits.edit import apply_edit
from planner.core.edits.predecessors import format_predecessors
from planner.core.errors import CycleError, InputError
from planner.core.model.duration import Duration
from planner.core.model.entities import Link, Project, Task
from planner.core.model.factory import new_project
from planner.core.model.wbs import Outline
from planner.core.schedule.engine import schedule
from planner.core.schedule.explain import explain

DAY = 480


@pytest.fixture
def project() -> Project:
    """Design -> Build -> Test in that row order, stored under Unique IDs 5, 2, 9 (as after inserts)."""
    project = new_project("Ids", datetime(2027, 1, 4, 8, 0))
    project.tasks[5] = Task(5, "Design", position=1, duration=Duration(2 * DAY))
    project.tasks[2] = Task(2, "Build", position=2, duration=Duration(3 * DAY))
    project.tasks[9] = Task(9, "Test", position=3, duration=Duration(DAY))
    project.links[1] = Link(1, 5, 2)
    return project


def uid(project: Project, name: str) -> int:
    return next(t.id for t in project.tasks.values() if t.name == name)


def incoming(project: Project, name: str) -> str:
    links = [k for k in project.links.values() if k.successor_id == uid(project, name)]
    return format_predecessors(links, Outline.of(project).ids, project.units)


def test_ids_are_row_numbers_in_outline_order(project) -> None:
    ids = Outline.of(project).ids
    assert [ids.id_of(uid(project, n)) for n in ("Design", "Build", "Test")] == [1, 2, 3]
    assert ids.uid_of(3) == 9 and ids.uid_of(4) is None and ids.uid_of(0) is None


def test_predecessors_are_typed_and_shown_by_id(project) -> None:
    assert incoming(project, "Build") == "1"
    apply_edit(project, link_edits.set_predecessors(project, uid(project, "Test"), "2FS+1d"))
    assert [(k.predecessor_id, k.successor_id) for k in project.links.values()][-1] == (2, 9)
    assert incoming(project, "Test") == "2FS+1d"


def test_an_id_past_the_last_row_is_refused_with_the_range(project) -> None:
    with pytest.raises(InputError, match=r"^there is no task 9 \(the IDs go from 1 to 3\)$"):
        link_edits.set_predecessors(project, uid(project, "Test"), "9")


def test_refusals_name_the_row_id_not_the_unique_id(project) -> None:
    with pytest.raises(InputError, match=r"^task 3 cannot be its own predecessor$"):
        link_edits.set_predecessors(project, uid(project, "Test"), "3")


def test_an_insert_renumbers_the_rows_below_and_predecessors_follow(project) -> None:
    apply_edit(project, outline_edits.insert_task(project, uid(project, "Build"), "Review"))
    ids = Outline.of(project).ids
    assert [project.tasks[ids.uid_of(n)].name for n in (1, 2, 3, 4)] == ["Design", "Review", "Build", "Test"]
    assert incoming(project, "Build") == "1"
    apply_edit(project, link_edits.set_predecessors(project, uid(project, "Build"), "1;2"))
    assert incoming(project, "Build") == "1;2"
    apply_edit(project, outline_edits.delete_tasks(project, [uid(project, "Design")]))
    assert incoming(project, "Build") == "1"  # Review is row 1 now


def test_a_loop_is_named_by_row_ids(project) -> None:
    project.links[2] = Link(2, 2, 5)  # Build -> Design closes a loop with Design -> Build
    with pytest.raises(CycleError, match=r"these links form a loop: 1 'Design' -> 2 'Build' -> 1 'Design'"):
        schedule(project)


def test_why_lists_each_successor_and_whether_this_task_drives_it(project) -> None:
    """Design and Build both precede Test; Build finishes later, so it drives Test and Design does not."""
    apply_edit(project, link_edits.set_predecessors(project, uid(project, "Test"), "1;2"))
    plan = schedule(project)
    design = explain(plan, uid(project, "Design"))
    assert "It drives task 2 'Build' (FS)." in design
    assert (
        "It precedes, without driving, task 3 'Test' (FS), whose start is driven by the link from task 2 'Build' (FS)."
        in design
    )
    assert "It drives task 3 'Test' (FS)." in explain(plan, uid(project, "Build"))
    assert "It has no successors." in explain(plan, uid(project, "Test"))
    assert explain(plan, uid(project, "Test")).startswith("Task 3 'Test' starts")


def test_a_loop_left_out_on_open_names_the_link_by_row_ids(project) -> None:
    from planner.core.schedule.loops import LoopBreaker

    project.links[2] = Link(2, 2, 5)  # Build (row 2) -> Design (row 1): the newest link closes the loop
    breaker = LoopBreaker()
    breaker.schedule_first(project)
    (problem,) = breaker.problems
    assert "the link from task 2 to task 1 is left out of the schedule" in problem
