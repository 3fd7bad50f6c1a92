"""The resource sheet's columns: title, width, how a cell reads, sorts and is edited. Qt-free.

MS Project's Resource Sheet, in its order: Name, Type, Material Label, Initials, Group,
Max. Units, Std. Rate, Ovt. Rate, Cost/Use, Accrue At, Base Calendar, plus Role, Email,
Skills and Notes, which a PM of an IT team keeps beside them.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from planner.core.model.entities import Project, Resource
from planner.core.team.rates import format_amount, format_rate
from planner.core.team.skill_levels import format_levels, levels_of_resource

Text = Callable[[Project, Resource], str]


@dataclass(frozen=True)
class SheetColumn:
    key: str  # the field typed into (core.team.resource_fields), or "skills"
    title: str
    width: int  # in average character widths
    text: Text
    sort_key: Callable[[Project, Resource], Any] | None = None  # `text` when None
    align: str = "left"
    editable: bool = True
    tip: str = ""


def calendar_text(project: Project, resource: Resource) -> str:
    """The base calendar's name; `Standard + own` when the resource has working time of its own."""
    calendar = project.calendars.get(resource.calendar_id) if resource.calendar_id is not None else None
    if calendar is None:
        return project.calendar.name
    if calendar.base_id is None:
        return calendar.name
    base = project.calendars.get(calendar.base_id)
    return f"{base.name if base else '?'} + own"


def _rate(field: str) -> Text:
    def text(project: Project, resource: Resource) -> str:
        if resource.kind == "cost":
            return ""
        shown = format_rate(
            getattr(resource, field), getattr(resource, f"{field}_unit"), project.units, project.currency
        )
        return shown.rsplit("/", 1)[0] if resource.kind == "material" else shown

    return text


def _max_units(project: Project, resource: Resource) -> str:
    return "" if resource.kind != "work" else f"{resource.max_units * 100:g}%"


KIND_TITLES = {"work": "Work", "material": "Material", "cost": "Cost"}
SHEET_COLUMNS: tuple[SheetColumn, ...] = (
    SheetColumn("id", "ID", 4, lambda p, r: str(r.id), lambda p, r: r.id, "right", editable=False),
    SheetColumn("name", "Resource Name", 24, lambda p, r: r.name, lambda p, r: r.name.casefold()),
    SheetColumn("kind", "Type", 8, lambda p, r: KIND_TITLES.get(r.kind, r.kind), tip="Work, Material or Cost"),
    SheetColumn("material_label", "Material Label", 8, lambda p, r: r.material_label, tip="e.g. licence, t"),
    SheetColumn("initials", "Initials", 6, lambda p, r: r.initials),
    SheetColumn("group", "Group", 15, lambda p, r: r.group, tip="team or department"),
    SheetColumn("role", "Role", 24, lambda p, r: r.role),
    SheetColumn("email", "Email", 28, lambda p, r: r.email),
    SheetColumn("max_units", "Max. Units", 8, _max_units, lambda p, r: r.max_units, "right", tip="100% = full time"),
    SheetColumn(
        "standard_rate",
        "Std. Rate",
        11,
        _rate("standard_rate"),
        lambda p, r: r.standard_rate,
        "right",
        tip="€50/h, 400/d",
    ),
    SheetColumn(
        "overtime_rate", "Ovt. Rate", 11, _rate("overtime_rate"), lambda p, r: r.overtime_rate, "right", tip="€75/h"
    ),
    SheetColumn(
        "cost_per_use",
        "Cost/Use",
        9,
        lambda p, r: "" if r.kind == "cost" else format_amount(r.cost_per_use, p.currency),
        lambda p, r: r.cost_per_use,
        "right",
    ),
    SheetColumn("accrue_at", "Accrue At", 8, lambda p, r: r.accrue_at.capitalize(), tip="Start, Prorated or End"),
    SheetColumn("calendar_id", "Base Calendar", 18, calendar_text, tip="a base calendar's name"),
    SheetColumn(
        "skills",
        "Skills",
        34,
        lambda p, r: format_levels(levels_of_resource(p, r.id)),
        tip="Java 4; React 3 (levels 1-5)",
    ),
    SheetColumn("notes", "Notes", 20, lambda p, r: r.notes.replace("\n", " ")),
)
KEYS = tuple(c.key for c in SHEET_COLUMNS)
# A saved header layout fits only the columns it was saved with (Qt restores them by position).
LAYOUT_KEY = f"resources/sheet_header/{zlib.crc32(','.join(KEYS).encode()):08x}"


def sheet_column(key: str) -> int:
    return KEYS.index(key)


def edit_text(project: Project, resource: Resource, key: str) -> str:
    """What a cell's editor starts from: the rate in its unit, the calendar's own name, the notes whole."""
    if key == "calendar_id":
        calendar = project.calendars.get(resource.calendar_id) if resource.calendar_id is not None else None
        if calendar is not None and calendar.base_id is not None:
            calendar = project.calendars.get(calendar.base_id)
        return (calendar or project.calendar).name
    if key == "notes":
        return resource.notes
    if key in ("standard_rate", "overtime_rate") and resource.kind == "material":
        return f"{getattr(resource, key):g}"
    return SHEET_COLUMNS[sheet_column(key)].text(project, resource)
