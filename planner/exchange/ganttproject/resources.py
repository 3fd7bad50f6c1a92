"""GanttProject's people: resources with roles, contacts and day rates, vacations, allocations.

A resource's `function` is its role: "Default:1" names a role of GanttProject's built-in
set (0 Undefined, 1 Project Manager), a bare number one of the file's own `<role>`s. Its
standard rate is per day (GanttProject costs a task as rate x days), kept as a day rate. A
vacation becomes a non-working stretch on the resource's own calendar, built on the
project's. An allocation's `load` is the units in percent; its work is the task's duration
at those units, as MS Project reckons a fixed-units task.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from planner.core.errors import InputError
from planner.core.model.entities import Assignment, Calendar, CalendarException, Project, Resource
from planner.core.model.wbs import Outline
from planner.core.team.rates import per_hour
from planner.exchange.foreign.not_carried import NotCarried
from planner.exchange.ganttproject.tasks import GanTask, _date

BUILT_IN_ROLES = {"Default:0": "", "Default:1": "Project Manager"}  # 0 is GanttProject's "Undefined"
MAX_LOAD = 100_000.0  # a thousand people's worth: more is a broken file


def read_resources(root: Element, project: Project, report: NotCarried) -> dict[str, Resource]:
    """The file's resources by their file id, put in the project with Unique IDs 1..n in file order."""
    roles = _roles(root)
    element = root.find("resources")
    found: dict[str, Resource] = {}
    names: set[str] = set()
    custom = _custom_properties(element)
    for number, item in enumerate(element.findall("resource") if element is not None else (), start=1):
        file_id = item.get("id", "")
        if file_id in found:
            raise InputError(f"resource id {file_id} is used by two resources; nothing was imported")
        name = _unique(_name(item, file_id, report), names)
        resource = Resource(number, name, email=item.get("contacts", "").strip(), role=_role(item, roles, name, report))
        if item.get("phone", "").strip():
            resource.notes = f"Phone: {item.get('phone', '').strip()}"
        _rate(item, resource, project, name)
        for value in item.findall("custom-property"):
            report.note(f"custom resource column {custom.get(value.get('definition-id', ''), '?')!r}", name)
        found[file_id] = resource
        project.resources[resource.id] = resource
    _vacations(root, found, project)
    return found


def _name(item: Element, file_id: str, report: NotCarried) -> str:
    name = (item.get("name") or "").strip()
    if name:
        return name
    report.note("resources without a name, named by their GanttProject id", f"Resource {file_id}")
    return f"Resource {file_id}"


def _unique(name: str, taken: set[str]) -> str:
    candidate, count = name, 1
    while candidate.casefold() in taken:
        count += 1
        candidate = f"{name} ({count})"
    taken.add(candidate.casefold())
    return candidate


def _roles(root: Element) -> dict[str, str]:
    roles = dict(BUILT_IN_ROLES)
    for group in root.findall("roles"):
        for role in group.findall("role"):
            roles[role.get("id", "")] = role.get("name", "")
    return roles


def _role(item: Element, roles: dict[str, str], name: str, report: NotCarried) -> str:
    function = item.get("function", "")
    if function and function not in roles:
        report.note(f"roles the file does not define ({function})", name)
    return roles.get(function, "")


def _custom_properties(element: Element | None) -> dict[str, str]:
    if element is None:
        return {}
    return {d.get("id", ""): d.get("name", "") for d in element.findall("custom-property-definition")}


def _rate(item: Element, resource: Resource, project: Project, name: str) -> None:
    for rate in item.findall("rate"):
        if rate.get("name") != "standard":
            continue
        try:
            per_day = float(rate.get("value", "0"))
        except ValueError:
            raise InputError(f"resource {name!r} has a rate of {rate.get('value')!r}, not a number") from None
        if not 0 <= per_day < 1e12:
            raise InputError(f"resource {name!r} has a rate of {rate.get('value')!r}, which Planner cannot hold")
        resource.standard_rate = per_hour(per_day, "d", project.units)
        resource.standard_rate_unit = "d"


def _vacations(root: Element, found: dict[str, Resource], project: Project) -> None:
    element = root.find("vacations")
    for vacation in element.findall("vacation") if element is not None else ():
        resource = found.get(vacation.get("resourceid", ""))
        if resource is None:
            raise InputError(
                f"a vacation belongs to resource id {vacation.get('resourceid')!r}, which the file does not have"
            )
        first = _date(vacation.get("start"), f"a vacation of {resource.name!r}", "start")
        last = _date(vacation.get("end"), f"a vacation of {resource.name!r}", "end")
        if last < first:
            raise InputError(f"a vacation of {resource.name!r} ends ({last}) before it starts ({first})")
        calendar = _own_calendar(resource, project)
        calendar.exceptions.append(CalendarException(first, last, "Vacation"))


def _own_calendar(resource: Resource, project: Project) -> Calendar:
    if resource.calendar_id is None:
        uid = max(project.calendars) + 1
        project.calendars[uid] = Calendar(uid, resource.name, base_id=project.calendar_id, inherits_week=True)
        resource.calendar_id = uid
    return project.calendars[resource.calendar_id]


def read_allocations(
    root: Element, tasks: list[GanTask], resources: dict[str, Resource], project: Project, report: NotCarried
) -> None:
    """Each allocation an assignment at its load; coordinators and summary tasks' allocations reported."""
    element = root.find("allocations")
    by_file_id = {t.file_id: t.task for t in tasks}
    outline = Outline.of(project)
    pairs: set[tuple[int, int]] = set()
    for item in element.findall("allocation") if element is not None else ():
        task = by_file_id.get(item.get("task-id", ""))
        resource = resources.get(item.get("resource-id", ""))
        if task is None or resource is None:
            what = "task" if task is None else "resource"
            missing = item.get("task-id") if task is None else item.get("resource-id")
            raise InputError(f"an allocation names {what} id {missing!r}, which the file does not have")
        if item.get("responsible") == "true":
            report.note("task coordinators (GanttProject's responsible flag)", f"{resource.name} on {task.name}")
        if outline.is_summary(task.id):
            report.note(
                "allocations to summary tasks (Planner assigns their subtasks)", f"{resource.name} on {task.name}"
            )
            continue
        if (task.id, resource.id) in pairs:
            continue
        pairs.add((task.id, resource.id))
        units = _load(item, resource.name, task.name)
        uid = len(project.assignments) + 1
        work = 0 if task.milestone else round(task.duration.minutes * units)
        project.assignments[uid] = Assignment(uid, task.id, resource.id, units, work)


def _load(item: Element, resource: str, task: str) -> float:
    try:
        load = float(item.get("load", "100"))
    except ValueError:
        raise InputError(f"{resource} is allocated to {task!r} at {item.get('load')!r}, not a percentage") from None
    if not 0 < load <= MAX_LOAD:
        raise InputError(f"{resource} is allocated to {task!r} at {item.get('load')}%, which Planner cannot hold")
    return load / 100
