"""Resources with their type, rates, max units and calendar, in the order of their Unique IDs.

MSPDI keeps rates per hour whatever unit they are shown in, as Planner does, so a rate is
written as stored and its unit as the rate format. A cost resource is MSPDI's material type
marked as a cost resource (how MS Project 2010 and MPXJ write one).
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from planner.core.model.entities import Project, Resource
from planner.exchange.mspdi_export.elements import add, add_fields
from planner.exchange.mspdi_export.values import ACCRUAL_CODES, RATE_FORMATS, cents, flag, number

WORK, MATERIAL = 1, 0


def write_resources(root: Element, project: Project) -> None:
    resources = add(root, "Resources")
    for row, resource in enumerate(sorted(project.resources.values(), key=lambda r: r.id), start=1):
        _write_resource(add(resources, "Resource"), resource, row)


def _write_resource(element: Element, resource: Resource, row: int) -> None:
    work = resource.kind == "work"
    add_fields(
        element,
        (
            ("UID", resource.id),
            ("ID", row),
            ("Name", resource.name),
            ("Type", WORK if work else MATERIAL),
            ("IsNull", flag(False)),
            ("Initials", resource.initials or None),
            ("MaterialLabel", (resource.material_label or None) if resource.kind == "material" else None),
            ("Group", resource.group or None),
            ("EmailAddress", resource.email or None),
            ("MaxUnits", number(resource.max_units) if work else None),
            ("AccrueAt", ACCRUAL_CODES.get(resource.accrue_at, ACCRUAL_CODES["prorated"])),
            ("StandardRate", number(resource.standard_rate)),
            ("StandardRateFormat", RATE_FORMATS.get(resource.standard_rate_unit) if work else None),
            ("OvertimeRate", number(resource.overtime_rate)),
            ("OvertimeRateFormat", RATE_FORMATS.get(resource.overtime_rate_unit) if work else None),
            ("CostPerUse", cents(resource.cost_per_use)),
            ("CalendarUID", resource.calendar_id),
            ("Notes", resource.notes or None),
            ("IsCostResource", flag(resource.kind == "cost")),
        ),
    )
