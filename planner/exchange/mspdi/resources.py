"""MS Project resources and assignments as Planner's.

Resource Type is 0 material, 1 work, 2 cost (2007+). MSPDI keeps rates per hour whatever
unit they are shown in (StandardRateFormat 2 h, 3 d, 4 w, 5 mo, 7 y), as Planner does, so
the rate is carried as it is and the format only says how it is shown; amounts such as
Cost Per Use are in cents. MaxUnits 1 is 100%. An assignment's Units are the same scale
(a material's are its amount), its Work is PT hours; ResourceUID -65535 is MS Project's
"unassigned" placeholder, which Planner does not need.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from planner.core.model.entities import Assignment, Project, Resource
from planner.exchange.mspdi.calendars import CalendarReader
from planner.exchange.mspdi.notes import ImportNotes
from planner.exchange.mspdi.values import duration_minutes, flag, integer, money, number, text

KINDS = {0: "material", 1: "work", 2: "cost"}
RATE_FORMATS = {1: "h", 2: "h", 3: "d", 4: "w", 5: "mo", 7: "y"}
ACCRUE = {1: "start", 2: "end", 3: "prorated"}
UNASSIGNED = -65535


def read_resources(root: ET.Element, project: Project, calendars: CalendarReader, notes: ImportNotes) -> dict[int, int]:
    """Every named resource of the file; returns MSPDI resource UID -> Planner id."""
    ids: dict[int, int] = {}
    elements = root.findall("Resources/Resource")
    next_id = max((integer(e, "UID", 0) or 0 for e in elements), default=0) + 1
    for element in elements:
        uid = integer(element, "UID")
        name = text(element, "Name")
        if uid is None or flag(element, "IsNull") or not name:
            continue  # UID 0 is MS Project's unnamed placeholder; blank rows have no name either
        rid = uid
        if uid <= 0 or uid in project.resources:
            rid, next_id = next_id, next_id + 1
        ids[uid] = rid
        project.resources[rid] = _resource(element, rid, name, calendars, notes)
    return ids


def _resource(element: ET.Element, rid: int, name: str, calendars: CalendarReader, notes: ImportNotes) -> Resource:
    kind = KINDS.get(integer(element, "Type", 1) if text(element, "Type") else 1, "work")
    if flag(element, "IsCostResource"):  # MS Project 2010+ writes a cost resource as Type 0 (material) so marked
        kind = "cost"
    notes.add("budget_resource", flag(element, "IsBudget"))
    notes.add("resource_custom_fields", len(element.findall("ExtendedAttribute")))
    notes.add("rate_tables", _more_rates(element))
    notes.add("availability", len(element.findall("AvailabilityPeriods/AvailabilityPeriod")) > 1)
    max_units = number(element, "MaxUnits", 1.0) or 0.0
    return Resource(
        rid,
        name,
        kind=kind,
        initials=text(element, "Initials") or "",
        email=text(element, "EmailAddress") or "",
        max_units=max_units if max_units > 0 and kind == "work" else 1.0,
        standard_rate=max(0.0, number(element, "StandardRate", 0.0) or 0.0),
        overtime_rate=max(0.0, number(element, "OvertimeRate", 0.0) or 0.0),
        cost_per_use=max(0.0, money(element, "CostPerUse")),
        calendar_id=calendars.planner_id(integer(element, "CalendarUID", -1)),
        group=text(element, "Group") or "",
        notes=text(element, "Notes") or "",
        standard_rate_unit=RATE_FORMATS.get(integer(element, "StandardRateFormat", 2) or 2, "h"),
        overtime_rate_unit=RATE_FORMATS.get(integer(element, "OvertimeRateFormat", 2) or 2, "h"),
        accrue_at=ACCRUE.get(integer(element, "AccrueAt", 3) or 3, "prorated"),
        material_label=(text(element, "MaterialLabel") or "") if kind == "material" else "",
    )


def _more_rates(element: ET.Element) -> bool:
    """Whether the resource has rates beyond table A's one: rates in tables B-E, or dated changes."""
    rates = element.findall("Rates/Rate")
    table_a = [r for r in rates if (integer(r, "RateTable", 0) or 0) == 0]
    others = [r for r in rates if (integer(r, "RateTable", 0) or 0) > 0]
    priced = any((number(r, "StandardRate", 0.0) or 0.0) or (number(r, "OvertimeRate", 0.0) or 0.0) for r in others)
    return len(table_a) > 1 or priced


def read_assignments(
    root: ET.Element, project: Project, tasks: dict[int, int], resources: dict[int, int], notes: ImportNotes
) -> None:
    """Every assignment of a carried task to a carried resource, with its units and work."""
    for element in root.findall("Assignments/Assignment"):
        task_id = tasks.get(integer(element, "TaskUID", -1))
        resource_uid = integer(element, "ResourceUID", UNASSIGNED)
        if task_id is None:
            continue  # the project summary's, a blank row's or an external task's
        if resource_uid == UNASSIGNED or resource_uid not in resources:
            continue  # MS Project's placeholder for a task without resources
        resource = project.resources[resources[resource_uid]]
        aid = len(project.assignments) + 1
        project.assignments[aid] = _assignment(element, aid, task_id, resource)
        _report(element, notes)


def _assignment(element: ET.Element, aid: int, task_id: int, resource: Resource) -> Assignment:
    work = max(0, round(duration_minutes(element, "Work") or 0))
    actual = duration_minutes(element, "ActualWork")
    units = number(element, "Units", 1.0)
    return Assignment(
        aid,
        task_id,
        resource.id,
        units=units if units is not None and units >= 0 else 1.0,
        work_minutes=work if resource.kind == "work" else 0,
        overtime_work_minutes=min(work, max(0, round(duration_minutes(element, "OvertimeWork") or 0))),
        actual_work_minutes=min(work, max(0, round(actual))) if actual and resource.kind == "work" else None,
        cost=money(element, "Cost") if resource.kind == "cost" else 0.0,
        delay_minutes=max(0, round((number(element, "Delay", 0.0) or 0.0) / 10)),  # tenths of a minute
    )


def _report(element: ET.Element, notes: ImportNotes) -> None:
    notes.add("contour", (integer(element, "WorkContour", 0) or 0) != 0)
    notes.add("assignment_custom_fields", len(element.findall("ExtendedAttribute")))
