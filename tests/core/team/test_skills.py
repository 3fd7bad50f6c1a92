"""Skills typed as `Java 4; React 3`: a person's levels, a task's needs, the project's list."""

from __future__ import annotations

from datetime import datetime

import pytest

from planner.core.edits.edit import apply_edit
from planner.core.errors import InputError
from planner.core.model.entities import Resource, ResourceSkill, Skill, Task, TaskSkill
from planner.core.model.factory import new_project
from planner.core.team.skill_levels import (
    levels_of_resource,
    needs_of_task,
    parse_levels,
    resource_levels_edit,
    task_needs_edit,
)
from planner.core.team.skill_list import add_skill, delete_skill, rename_skill


def team():
    project = new_project("Team", datetime(2027, 1, 4, 8, 0))
    project.tasks[1] = Task(1, "Build UI", position=1)
    project.resources[1] = Resource(1, "Ana")
    project.skills = {1: Skill(1, "Java"), 2: Skill(2, "React")}
    project.resource_skills = {1: ResourceSkill(1, 1, 1, 4)}
    project.task_skills = {1: TaskSkill(1, 1, 2, 3)}
    return project


def test_levels_are_read_with_a_default_for_a_bare_name():
    assert parse_levels("Java 4; react 3, HTML5", 3) == [("Java", 4), ("react", 3), ("HTML5", 3)]


@pytest.mark.parametrize(
    ("typed", "message"),
    [("Java 7", "Java: level 7 is not between 1 and 5"), ("Java 0", "level 0"), ("Java 2; java 3", "given twice")],
)
def test_a_bad_level_is_refused(typed, message):
    with pytest.raises(InputError, match=message):
        parse_levels(typed, 3)


def test_typing_a_persons_skills_changes_adds_and_removes_levels_in_one_edit():
    project = team()
    edit = resource_levels_edit(project, 1, "React 5; Testing 2")
    apply_edit(project, edit)
    assert levels_of_resource(project, 1) == [("React", 5), ("Testing", 2)]
    assert [s.name for s in project.skills.values()] == ["Java", "React", "Testing"]  # Testing joined the list
    apply_edit(project, edit.inverse())
    assert levels_of_resource(project, 1) == [("Java", 4)] and len(project.skills) == 2


def test_the_same_skills_typed_again_make_no_edit():
    assert resource_levels_edit(team(), 1, "java 4") is None


def test_a_tasks_needs_are_typed_the_same_way():
    project = team()
    apply_edit(project, task_needs_edit(project, 1, "React 3; Testing 2"))
    assert needs_of_task(project, 1) == [("React", 3), ("Testing", 2)]


def test_the_skills_list_adds_renames_and_deletes_with_what_it_takes():
    project = team()
    apply_edit(project, add_skill(project, "Security"))
    with pytest.raises(InputError, match="has 'Security' already"):
        add_skill(project, "security")
    with pytest.raises(InputError, match="end in a level number"):
        add_skill(project, "Java 8")
    apply_edit(project, rename_skill(project, 2, "React.js"))
    assert needs_of_task(project, 1) == [("React.js", 3)]
    edit = delete_skill(project, 1)
    assert edit.label == "Delete skill Java with 1 level"
    apply_edit(project, edit)
    assert levels_of_resource(project, 1) == [] and 1 not in project.skills
