"""Resources and their assignments to tasks."""

from __future__ import annotations

from planner.core.model.entities import ACCRUALS, RATE_UNITS, Assignment, Resource
from planner.store.cost_codecs import amount, optional_whole
from planner.store.fields import BadField, number, optional_id, text, whole

RESOURCE_COLUMNS = (
    "id",
    "name",
    "kind",
    "initials",
    "email",
    "max_units",
    "standard_rate",
    "overtime_rate",
    "cost_per_use",
    "calendar_id",
    "group_name",  # `group` is an SQL keyword
    "role",
    "notes",
    "standard_rate_unit",
    "overtime_rate_unit",
    "accrue_at",
    "material_label",
)
TEAM_SINCE = "0004_team"
RESOURCE_ADDED = {column: TEAM_SINCE for column in RESOURCE_COLUMNS[10:]}
RESOURCE_KINDS = ("work", "material", "cost")
MAX_RATE = 1e9


def resource_values(resource: Resource) -> tuple:
    r = resource
    return (
        r.id,
        r.name,
        r.kind,
        r.initials,
        r.email,
        r.max_units,
        r.standard_rate,
        r.overtime_rate,
        r.cost_per_use,
        r.calendar_id,
        r.group,
        r.role,
        r.notes,
        r.standard_rate_unit,
        r.overtime_rate_unit,
        r.accrue_at,
        r.material_label,
    )


def resource_of(values: tuple) -> Resource:
    rid, name, kind, initials, email, max_units, standard, overtime, per_use, cal = values[:10]
    group, role, notes, standard_unit, overtime_unit, accrue_at, material_label = values[10:]
    if kind not in RESOURCE_KINDS:
        raise BadField(f"kind {kind!r} is not one of {', '.join(RESOURCE_KINDS)}")
    if max_units is not None and type(max_units) in (int, float) and max_units <= 0:
        raise BadField(f"max units {max_units:g} is not above 0")
    return Resource(
        id=rid,
        name=text(name, "name"),
        kind=kind,
        initials=text(initials, "initials"),
        email=text(email, "email"),
        max_units=number(max_units, "max units", 0, 1e6, default=1.0),
        standard_rate=number(standard, "standard rate", 0, MAX_RATE, default=0.0),
        overtime_rate=number(overtime, "overtime rate", 0, MAX_RATE, default=0.0),
        cost_per_use=number(per_use, "cost per use", 0, MAX_RATE, default=0.0),
        calendar_id=optional_id(cal, "calendar"),
        group=text(group, "group"),
        role=text(role, "role"),
        notes=text(notes, "notes"),
        standard_rate_unit=_choice(standard_unit, "standard rate unit", RATE_UNITS, "h"),
        overtime_rate_unit=_choice(overtime_unit, "overtime rate unit", RATE_UNITS, "h"),
        accrue_at=_choice(accrue_at, "accrue at", ACCRUALS, "prorated"),
        material_label=text(material_label, "material label"),
    )


def _choice(value: object, field: str, allowed: tuple[str, ...], default: str) -> str:
    """One of `allowed`; NULL (a file from before 0004_team) reads as `default`."""
    if value is None:
        return default
    if value not in allowed:
        raise BadField(f"{field} {value!r} is not one of {', '.join(allowed)}")
    return value  # type: ignore[return-value]


def assignment_values(a: Assignment) -> tuple:
    return (
        a.id,
        a.task_id,
        a.resource_id,
        a.units,
        a.work_minutes,
        a.overtime_work_minutes,
        a.actual_work_minutes,
        a.cost,
        a.delay_minutes,
    )


def assignment_of(values: tuple) -> Assignment:
    aid, task_id, resource_id, units, work, overtime, actual, cost, delay = values
    return Assignment(
        id=aid,
        task_id=whole(task_id, "task", 1, 2**62),
        resource_id=whole(resource_id, "resource", 1, 2**62),
        units=number(units, "units", 0, 1e6, default=1.0),
        work_minutes=whole(work, "work"),
        overtime_work_minutes=0 if overtime is None else whole(overtime, "overtime work"),
        actual_work_minutes=optional_whole(actual, "actual work"),
        cost=amount(cost, "cost"),
        delay_minutes=0 if delay is None else whole(delay, "delay"),
    )
