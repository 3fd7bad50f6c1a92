"""Skills typed as a PM writes them in a cell: `Java 4; React 3`, levels 1 (novice) to 5 (expert).

The same notation holds a person's levels (Resources sheet) and a task's required skills
with their minimum levels (task table). A skill not yet in the project's list joins it in
the same edit, so a PM types the team's skills in once without a dialog first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from planner.core.edits.edit import Edit, Put
from planner.core.errors import InputError
from planner.core.model.entities import Project, ResourceSkill, Skill, TaskSkill

LEVELS = range(1, 6)
_LEVELLED = re.compile(r"^(?P<name>.*\S)\s+(?P<level>[+-]?\d+)$")
SKILLS_HINT = "write skills with levels 1-5 like Java 4; React 3"


def parse_levels(text: str, default_level: int) -> list[tuple[str, int]]:
    """[(skill name, level)] in the order typed; a name without a level gets `default_level`."""
    found: dict[str, tuple[str, int]] = {}
    for part in re.split(r"[;,\n]", text):
        part = " ".join(part.split())
        if not part:
            continue
        match = _LEVELLED.match(part)
        name, level = (match["name"], int(match["level"])) if match else (part, default_level)
        if level not in LEVELS:
            raise InputError(f"{name}: level {level} is not between 1 and 5; {SKILLS_HINT}")
        if name.casefold() in found:
            raise InputError(f"{name} is given twice; {SKILLS_HINT}")
        found[name.casefold()] = (name, level)
    return list(found.values())


def format_levels(pairs: list[tuple[str, int]]) -> str:
    return "; ".join(f"{name} {level}" for name, level in pairs)


def skill_named(project: Project, name: str) -> Skill | None:
    folded = name.casefold()
    return next((s for s in project.skills.values() if s.name.casefold() == folded), None)


def levels_of_resource(project: Project, resource_id: int) -> list[tuple[str, int]]:
    """A person's skills with levels, highest first then by name: `Java 4; React 3`."""
    rows = [
        r for r in project.resource_skills.values() if r.resource_id == resource_id and r.skill_id in project.skills
    ]
    pairs = [(project.skills[r.skill_id].name, r.level) for r in rows]
    return sorted(pairs, key=lambda p: (-p[1], p[0].casefold()))


def needs_of_task(project: Project, task_id: int) -> list[tuple[str, int]]:
    """A task's required skills with minimum levels, in the order of the skills list."""
    rows = [t for t in project.task_skills.values() if t.task_id == task_id and t.skill_id in project.skills]
    return [(project.skills[t.skill_id].name, t.min_level) for t in sorted(rows, key=lambda t: t.skill_id)]


def resource_levels_edit(project: Project, resource_id: int, text: str) -> Edit | None:
    """The person's skills become exactly those typed; None when nothing changes."""
    if resource_id not in project.resources:
        raise InputError(f"there is no resource with Unique ID {resource_id}")
    rows = {r.skill_id: r for r in project.resource_skills.values() if r.resource_id == resource_id}
    return _levels_edit(
        project,
        "resource_skills",
        rows,
        parse_levels(text, default_level=3),
        lambda uid, skill_id, level: ResourceSkill(uid, resource_id, skill_id, level),
        "level",
        f"Change skills of {project.resources[resource_id].name}",
    )


def task_needs_edit(project: Project, task_id: int, text: str) -> Edit | None:
    """The task needs exactly the skills typed, at those minimum levels; None when nothing changes."""
    if task_id not in project.tasks:
        raise InputError(f"there is no task with Unique ID {task_id}")
    rows = {t.skill_id: t for t in project.task_skills.values() if t.task_id == task_id}
    return _levels_edit(
        project,
        "task_skills",
        rows,
        parse_levels(text, default_level=1),
        lambda uid, skill_id, level: TaskSkill(uid, task_id, skill_id, level),
        "min_level",
        "Change required skills",
    )


def _levels_edit(
    project: Project,
    table: str,
    rows: dict[int, Any],
    typed: list[tuple[str, int]],
    make: Callable[[int, int, int], Any],
    level_field: str,
    label: str,
) -> Edit | None:
    puts: list[Put] = []
    next_skill = project.next_id("skills")
    next_row = project.next_id(table)
    wanted: dict[int, int] = {}
    for name, level in typed:
        skill = skill_named(project, name)
        if skill is None:
            skill = Skill(next_skill, name)
            next_skill += 1
            puts.append(Put("skills", None, skill))
        wanted[skill.id] = level
    for skill_id, row in sorted(rows.items()):
        if skill_id not in wanted:
            puts.append(Put(table, row, None))
        elif getattr(row, level_field) != wanted[skill_id]:
            puts.append(Put(table, row, replace(row, **{level_field: wanted[skill_id]})))
    for skill_id, level in wanted.items():
        if skill_id not in rows:
            puts.append(Put(table, None, make(next_row, skill_id, level)))
            next_row += 1
    return Edit(label, tuple(puts)) if puts else None
