"""An action becomes a task: named after it, in the phase picked, owner assigned, linked both ways, once."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.core.communication.action_task import action_to_task, default_phase, phases
from planner.core.communication.actions import actions_of_task
from planner.core.communication.entities import ActionItem, Meeting
from planner.core.edits.edit import apply_edit
from planner.core.edits.outline_edits import delete_tasks
from planner.core.errors import InputError
from planner.core.model.entities import ConstraintType, Resource, Task
from planner.core.model.factory import new_project
from planner.core.model.wbs import Outline


@pytest.fixture
def project():
    p = new_project("Portal", datetime(2027, 1, 4, 8, 0))
    p.tasks[1] = Task(1, "Design", position=1)
    p.tasks[2] = Task(2, "Architecture", parent_id=1, position=1, percent_complete=100)
    p.tasks[3] = Task(3, "Design approved", parent_id=1, position=2, milestone=True, percent_complete=100)
    p.tasks[4] = Task(4, "Test", position=2)
    p.tasks[5] = Task(5, "System test", parent_id=4, position=1)
    p.tasks[6] = Task(6, "Pen test report", parent_id=4, position=2)
    p.resources[1] = Resource(1, "Claudia Richter", initials="CR")
    p.meetings[2] = Meeting(2, "Steering committee 2", held=date(2027, 2, 10))
    p.action_items[4] = ActionItem(4, "Book the external pen test", 2, owner="claudia richter", due=date(2027, 2, 26))
    return p


def rows(project):
    outline = Outline.of(project)
    return [project.tasks[t].name for t in outline.rows()]


def test_the_task_is_named_after_the_action_at_the_end_of_the_phase(project):
    apply_edit(project, action_to_task(project, 4, phase_id=4))
    assert rows(project)[-1] == "Book the external pen test"
    task = project.tasks[7]
    assert task.parent_id == 4
    assert task.duration.minutes == 480  # one day, for the PM to size
    assert task.deadline == datetime(2027, 2, 26, 17, 0)  # due -> Deadline: flagged when it slips, nothing pinned
    assert (task.constraint_type, task.constraint_date) == (ConstraintType.SNET, datetime(2027, 2, 10, 8, 0))
    assert task.notes == "From action A4, Steering committee 2, 2027-02-10"
    assert project.action_items[4].task_id == 7
    assert [a.id for a in actions_of_task(project, 7)] == [4]


def test_the_owner_is_assigned_when_a_resource_of_the_plan(project):
    apply_edit(project, action_to_task(project, 4, phase_id=4))
    assert [(a.task_id, a.resource_id) for a in project.assignments.values()] == [(7, 1)]


def test_an_owner_who_is_no_resource_is_left_in_the_action_only(project):
    project.action_items[4].owner = "The vendor"
    apply_edit(project, action_to_task(project, 4, phase_id=4))
    assert project.assignments == {}


def test_a_phase_closed_by_a_milestone_gets_the_task_above_it(project):
    apply_edit(project, action_to_task(project, 4, phase_id=1))
    assert rows(project)[:4] == ["Design", "Architecture", "Book the external pen test", "Design approved"]


def test_without_a_phase_the_task_ends_the_project(project):
    apply_edit(project, action_to_task(project, 4))
    assert rows(project)[-1] == "Book the external pen test"
    assert project.tasks[7].parent_id is None


def test_one_undo_takes_it_all_back(project):
    before = (dict(project.tasks), dict(project.action_items), dict(project.assignments))
    edit = action_to_task(project, 4, phase_id=1)
    apply_edit(project, edit)
    apply_edit(project, edit.inverse())
    assert (project.tasks, project.action_items, project.assignments) == before
    assert edit.label == "Make task from A4"


def test_a_second_task_for_the_same_action_is_refused(project):
    apply_edit(project, action_to_task(project, 4, phase_id=1))
    with pytest.raises(InputError, match="A4 already became task 3"):  # its row ID, as the Gantt shows it
        action_to_task(project, 4, phase_id=4)


def test_after_its_task_is_deleted_the_action_may_become_one_again(project):
    apply_edit(project, action_to_task(project, 4, phase_id=4))
    apply_edit(project, delete_tasks(project, [7]))
    assert project.action_items[4].task_id == 7  # it stays, reading "(deleted task)"
    apply_edit(project, action_to_task(project, 4, phase_id=4))
    assert project.action_items[4].task_id == 8


def test_unknown_action_or_phase_refused(project):
    with pytest.raises(InputError, match="there is no action item A9"):
        action_to_task(project, 9)
    with pytest.raises(InputError, match="no task with Unique ID 40"):
        action_to_task(project, 4, phase_id=40)
    with pytest.raises(InputError, match="task 5 'System test' is not a phase"):
        action_to_task(project, 4, phase_id=5)


def test_the_default_phase_is_the_first_with_work_left(project):
    assert [p.name for p in phases(project)] == ["Design", "Test"]
    assert default_phase(project) == 4
    project.tasks[5].percent_complete = project.tasks[6].percent_complete = 100
    assert default_phase(project) == 4  # all done: the last phase
    assert default_phase(new_project("Empty", datetime(2027, 1, 4, 8, 0))) is None
