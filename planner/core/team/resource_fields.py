"""Each field of the resource sheet as a PM types it into a cell, checked before anything changes.

`parse_field(project, resource, key, text)` returns the fields to replace (a rate sets its
amount and its unit), or raises InputError with a message fit to show beside the cell.
The same checks serve the resource import (`check_resource`), so a row refused in the
window is refused in a file the same way.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from planner.core.errors import InputError
from planner.core.model.entities import ACCRUALS, Project, Resource
from planner.core.team.rates import parse_amount, parse_rate

KINDS = ("work", "material", "cost")
MAX_UNITS = 1e6
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def parse_kind(text: str) -> str:
    kind = text.strip().lower()
    if kind not in KINDS:
        raise InputError(f"type {text.strip()!r} is not one of Work, Material, Cost")
    return kind


def parse_max_units(text: str) -> float:
    """`100%`, `50%`, `150`: percent, as MS Project shows max units (a bare number is percent too)."""
    cleaned = text.strip().replace(",", ".").removesuffix("%").strip()
    try:
        percent = float(cleaned)
    except ValueError:
        raise InputError(f"max units {text.strip()!r} is not a percentage like 100% or 50%") from None
    return check_max_units(percent / 100)


def check_max_units(units: float) -> float:
    if not math.isfinite(units) or units <= 0:
        raise InputError("max units must be above 0% (100% is one full-time person)")
    if units > MAX_UNITS:
        raise InputError(f"max units {units:.0%} is more than Planner keeps")
    return units


def parse_accrual(text: str) -> str:
    accrual = text.strip().lower()
    if accrual not in ACCRUALS:
        raise InputError(f"accrue at {text.strip()!r} is not one of Start, Prorated, End")
    return accrual


def parse_email(text: str) -> str:
    email = text.strip()
    if email and not _EMAIL.match(email):
        raise InputError(f"{email!r} is not an e-mail address like ana@example.com")
    return email


def check_name(project: Project, resource_id: int | None, text: str) -> str:
    """A name is needed and unique (ignoring case): `Ana[50%]` must name one resource."""
    name = " ".join(text.split())
    if not name:
        raise InputError("a resource needs a name")
    if any(c in name for c in "[];"):
        raise InputError(f"a resource name cannot hold [ ] or ; (they separate names in Resource Names): {name!r}")
    for other in project.resources.values():
        if other.id != resource_id and other.name.casefold() == name.casefold():
            raise InputError(f"there is already a resource named {other.name!r}")
    return name


def calendar_by_name(project: Project, text: str) -> int | None:
    """The calendar a resource works: a base calendar's name; empty, or the project calendar's
    name, means the project's calendar (None: it follows the project if that changes)."""
    name = text.strip()
    if not name:
        return None
    for calendar in project.calendars.values():
        if calendar.base_id is None and calendar.name.casefold() == name.casefold():
            return None if calendar.id == project.calendar_id else calendar.id
    names = ", ".join(sorted(c.name for c in project.calendars.values() if c.base_id is None))
    raise InputError(f"there is no calendar named {name!r}; the calendars are {names}")


def _rate(field: str, label: str) -> Callable[[Project, Resource, str], dict[str, Any]]:
    def parse(project: Project, resource: Resource, text: str) -> dict[str, Any]:
        if not text.strip():
            return {field: 0.0}
        if resource.kind == "material":  # a price per unit of the material: no time unit
            return {field: parse_amount(text, label), f"{field}_unit": "h"}
        rate, unit = parse_rate(text, project.units, getattr(resource, f"{field}_unit"), label)
        return {field: rate, f"{field}_unit": unit}

    return parse


PARSERS: dict[str, Callable[[Project, Resource, str], dict[str, Any]]] = {
    "name": lambda p, r, t: {"name": check_name(p, r.id, t)},
    "kind": lambda p, r, t: {"kind": parse_kind(t)},
    "initials": lambda p, r, t: {"initials": t.strip()},
    "group": lambda p, r, t: {"group": " ".join(t.split())},
    "role": lambda p, r, t: {"role": " ".join(t.split())},
    "email": lambda p, r, t: {"email": parse_email(t)},
    "max_units": lambda p, r, t: {"max_units": parse_max_units(t)},
    "standard_rate": _rate("standard_rate", "standard rate"),
    "overtime_rate": _rate("overtime_rate", "overtime rate"),
    "cost_per_use": lambda p, r, t: {"cost_per_use": parse_amount(t) if t.strip() else 0.0},
    "accrue_at": lambda p, r, t: {"accrue_at": parse_accrual(t)},
    "calendar_id": lambda p, r, t: {"calendar_id": _resource_calendar(p, r, t)},
    "material_label": lambda p, r, t: {"material_label": t.strip()},
    "notes": lambda p, r, t: {"notes": t.rstrip()},
}


def _resource_calendar(project: Project, resource: Resource, text: str) -> int | None:
    """Typing the name of the resource's own calendar keeps it; another name picks that calendar."""
    return calendar_by_name(project, text)


def parse_field(project: Project, resource: Resource, key: str, text: str) -> dict[str, Any]:
    """The fields of `resource` that typing `text` into column `key` sets."""
    try:
        parser = PARSERS[key]
    except KeyError:
        raise ValueError(f"no resource field {key!r}") from None
    return parser(project, resource, text)


def check_resource(project: Project, resource: Resource) -> None:
    """Refuse a resource whose fields break the sheet's rules (used by imports)."""
    check_name(project, resource.id, resource.name)
    parse_kind(resource.kind)
    check_max_units(resource.max_units)
    for label, rate in (
        ("standard rate", resource.standard_rate),
        ("overtime rate", resource.overtime_rate),
        ("cost per use", resource.cost_per_use),
    ):
        if not math.isfinite(rate) or rate < 0:
            raise InputError(f"{label} cannot be negative")
    parse_email(resource.email)
