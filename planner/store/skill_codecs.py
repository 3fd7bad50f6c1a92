"""The project's skills list, people's levels in them, and the skills tasks need (from schema 3)."""

from __future__ import annotations

from planner.core.model.entities import ResourceSkill, Skill, TaskSkill
from planner.store.fields import BadField, text, whole

SKILLS_SINCE = "0003_skills"
LEVELS = (1, 5)  # a level is 1 (novice) to 5 (expert)


def skill_values(skill: Skill) -> tuple:
    return (skill.id, skill.name)


def skill_of(values: tuple) -> Skill:
    sid, name = values
    name = text(name, "name")
    if not name.strip():
        raise BadField("name is empty")
    return Skill(id=sid, name=name)


def resource_skill_values(r: ResourceSkill) -> tuple:
    return (r.id, r.resource_id, r.skill_id, r.level)


def resource_skill_of(values: tuple) -> ResourceSkill:
    rid, resource_id, skill_id, level = values
    return ResourceSkill(
        id=rid,
        resource_id=whole(resource_id, "resource", 1, 2**62),
        skill_id=whole(skill_id, "skill", 1, 2**62),
        level=whole(level, "level", *LEVELS),
    )


def task_skill_values(t: TaskSkill) -> tuple:
    return (t.id, t.task_id, t.skill_id, t.min_level)


def task_skill_of(values: tuple) -> TaskSkill:
    tid, task_id, skill_id, min_level = values
    return TaskSkill(
        id=tid,
        task_id=whole(task_id, "task", 1, 2**62),
        skill_id=whole(skill_id, "skill", 1, 2**62),
        min_level=whole(min_level, "minimum level", *LEVELS),
    )
