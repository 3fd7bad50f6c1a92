"""One field of a risk as typed in a register cell (or given on the command line), turned into an edit.

`set_risk_field` reads the text for the field (core.risk.values), and returns the
edit or None when nothing changes; InputError carries the message shown next to
the cell, and nothing changes. A category not yet in the project's list is added to
it in the same edit, as a PM who types "Vendor" expects; closing a risk dates it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from planner.core.edits.edit import Edit, Put
from planner.core.errors import InputError
from planner.core.model.entities import Project
from planner.core.model.wbs import Outline
from planner.core.risk import values as v
from planner.core.risk.edits import change_risk, risk_of, set_linked_tasks
from planner.core.risk.entities import RiskCategory, RiskStatus

TEXT_FIELDS = ("title", "cause", "event", "effect", "response_plan", "contingency_plan", "trigger", "notes")
LEVEL_FIELDS = {
    "impact_schedule": "schedule impact",
    "impact_cost": "cost impact",
    "impact_scope": "scope impact",
    "impact_quality": "quality impact",
}
FIELD_LABELS = {
    "title": "Rename risk",
    "probability": "Change probability",
    "residual_probability": "Change residual probability",
    "residual_impact": "Change residual impact",
    "status": "Change risk status",
    "owner_id": "Change risk owner",
    "category_id": "Change risk category",
}


def _readers(project: Project, risk_id: int) -> dict[str, Callable[[str], Any]]:
    risk = risk_of(project, risk_id)
    readers: dict[str, Callable[[str], Any]] = {
        "kind": v.parse_kind,
        "probability": v.parse_probability,
        "residual_probability": lambda t: v.parse_optional_probability(t, "residual probability"),
        "residual_impact": lambda t: v.parse_optional_level(t, "residual impact"),
        "cost_impact": lambda t: v.parse_amount(t, "cost impact", project.currency),
        "schedule_impact_minutes": lambda t: v.parse_delay(t, project.units),
        "response": lambda t: v.parse_response(t, risk.kind),
        "status": v.parse_status,
        "identified": lambda t: v.parse_optional_day(t, "identified date"),
        "review": lambda t: v.parse_optional_day(t, "review date"),
        "closed": lambda t: v.parse_optional_day(t, "closed date"),
        "owner_id": lambda t: owner_named(project, t),
    }
    readers.update({f: (lambda t, what=what: v.parse_level(t, what)) for f, what in LEVEL_FIELDS.items()})
    readers.update({f: (lambda t: t.strip()) for f in TEXT_FIELDS})
    readers["notes"] = lambda t: t  # notes keep their line breaks and spaces
    return readers


def owner_named(project: Project, text: str) -> int | None:
    """The resource a typed owner names (by name or initials, any case); "" is no owner."""
    wanted = text.strip().lower()
    if wanted in v.CLEAR_WORDS:
        return None
    for resource in project.resources.values():
        if wanted in (resource.name.lower(), resource.initials.lower()):
            return resource.id
    raise InputError(f"owner {text.strip()!r} is not a resource of this project")


def set_risk_field(project: Project, risk_id: int, field: str, text: str, today: date) -> Edit | None:
    """The edit that typing `text` into the `field` cell of risk `risk_id` makes; None if nothing changes."""
    if field == "category_id":
        return _set_category(project, risk_id, text, today)
    if field == "tasks":
        return set_linked_tasks(project, risk_id, task_ids_of(project, text))
    readers = _readers(project, risk_id)
    if field not in readers:
        raise ValueError(f"unknown risk field {field!r}")
    value = readers[field](text)
    fields: dict[str, Any] = {field: value}
    if field == "status":
        closed = risk_of(project, risk_id).closed
        fields["closed"] = None if value is RiskStatus.OPEN else (closed or today)  # the day it left the register
    label = FIELD_LABELS.get(field, f"Change {field.replace('_', ' ').replace('impact ', '').strip()}")
    return change_risk(project, risk_id, today, label, **fields)


def category_named(project: Project, name: str) -> RiskCategory | None:
    wanted = name.strip().lower()
    return next((c for c in project.risk_categories.values() if c.name.lower() == wanted), None)


def _set_category(project: Project, risk_id: int, text: str, today: date) -> Edit | None:
    name = " ".join(text.split())
    if name.lower() in v.CLEAR_WORDS:
        return change_risk(project, risk_id, today, "Change risk category", category_id=None)
    found = category_named(project, name)
    if found is not None:
        return change_risk(project, risk_id, today, "Change risk category", category_id=found.id)
    new = RiskCategory(project.next_id("risk_categories"), name)
    changed = change_risk(project, risk_id, today, "Change risk category", category_id=new.id)
    assert changed is not None  # a new category differs from the one it had
    return Edit(changed.label, (Put("risk_categories", None, new), *changed.changes))


def task_ids_of(project: Project, text: str) -> list[int]:
    """Linked tasks typed by their IDs (row numbers, as in Predecessors): `12;15` (commas too) -> Unique IDs."""
    ids = Outline.of(project).ids
    found = []
    for part in text.replace(",", ";").split(";"):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit():
            raise InputError(f"task {part!r} is not a task ID; type the tasks' IDs like 12;15")
        found.append(ids.uid_or_refuse(int(part)))
    return found
