"""Typing into the resource sheet: each cell checked, one undoable edit, deletes that say what they take."""

from __future__ import annotations

from datetime import datetime

import pytest

from planner.core.edits.edit import apply_edit
from planner.core.errors import InputError
from planner.core.model.entities import Assignment, Calendar, Resource, ResourceSkill, Skill, Task
from planner.core.model.factory import new_project
from planner.core.team.resource_edits import delete_resources, insert_resource, set_resource_field


def team():
    project = new_project("Team", datetime(2027, 1, 4, 8, 0))
    project.tasks[1] = Task(1, "Build", position=1)
    project.calendars[2] = Calendar(2, "Ana", base_id=1, inherits_week=True)
    project.resources = {1: Resource(1, "Ana", calendar_id=2), 2: Resource(2, "Bo", kind="material")}
    project.assignments = {1: Assignment(1, 1, 1), 2: Assignment(2, 1, 2)}
    project.skills = {1: Skill(1, "Java")}
    project.resource_skills = {1: ResourceSkill(1, 1, 1, 4)}
    return project


def typed(project, key, text, resource_id=1):
    edit = set_resource_field(project, resource_id, key, text)
    apply_edit(project, edit)
    return project.resources[resource_id]


def test_a_rate_per_day_is_stored_per_hour_and_remembers_its_unit():
    ana = typed(team(), "standard_rate", "€400/d")
    assert (ana.standard_rate, ana.standard_rate_unit) == (50.0, "d")


def test_max_units_are_typed_in_percent():
    assert typed(team(), "max_units", "50%").max_units == 0.5
    assert typed(team(), "max_units", "150").max_units == 1.5


@pytest.mark.parametrize(
    ("key", "text", "message"),
    [
        ("standard_rate", "-5", "standard rate cannot be negative"),
        ("overtime_rate", "5/decade", "'decade' is not a rate unit"),
        ("max_units", "0%", "max units must be above 0%"),
        ("max_units", "-50%", "max units must be above 0%"),
        ("max_units", "lots", "'lots' is not a percentage"),
        ("kind", "robot", "type 'robot' is not one of Work, Material, Cost"),
        ("name", "", "a resource needs a name"),
        ("name", "bo", "there is already a resource named 'Bo'"),
        ("name", "Ana[50%]", "cannot hold"),
        ("email", "ana at example", "is not an e-mail address"),
        ("accrue_at", "later", "accrue at 'later' is not one of Start, Prorated, End"),
        ("calendar_id", "Night shift", "there is no calendar named 'Night shift'; the calendars are Standard"),
    ],
)
def test_bad_input_is_refused_with_the_reason_and_nothing_changes(key, text, message):
    project = team()
    before = project.resources[1]
    with pytest.raises(InputError, match=message.replace("[", r"\[").replace("%", "%")):
        set_resource_field(project, 1, key, text)
    assert project.resources[1] is before


def test_typing_the_same_value_makes_no_edit():
    assert set_resource_field(team(), 1, "name", " Ana ") is None


def test_insert_gives_a_free_name_and_a_new_unique_id():
    project = team()
    edit = insert_resource(project)
    apply_edit(project, edit)
    assert project.resources[3].name == "Resource 3" and project.resources[3].max_units == 1.0


def test_deleting_an_assigned_resource_says_what_goes_with_it_and_undoes_whole():
    project = team()
    edit = delete_resources(project, [1])
    assert edit.label == "Delete Ana and 1 assignment"
    apply_edit(project, edit)
    assert 1 not in project.resources and set(project.assignments) == {2}
    assert project.resource_skills == {} and 2 not in project.calendars  # her own calendar went with her
    apply_edit(project, edit.inverse())
    assert project.resources[1].calendar_id == 2 and project.calendars[2].name == "Ana"
    assert set(project.assignments) == {1, 2} and project.resource_skills[1].level == 4
