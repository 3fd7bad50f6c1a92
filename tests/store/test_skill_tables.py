"""The Resources issue's first tables, added as the registry says a table is added (core.model.tables).

Skills, people's levels in them and the skills tasks need took one entity each, one
registry entry each, one migration (0003_skills) and one codec each; everything
below — edits, cascades, Unique IDs, the file's reads and writes, the checks on load,
not rescheduling — came from the declarations, with no other code written for them.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from planner.core.edits.cascade import deletion
from planner.core.edits.edit import Edit, Put
from planner.core.edits.outline_edits import delete_tasks
from planner.core.model.entities import Resource, ResourceSkill, Skill, Task, TaskSkill
from planner.core.model.factory import new_project
from planner.store.document import Document
from planner.store.errors import BadData
from planner.store.projectfile import ProjectFile, backup_path

SAMPLES = Path(__file__).parent / "samples"


def team_file(path: Path) -> Path:
    """Ana (Java 4, Testing 2) and a Build task that needs Java 3."""
    project = new_project("Team", datetime(2027, 1, 4, 8, 0))
    project.tasks[1] = Task(1, "Build", position=1)
    project.resources[1] = Resource(1, "Ana")
    project.skills = {1: Skill(1, "Java"), 2: Skill(2, "Testing")}
    project.resource_skills = {1: ResourceSkill(1, 1, 1, 4), 2: ResourceSkill(2, 1, 2, 2)}
    project.task_skills = {1: TaskSkill(1, 1, 1, 3)}
    ProjectFile.create(path, project).close()
    return path


def test_skills_survive_a_reopen(tmp_path):
    path = team_file(tmp_path / "team.plandb")
    with Document.open(path) as document:
        project = document.project
        assert [s.name for s in project.skills.values()] == ["Java", "Testing"]
        assert project.resource_skills[1] == ResourceSkill(1, 1, 1, 4)
        assert project.task_skills[1] == TaskSkill(1, 1, 1, 3)


def test_a_skills_edit_is_saved_and_does_not_reschedule(tmp_path):
    path = team_file(tmp_path / "team.plandb")
    with Document.open(path) as document:
        before = document.schedule
        uid = document.project.next_id("skills")
        document.apply(Edit("Add skill", (Put("skills", None, Skill(uid, "Security")),)))
        assert document.schedule is before  # the scheduler reads no skills table
    with Document.open(path) as document:
        assert document.project.skills[uid].name == "Security"


def test_deleting_a_task_takes_the_skills_it_needs_and_undo_brings_them_back(tmp_path):
    path = team_file(tmp_path / "team.plandb")
    with Document.open(path) as document:
        edit = delete_tasks(document.project, [1])
        document.apply(edit)
        assert document.project.task_skills == {}
        document.apply(edit.inverse())
    with Document.open(path) as document:
        assert document.project.task_skills == {1: TaskSkill(1, 1, 1, 3)}


def test_deleting_a_resource_or_a_skill_cascades_to_the_levels():
    project = new_project("Team", datetime(2027, 1, 4, 8, 0))
    project.resources[1] = Resource(1, "Ana")
    project.skills = {1: Skill(1, "Java"), 2: Skill(2, "Testing")}
    project.resource_skills = {1: ResourceSkill(1, 1, 1, 4), 2: ResourceSkill(2, 1, 2, 2)}
    gone = {(p.table, p.before.id) for p in deletion(project, "resources", {1})}
    assert gone == {("resources", 1), ("resource_skills", 1), ("resource_skills", 2)}
    gone = {(p.table, p.before.id) for p in deletion(project, "skills", {2})}
    assert gone == {("skills", 2), ("resource_skills", 2)}


def test_a_skill_id_is_never_given_twice(tmp_path):
    path = team_file(tmp_path / "team.plandb")
    with Document.open(path) as document:
        document.apply(Edit("Delete skill", tuple(deletion(document.project, "skills", {2}))))
    with Document.open(path) as document:
        assert document.project.next_id("skills") == 3


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        ("UPDATE resource_skills SET level = 9 WHERE id = 1", "resource_skill 1: level 9 is not between 1 and 5"),
        ("UPDATE task_skills SET min_level = NULL", "task_skill 1: minimum level None is not a whole number"),
        ("UPDATE skills SET name = '' WHERE id = 2", "skill 2: name is empty"),
    ],
)
def test_a_bad_skill_row_is_refused_in_one_line_and_the_file_is_untouched(tmp_path, statement, message):
    path = team_file(tmp_path / "team.plandb")
    connection = sqlite3.connect(path)
    connection.execute(statement)
    connection.commit()
    connection.close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(BadData) as refused:
        Document.open(path)
    assert message in str(refused.value) and "\n" not in str(refused.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_a_schema_2_file_gets_the_skill_tables_and_keeps_its_copy(tmp_path):
    path = tmp_path / "old.plandb"
    shutil.copy(SAMPLES / "schema-2.plandb", path)
    with Document.open(path) as document:
        assert document.project.skills == {}
        assert document.project.next_id("skills") == 1
        assert len(document.project.tasks) > 0
    assert backup_path(path, 2).exists()
