"""Edits through the table registry: builders and their exact inverses, cascades, Unique IDs, stale edits."""

from __future__ import annotations

from copy import deepcopy
from datetime import datetime

import pytest

from planner.core.edits.cascade import deletion
from planner.core.edits.changes import Changes
from planner.core.edits.compose import compose
from planner.core.edits.edit import Edit, Put, SetProject, apply_edit
from planner.core.edits.link_edits import add_link, link_chain, set_predecessors, unlink
from planner.core.edits.outline_edits import delete_tasks, indent, insert_task, move, outdent
from planner.core.edits.task_edits import rename, set_duration
from planner.core.errors import InputError, StaleEdit
from planner.core.model.duration import Duration
from planner.core.model.entities import Assignment, Calendar, Link, Project, Resource, Task
from planner.core.model.tables import TABLE_NAMES, TABLES, referring


def small_project() -> Project:
    """Phase 1 with tasks 2 and 3, then task 4; 2 -> 3 -> 4; Ana on task 3."""
    project = Project(start=datetime(2027, 1, 4, 8, 0))
    project.tasks = {
        1: Task(1, "Phase", position=1),
        2: Task(2, "Design", parent_id=1, position=1),
        3: Task(3, "Build", parent_id=1, position=2),
        4: Task(4, "Go-live", position=2, duration=Duration(0), milestone=True),
    }
    project.links = {1: Link(1, 2, 3), 2: Link(2, 3, 4)}
    project.resources = {1: Resource(1, "Ana")}
    project.assignments = {1: Assignment(1, 3, 1)}
    return project


def rows(project: Project) -> dict:
    return {name: dict(project.table(name)) for name in TABLE_NAMES}


BUILDERS = {
    "insert": lambda p: insert_task(p, 3, "Test"),
    "insert at end": lambda p: insert_task(p, None),
    "delete summary": lambda p: delete_tasks(p, [1]),
    "delete leaf": lambda p: delete_tasks(p, [3]),
    "indent": lambda p: indent(p, 4),
    "outdent": lambda p: outdent(p, 3),
    "move": lambda p: move(p, 3, -1),
    "rename": lambda p: rename(p, 2, "Solution design"),
    "duration": lambda p: set_duration(p, 2, "3d"),
    "predecessors": lambda p: set_predecessors(p, 4, "2FS+1d"),
    "add link": lambda p: add_link(p, 2, 4),
    "link chain": lambda p: link_chain(p, [4, 1]),
    "unlink": lambda p: unlink(p, [3]),
}


@pytest.mark.parametrize("build", BUILDERS.values(), ids=BUILDERS.keys())
def test_every_builder_has_an_exact_inverse(build):
    project = small_project()
    before = rows(project)
    edit = build(project)
    apply_edit(project, edit)
    assert rows(project) != before
    apply_edit(project, edit.inverse())
    assert rows(project) == before
    apply_edit(project, edit)  # redo: the same rows, the same Unique IDs
    again = small_project()
    apply_edit(again, build(again))
    assert rows(project) == rows(again)


def test_deleting_a_summary_takes_its_subtasks_links_and_assignments():
    project = small_project()
    edit = delete_tasks(project, [1])
    touched = apply_edit(project, edit)
    assert set(project.tasks) == {4}
    assert project.links == {} and project.assignments == {}
    assert touched.tasks == {1, 2, 3} and touched.links == {1, 2} and touched.assignments == {1}
    assert edit.changes[-1].before.id == 1  # dependents first, so the inverse restores the summary first


def test_every_table_referring_to_tasks_cascades_or_refuses():
    referrers = {(t.name, r.field) for t, r in referring("tasks")}
    assert referrers == {
        ("tasks", "parent_id"),
        ("links", "predecessor_id"),
        ("links", "successor_id"),
        ("assignments", "task_id"),
        ("task_skills", "task_id"),
        ("levelling_delays", "task_id"),
        ("task_costs", "task_id"),
        ("budget_lines", "task_id"),
        ("expenses", "task_id"),
        ("task_baselines", "task_id"),
        ("task_earned_value", "task_id"),
        ("risk_tasks", "task_id"),
        ("task_estimates", "task_id"),
        ("msp_tasks", "task_id"),
    }


