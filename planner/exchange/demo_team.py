"""The demo's team side, read from `resources/demo/portal-team.toml` onto the demo project.

The project's skills list, each person's levels, the skills some tasks need, a part-time
week (Laura, Monday to Thursday) and a vacation (Deniz, 1-12 March 2027), each person's
calendar built on the project calendar as the Resources tab builds it. Every value is
checked; a mistake is an InputError naming the entry.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date
from importlib.resources import files
from typing import Any

from planner.core.edits.calendar_edits import parse_hours
from planner.core.errors import InputError
from planner.core.model.dates import DAY_NAMES
from planner.core.model.entities import Calendar, CalendarException, Project, Resource, ResourceSkill, Skill, TaskSkill
from planner.core.team.skill_levels import parse_levels, skill_named

TEAM_FILE = "portal-team.toml"


def add_team(project: Project, text: str | None = None) -> None:
    """Put the team file's skills, needs and calendars into the demo project being built."""
    if text is None:
        text = (files("planner.resources") / "demo" / TEAM_FILE).read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"{TEAM_FILE}: not valid TOML: {error}") from None
    by_initials = {r.initials.upper(): r for r in project.resources.values()}
    for name in data.get("skills", {}).get("list", []):
        project.skills[len(project.skills) + 1] = Skill(len(project.skills) + 1, name)
    for entry in data.get("people", []):
        person = _person(by_initials, entry, "[[people]]")
        for skill, level in parse_levels(entry.get("skills", ""), 3):
            uid = len(project.resource_skills) + 1
            project.resource_skills[uid] = ResourceSkill(uid, person.id, _skill(project, skill, "[[people]]"), level)
    for entry in data.get("needs", []):
        task_id = entry.get("task")
        if task_id not in project.tasks:
            raise InputError(f"{TEAM_FILE}: [[needs]]: there is no task {task_id!r}")
        for skill, level in parse_levels(entry.get("skills", ""), 1):
            uid = len(project.task_skills) + 1
            project.task_skills[uid] = TaskSkill(uid, task_id, _skill(project, skill, "[[needs]]"), level)
    for entry in data.get("weeks", []):
        calendar = _own_calendar(project, _person(by_initials, entry, "[[weeks]]"))
        days = entry.get("week", [])
        if len(days) != 7:
            raise InputError(f"{TEAM_FILE}: [[weeks]] {entry.get('initials')}: a week has seven days, Monday first")
        calendar.week = tuple(parse_hours(d, DAY_NAMES[i]) for i, d in enumerate(days))
        calendar.inherits_week = False
    for entry in data.get("vacations", []):
        calendar = _own_calendar(project, _person(by_initials, entry, "[[vacations]]"))
        start, finish = entry.get("start"), entry.get("finish", entry.get("start"))
        if not isinstance(start, date) or not isinstance(finish, date) or finish < start:
            raise InputError(f"{TEAM_FILE}: [[vacations]] {entry.get('initials')}: start and finish must be dates")
        calendar.exceptions.append(CalendarException(start, finish, entry.get("name", "Vacation")))


def _person(by_initials: dict[str, Resource], entry: dict[str, Any], where: str) -> Resource:
    initials = str(entry.get("initials", "")).upper()
    if initials not in by_initials:
        raise InputError(f"{TEAM_FILE}: {where}: no resource has the initials {initials!r}")
    return by_initials[initials]


def _skill(project: Project, name: str, where: str) -> int:
    skill = skill_named(project, name)
    if skill is None:
        raise InputError(f"{TEAM_FILE}: {where}: {name!r} is not in the [skills] list")
    return skill.id


def _own_calendar(project: Project, person: Resource) -> Calendar:
    """The person's calendar on the project calendar, made on first use (a plain build, not an edit)."""
    if person.calendar_id is not None:
        return project.calendars[person.calendar_id]
    uid = max(project.calendars) + 1
    base = project.calendar
    project.calendars[uid] = Calendar(uid, person.name, week=base.week, base_id=base.id, inherits_week=True)
    project.resources[person.id] = replace(person, calendar_id=uid)
    return project.calendars[uid]
