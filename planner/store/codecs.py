"""The store side of core.model.tables: one codec per table, by table name."""

from __future__ import annotations

from planner.core.model.tables import TABLE_NAMES
from planner.store.calendar_codec import CalendarCodec, calendar_of, calendar_values
from planner.store.codec import BadRow, Codec
from planner.store.link_codec import LINK_COLUMNS, link_of, link_values
from planner.store.project_row import PROJECT_COLUMNS, project_of, project_row
from planner.store.resource_codecs import (
    RESOURCE_COLUMNS,
    assignment_of,
    assignment_values,
    resource_of,
    resource_values,
)
from planner.store.risk_codecs import RISK_CODECS
from planner.store.skill_codecs import (
    SKILLS_SINCE,
    resource_skill_of,
    resource_skill_values,
    skill_of,
    skill_values,
    task_skill_of,
    task_skill_values,
)
from planner.store.task_codec import TASK_COLUMNS, task_of, task_values

__all__ = ["CODECS", "PROJECT_COLUMNS", "BadRow", "Codec", "project_of", "project_row"]

CODECS: dict[str, Codec] = {
    c.table: c
    for c in (
        Codec("tasks", TASK_COLUMNS, task_values, task_of),
        Codec("links", LINK_COLUMNS, link_values, link_of),
        CalendarCodec("calendars", ("id", "name", "week", "country"), calendar_values, calendar_of),
        Codec("resources", RESOURCE_COLUMNS, resource_values, resource_of),
        Codec(
            "assignments",
            ("id", "task_id", "resource_id", "units", "work_minutes"),
            assignment_values,
            assignment_of,
        ),
        Codec("skills", ("id", "name"), skill_values, skill_of, since=SKILLS_SINCE),
        Codec(
            "resource_skills",
            ("id", "resource_id", "skill_id", "level"),
            resource_skill_values,
            resource_skill_of,
            since=SKILLS_SINCE,
        ),
        Codec(
            "task_skills",
            ("id", "task_id", "skill_id", "min_level"),
            task_skill_values,
            task_skill_of,
            since=SKILLS_SINCE,
        ),
        *RISK_CODECS,
    )
}
assert tuple(sorted(CODECS)) == tuple(sorted(TABLE_NAMES)), "every table of core.model.tables needs a codec"
