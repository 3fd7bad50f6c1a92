"""The project's skills list: add, rename and delete skills (Java, React, Testing, DBA, Security, PM).

Deleting a skill takes every person's level in it and every task's need for it along, and
the edit's label says how many, so the undo menu and the question before it name them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from planner.core.edits.cascade import deletion
from planner.core.edits.edit import Edit, Put
from planner.core.errors import InputError
from planner.core.model.entities import Project, Skill
from planner.core.team.skill_levels import skill_named


def _checked_name(project: Project, text: str, skill_id: int | None = None) -> str:
    name = " ".join(text.split())
    if not name:
        raise InputError("a skill needs a name")
    if any(c in name for c in ";,") or re.search(r"\s[+-]?\d+$", name):
        raise InputError(f"a skill name cannot hold ; or , or end in a level number: {name!r}")
    other = skill_named(project, name)
    if other is not None and other.id != skill_id:
        raise InputError(f"the skills list has {other.name!r} already")
    return name


def add_skill(project: Project, name: str) -> Edit:
    skill = Skill(project.next_id("skills"), _checked_name(project, name))
    return Edit(f"Add skill {skill.name}", (Put("skills", None, skill),))


def rename_skill(project: Project, skill_id: int, name: str) -> Edit | None:
    before = _skill(project, skill_id)
    name = _checked_name(project, name, skill_id)
    if name == before.name:
        return None
    return Edit(f"Rename skill {before.name}", (Put("skills", before, replace(before, name=name)),))


def delete_skill(project: Project, skill_id: int) -> Edit:
    skill = _skill(project, skill_id)
    puts = deletion(project, "skills", {skill_id})
    people = sum(1 for p in puts if p.table == "resource_skills")
    tasks = sum(1 for p in puts if p.table == "task_skills")
    label = f"Delete skill {skill.name}"
    taken = [f"{n} {what}{'s' if n != 1 else ''}" for n, what in ((people, "level"), (tasks, "task need")) if n]
    if taken:
        label += " with " + " and ".join(taken)
    return Edit(label, tuple(puts))


def _skill(project: Project, skill_id: int) -> Skill:
    try:
        return project.skills[skill_id]
    except KeyError:
        raise InputError(f"there is no skill with Unique ID {skill_id}") from None
