"""GanttProject's task tree: tasks, milestones, progress, notes, priorities, dependencies.

A `<task>` nested in another is its subtask. `start` is a date and `duration` whole working
days; `meeting="true"` is a milestone. A `<depend id="B" type="2" difference="1"/>` inside
task A links A to B: type 1 is start-start, 2 finish-start, 3 finish-finish, 4 start-finish,
and `difference` is the lag in working days. "Strong" and "Rubber" hardness both become
ordinary links: Planner lets a successor start later than its link allows only through a
constraint, and keep_placed_starts adds that where the file shows such a start. An earliest
start (`thirdDate` with `thirdDate-constraint="1"`) is a Start No Earlier Than constraint.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from datetime import date, datetime, time
from xml.etree.ElementTree import Element

from planner.core.errors import InputError
from planner.core.model.duration import Duration, Lag
from planner.core.model.entities import ConstraintType, Link, LinkType, Task
from planner.exchange.foreign.not_carried import NotCarried

LINK_TYPES = {"1": LinkType.SS, "2": LinkType.FS, "3": LinkType.FF, "4": LinkType.SF}
# GanttProject's priorities (0 low, 1 normal, 2 high, 3 lowest, 4 highest) on MS Project's 0-1000 scale.
PRIORITIES = {"3": 100, "0": 300, "1": 500, "2": 700, "4": 900}
MAX_DAYS = 100 * 366  # a hundred years of working days: a longer duration is a broken file
LOOKS = ("color", "shape", "webLink")  # how a task is drawn or where it points, which Planner does not keep


@dataclass
class GanTask:
    """One task as the file has it, before the links are known by Unique ID."""

    file_id: str
    task: Task
    start: date
    element: Element
    subtasks: list[GanTask] = field(default_factory=list)


def read_tasks(root: Element, report: NotCarried) -> list[GanTask]:
    """Every task, in outline order, with Unique IDs 1..n in that order and parents set."""
    tasks_element = root.find("tasks")
    if tasks_element is None:
        return []
    custom = _custom_columns(tasks_element)
    found: list[GanTask] = []
    _read_level(tasks_element, None, found, custom, report)
    seen: set[str] = set()
    for each in found:
        if each.file_id in seen:
            raise InputError(f"task id {each.file_id} is used by two tasks; nothing was imported")
        seen.add(each.file_id)
    return found


def _read_level(
    parent: Element, parent_id: int | None, found: list[GanTask], custom: dict[str, str], report: NotCarried
) -> None:
    for position, element in enumerate(parent.findall("task")):
        read = _task(element, len(found) + 1, parent_id, position, custom, report)
        found.append(read)
        _read_level(element, read.task.id, found, custom, report)


def _task(
    element: Element, uid: int, parent_id: int | None, position: int, custom: dict[str, str], report: NotCarried
) -> GanTask:
    file_id = element.get("id", "")
    name = (element.get("name") or "").strip() or f"Task {file_id}"
    start = _date(element.get("start"), f"task {name!r}", "start")
    days = _whole(element.get("duration", "0"), f"task {name!r}", "duration")
    if days < 0:
        raise InputError(f"task {name!r} has a negative duration ({days} days); nothing was imported")
    if days > MAX_DAYS:
        raise InputError(f"task {name!r} has a duration of {days} days, longer than Planner can hold")
    milestone = element.get("meeting") == "true"
    task = Task(
        id=uid,
        name=name,
        parent_id=parent_id,
        position=position,
        duration=Duration(0 if milestone else days * 480),
        milestone=milestone,
        priority=PRIORITIES.get(element.get("priority", "1"), 500),
        percent_complete=_percent(element.get("complete", "0"), name),
        notes=_notes(element),
    )
    _earliest_start(element, task)
    _note_the_rest(element, name, custom, report)
    return GanTask(file_id, task, start, element)


def _earliest_start(element: Element, task: Task) -> None:
    if element.get("thirdDate-constraint") == "1" and element.get("thirdDate"):
        day = _date(element.get("thirdDate"), f"task {task.name!r}", "earliest start")
        task.constraint_type = ConstraintType.SNET
        task.constraint_date = datetime.combine(day, time(8, 0))


def _note_the_rest(element: Element, name: str, custom: dict[str, str], report: NotCarried) -> None:
    for look in LOOKS:
        if element.get(look):
            report.note(f"task {_look_name(look)}", name)
    for value in element.findall("customproperty"):
        column = custom.get(value.get("taskproperty-id", ""), value.get("taskproperty-id", ""))
        report.note(f"custom column {column!r}", name)


def _look_name(look: str) -> str:
    return {"color": "bar colours", "shape": "bar patterns", "webLink": "web links"}[look]


def _custom_columns(tasks_element: Element) -> dict[str, str]:
    properties = tasks_element.find("taskproperties")
    if properties is None:
        return {}
    return {p.get("id", ""): p.get("name", "") for p in properties.findall("taskproperty") if p.get("type") == "custom"}


def _notes(element: Element) -> str:
    notes = element.find("notes")
    if notes is None or not notes.text:
        return ""
    return textwrap.dedent(notes.text.strip("\n")).strip()


def read_links(tasks: list[GanTask], minutes_per_day: int) -> list[Link]:
    """The dependencies, by the Unique IDs the tasks were given; one naming a missing task is refused."""
    by_file_id = {t.file_id: t.task for t in tasks}
    links: list[Link] = []
    pairs: set[tuple[int, int]] = set()
    for each in tasks:
        for depend in each.element.findall("depend"):
            successor = by_file_id.get(depend.get("id", ""))
            if successor is None:
                raise InputError(
                    f"task {each.task.name!r} has a dependency on task id {depend.get('id')!r}, "
                    "which the file does not have; nothing was imported"
                )
            if successor.id == each.task.id:
                raise InputError(f"task {each.task.name!r} depends on itself; nothing was imported")
            kind = LINK_TYPES.get(depend.get("type", "2"))
            if kind is None:
                raise InputError(f"task {each.task.name!r} has a dependency of unknown type {depend.get('type')!r}")
            if (each.task.id, successor.id) in pairs:
                continue
            pairs.add((each.task.id, successor.id))
            days = _whole(depend.get("difference", "0"), f"the dependency of {successor.name!r}", "lag")
            if abs(days) > MAX_DAYS:
                raise InputError(f"the dependency of {successor.name!r} has a lag of {days} days, too long to hold")
            links.append(Link(len(links) + 1, each.task.id, successor.id, kind, Lag(days * minutes_per_day)))
    return links


def _date(text: str | None, what: str, field_name: str) -> date:
    try:
        return date.fromisoformat((text or "").strip())
    except ValueError:
        raise InputError(f"{what} has {field_name} {text!r}, not a date (YYYY-MM-DD); nothing was imported") from None


def _whole(text: str, what: str, field_name: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise InputError(
            f"{what} has {field_name} {text!r}, not a whole number of days; nothing was imported"
        ) from None


def _percent(text: str, name: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise InputError(f"task {name!r} has % complete {text!r}, not a number; nothing was imported") from None
    if not 0 <= value <= 100:
        raise InputError(f"task {name!r} has % complete {text!r}, outside 0-100; nothing was imported")
    return value
