"""GNOME Planner's resources, groups and allocations.

A resource is a work resource (type 1) or a material (type 2); its group becomes Planner's
group, its short name the initials, its standard and overtime rates are per hour, and its
calendar is one of the file's. An allocation's units are percent. The nameless resource
MPXJ writes for MS Project's blank row 0, allocated nowhere, is left out.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from planner.core.errors import InputError
from planner.core.model.entities import Assignment, Calendar, Project, Resource
from planner.exchange.foreign.not_carried import NotCarried
from planner.exchange.gnome_planner.tasks import FileTask

MAX_UNITS = 100_000.0  # percent: a thousand people's worth is a broken file


def read_resources(
    root: Element, project: Project, calendars: dict[str, Calendar], report: NotCarried
) -> dict[str, Resource]:
    """The resources by file id, in the project with Unique IDs 1..n in file order."""
    groups = _groups(root, report)
    allocated = {a.get("resource-id", "") for a in _allocations(root)}
    element = root.find("resources")
    found: dict[str, Resource] = {}
    taken: set[str] = set()
    for item in element.findall("resource") if element is not None else ():
        file_id = item.get("id", "")
        if file_id in found:
            raise InputError(f"two resources of the file have id {file_id}; nothing was imported")
        name = (item.get("name") or "").strip()
        if not name and file_id not in allocated:
            continue
        name = _unique(name or f"Resource {file_id}", taken)
        resource = Resource(
            len(found) + 1,
            name,
            kind="material" if item.get("type") == "2" else "work",
            initials=(item.get("short-name") or "").strip(),
            email=(item.get("email") or "").strip(),
            group=groups.get(item.get("group", ""), ""),
            notes=(item.get("note") or "").strip(),
            standard_rate=_rate(item, "std-rate", name),
            overtime_rate=_rate(item, "ovt-rate", name),
        )
        _calendar(item, resource, calendars)
        _note_properties(item, name, report)
        found[file_id] = resource
        project.resources[resource.id] = resource
    return found


def _unique(name: str, taken: set[str]) -> str:
    candidate, count = name, 1
    while candidate.casefold() in taken:
        count += 1
        candidate = f"{name} ({count})"
    taken.add(candidate.casefold())
    return candidate


def _groups(root: Element, report: NotCarried) -> dict[str, str]:
    element = root.find("resource-groups")
    groups = {}
    for group in element.findall("group") if element is not None else ():
        groups[group.get("id", "")] = (group.get("name") or "").strip()
        if any((group.get(a) or "").strip() for a in ("admin-name", "admin-email", "admin-phone")):
            report.note("resource group managers and their contacts", groups[group.get("id", "")])
    return groups


def _rate(item: Element, attribute: str, name: str) -> float:
    text = item.get(attribute) or "0"
    try:
        rate = float(text)
    except ValueError:
        raise InputError(f"resource {name!r} has a rate of {text!r}, not a number; nothing was imported") from None
    if not 0 <= rate < 1e12:
        raise InputError(f"resource {name!r} has a rate of {text}, which Planner cannot hold; nothing was imported")
    return rate


def _calendar(item: Element, resource: Resource, calendars: dict[str, Calendar]) -> None:
    file_id = item.get("calendar")
    if not file_id:
        return
    calendar = calendars.get(file_id)
    if calendar is None:
        raise InputError(f"resource {resource.name!r} works calendar id {file_id!r}, which the file does not have")
    resource.calendar_id = calendar.id


def _note_properties(item: Element, name: str, report: NotCarried) -> None:
    properties = item.find("properties")
    for prop in properties.findall("property") if properties is not None else ():
        if (prop.get("value") or "").strip():
            report.note(f"custom resource property {prop.get('name')!r}", name)


def _allocations(root: Element) -> list[Element]:
    element = root.find("allocations")
    return element.findall("allocation") if element is not None else []


def read_allocations(
    root: Element, tasks: list[FileTask], resources: dict[str, Resource], project: Project, report: NotCarried
) -> dict[int, float]:
    """Each allocation an assignment (work filled in later, with the duration); returns units per task."""
    by_file_id = {t.file_id: t.task for t in tasks}
    summaries = {t.task.parent_id for t in tasks}
    units_of: dict[int, float] = {}
    pairs: set[tuple[int, int]] = set()
    for item in _allocations(root):
        task = by_file_id.get(item.get("task-id", ""))
        resource = resources.get(item.get("resource-id", ""))
        if task is None or resource is None:
            what, missing = ("task", item.get("task-id")) if task is None else ("resource", item.get("resource-id"))
            raise InputError(f"an allocation names {what} id {missing!r}, which the file does not have")
        if task.id in summaries:
            report.note(
                "allocations to summary tasks (Planner assigns their subtasks)", f"{resource.name} on {task.name}"
            )
            continue
        if (task.id, resource.id) in pairs:
            continue
        pairs.add((task.id, resource.id))
        units = _units(item, resource.name, task.name)
        uid = len(project.assignments) + 1
        project.assignments[uid] = Assignment(uid, task.id, resource.id, units)
        if resource.kind == "work":
            units_of[task.id] = units_of.get(task.id, 0.0) + units
    return units_of


def _units(item: Element, resource: str, task: str) -> float:
    text = item.get("units") or "100"
    try:
        units = float(text)
    except ValueError:
        raise InputError(f"{resource} is allocated to {task!r} at {text!r}, not a percentage") from None
    if not 0 < units <= MAX_UNITS:
        raise InputError(f"{resource} is allocated to {task!r} at {text}%, which Planner cannot hold")
    return units / 100