def test_a_calendar_in_use_cannot_be_deleted():
    project = small_project()
    project.calendars[2] = Calendar(2, "Night shift")
    project.tasks[3] = Task(3, "Build", parent_id=1, position=2, calendar_id=2)
    with pytest.raises(InputError, match="calendar 2 cannot be deleted: task 3 uses it as its calendar"):
        deletion(project, "calendars", {2})
    project.tasks[3] = Task(3, "Build", parent_id=1, position=2)
    apply_edit(project, Edit("Delete calendar", tuple(deletion(project, "calendars", {2}))))
    assert 2 not in project.calendars


def test_deleting_a_resource_deletes_its_assignments():
    project = small_project()
    apply_edit(project, Edit("Delete resource", tuple(deletion(project, "resources", {1}))))
    assert project.resources == {} and project.assignments == {}


def test_a_deleted_task_id_is_never_given_again():
    project = small_project()
    apply_edit(project, delete_tasks(project, [4]))
    inserted = insert_task(project, None)
    assert inserted.changes[0].after.id == 5
    apply_edit(project, inserted)
    apply_edit(project, inserted.inverse())  # undo: task 5 gone, but its ID stays used
    assert project.next_id("tasks") == 6
    apply_edit(project, inserted)  # redo gives the same task 5
    assert 5 in project.tasks


def test_building_an_edit_costs_no_id():
    project = small_project()
    insert_task(project, None)
    insert_task(project, None)
    assert project.next_id("tasks") == 5


def test_composed_builders_get_distinct_ids_and_leave_the_project_alone():
    project = small_project()
    edit = compose(project, "Two tasks", [lambda p: insert_task(p, None), lambda p: insert_task(p, None)])
    new_ids = [c.after.id for c in edit.changes if c.before is None]
    assert new_ids == [5, 6] and project.next_id("tasks") == 5
    apply_edit(project, edit)
    assert project.next_id("tasks") == 7


def test_a_stale_edit_is_refused_with_the_project_unchanged():
    project = small_project()
    edit = rename(project, 2, "Solution design")
    apply_edit(project, edit)
    snapshot = deepcopy(rows(project))
    with pytest.raises(StaleEdit, match="'Rename task' no longer fits the project: task 2 has changed since"):
        apply_edit(project, edit)
    assert rows(project) == snapshot


def test_a_stale_change_late_in_an_edit_stops_the_early_ones_too():
    project = small_project()
    first = rename(project, 2, "A")
    late = Put("tasks", Task(3, "Not what the project holds"), Task(3, "B"))
    with pytest.raises(StaleEdit):
        apply_edit(project, Edit("Two renames", (*first.changes, late)))
    assert project.tasks[2].name == "Design"


def test_stale_cases_absent_and_present():
    project = small_project()
    with pytest.raises(StaleEdit, match="task 9 is no longer there"):
        apply_edit(project, Edit("Delete", (Put("tasks", Task(9, "Gone"), None),)))
    with pytest.raises(StaleEdit, match="task 2 exists already"):
        apply_edit(project, Edit("Insert", (Put("tasks", None, Task(2, "Twin")),)))
    with pytest.raises(StaleEdit, match="its name has changed since"):
        apply_edit(project, Edit("Rename project", (SetProject({"name": "Other"}, {"name": "New"}),)))


def test_undo_of_a_merged_drag_checks_each_step_in_order():
    project = small_project()
    one = set_duration(project, 2, "2d")
    apply_edit(project, one)
    two = set_duration(project, 2, "3d")
    apply_edit(project, two)
    merged = Edit("Change duration", one.changes + two.changes)
    apply_edit(project, merged.inverse())
    assert project.tasks[2].duration == Duration(480)


def test_changes_say_whether_the_schedule_must_be_recomputed():
    assert not Changes(skills={1}).affects_schedule
    assert Changes(links={1}).affects_schedule and Changes(project=True).affects_schedule
    # Work is scheduled on the resources' calendars (issue 10): their edits may move tasks.
    assert Changes(assignments={1}).affects_schedule and Changes(resources={1}).affects_schedule
    expected = {"tasks", "links", "calendars", "resources", "assignments", "levelling_delays"}
    assert {name for name, t in TABLES.items() if t.affects_schedule} == expected
    with pytest.raises(ValueError, match="unknown tables"):
        Changes(rumours={1})
