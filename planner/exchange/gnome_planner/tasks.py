"""GNOME Planner's task tree: work, durations, milestones, constraints, predecessors, progress.

Times are written `20040111T090000Z` in the planner's local time (the Z notwithstanding, as
GNOME Planner writes them), taken as they are. A fixed-work task's duration is its work
shared among its allocations (80 hours by two people at 100% is 40 hours: GNOME Planner's
effort-driven rule); a fixed-duration task's is its `duration`, both in seconds of work.
`work-start` is the first working moment, which the file's `start` (often the midnight
before) is not. A predecessor's lag is in calendar seconds: Friday 17:00 plus 40 hours is
Sunday 09:00 as GNOME Planner shows it, an elapsed lag in Planner. Priority runs 0-9999
(MPXJ writes MS Project's 500 as 5000); GNOME Planner's default 0 is MS Project's normal 500.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from xml.etree.ElementTree import Element

from planner.core.errors import InputError
from planner.core.model.duration import MAX_MINUTES, Duration, Lag
from planner.core.model.entities import ConstraintType, Link, LinkType, Task
from planner.exchange.foreign.not_carried import NotCarried

CONSTRAINTS = {  # libplanner's constraint types, by the names its files give them
    "asap": ConstraintType.ASAP,
    "alap": ConstraintType.ALAP,
    "must-start-on": ConstraintType.MSO,
    "start-no-earlier-than": ConstraintType.SNET,
    "finish-no-later-than": ConstraintType.FNLT,
}
LINK_TYPES = {kind.value: kind for kind in LinkType}


@dataclass
class FileTask:
    """One task as the file has it."""

    file_id: str
    task: Task
    element: Element
    start: datetime  # the first working moment as the file shows it (work-start, else start)
    finish: datetime
    work_minutes: int
    fixed_duration: bool


def read_tasks(root: Element, report: NotCarried) -> list[FileTask]:
    """Every task in outline order, Unique IDs 1..n in that order, parents set."""
    element = root.find("tasks")
    found: list[FileTask] = []
    if element is not None:
        _read_level(element, None, found, report)
    ids = [t.file_id for t in found]
    if len(set(ids)) != len(ids):
        raise InputError("two tasks of the file have the same id; nothing was imported")
    return found


def _read_level(parent: Element, parent_id: int | None, found: list[FileTask], report: NotCarried) -> None:
    for position, element in enumerate(parent.findall("task")):
        read = _task(element, len(found) + 1, parent_id, position, report)
        found.append(read)
        _read_level(element, read.task.id, found, report)


def _task(element: Element, uid: int, parent_id: int | None, position: int, report: NotCarried) -> FileTask:
    file_id = element.get("id", "")
    name = (element.get("name") or "").strip() or f"Task {file_id}"
    where = f"task {name!r}"
    start = moment(element.get("work-start") or element.get("start"), where, "start")
    finish = moment(element.get("end") or element.get("start"), where, "end")
    fixed_duration = element.get("scheduling") == "fixed-duration"
    milestone = element.get("type") == "milestone"
    task = Task(
        id=uid,
        name=name,
        parent_id=parent_id,
        position=position,
        milestone=milestone,
        priority=_priority(element.get("priority", "0"), where),
        percent_complete=_number(element.get("percent-complete", "0"), where, "% complete", 0, 100),
        notes=(element.get("note") or "").strip(),
    )
    _constraint(element, task, where, report)
    work = _seconds(element.get("work", "0"), where, "work")
    if fixed_duration:
        task.duration = Duration(_seconds(element.get("duration", "0"), where, "duration"))
    if milestone:
        task.duration = Duration(0)
    _note_properties(element, name, report)
    return FileTask(file_id, task, element, start, finish, work, fixed_duration)


def _constraint(element: Element, task: Task, where: str, report: NotCarried) -> None:
    constraint = element.find("constraint")
    if constraint is None:
        return
    kind = CONSTRAINTS.get(constraint.get("type", ""))
    if kind is None:
        report.note(f"constraints of type {constraint.get('type')!r}", task.name)
        return
    task.constraint_type = kind
    if kind.needs_date:
        task.constraint_date = moment(constraint.get("time"), where, "constraint time")


def _note_properties(element: Element, name: str, report: NotCarried) -> None:
    properties = element.find("properties")
    for item in properties.findall("property") if properties is not None else ():
        if (item.get("value") or "0").strip() not in ("", "0"):
            report.note(f"custom task property {item.get('name')!r}", name)


def read_links(tasks: list[FileTask]) -> list[Link]:
    """The predecessors, each a link into the task it is listed under; a missing task is refused."""
    by_file_id = {t.file_id: t.task for t in tasks}
    links: list[Link] = []
    pairs: set[tuple[int, int]] = set()
    for each in tasks:
        successor = each.task
        listed = each.element.find("predecessors")
        for item in listed.findall("predecessor") if listed is not None else ():
            predecessor = by_file_id.get(item.get("predecessor-id", ""))
            if predecessor is None:
                raise InputError(
                    f"task {successor.name!r} has a predecessor with task id {item.get('predecessor-id')!r}, "
                    "which the file does not have; nothing was imported"
                )
            if predecessor.id == successor.id:
                raise InputError(f"task {successor.name!r} is its own predecessor; nothing was imported")
            kind = LINK_TYPES.get(item.get("type", "FS"))
            if kind is None:
                raise InputError(f"task {successor.name!r} has a predecessor of unknown type {item.get('type')!r}")
            if (predecessor.id, successor.id) in pairs:
                continue
            pairs.add((predecessor.id, successor.id))
            lag = _seconds(item.get("lag", "0"), f"the predecessor of {successor.name!r}", "lag", signed=True)
            links.append(Link(len(links) + 1, predecessor.id, successor.id, kind, Lag(lag, "em") if lag else Lag()))
    return links


def moment(text: str | None, where: str, what: str) -> datetime:
    """A GNOME Planner time, `20040111T090000Z`, to the nearest minute."""
    try:
        value = datetime.strptime((text or "").strip(), "%Y%m%dT%H%M%SZ")
    except ValueError:
        raise InputError(f"{where} has {what} {text!r}, not a time (YYYYMMDDTHHMMSSZ); nothing was imported") from None
    return value.replace(second=0) + timedelta(minutes=1 if value.second >= 30 else 0)


def _seconds(text: str, where: str, what: str, signed: bool = False) -> int:
    """Seconds in the file, minutes in Planner (rounded); negative only where `signed`."""
    limit = MAX_MINUTES * 60
    return round(_number(text, where, what, -limit if signed else 0, limit) / 60)


def _number(text: str, where: str, what: str, low: float = 0, high: float | None = None) -> float:
    try:
        value = float(text)
    except ValueError:
        raise InputError(f"{where} has {what} {text!r}, not a number; nothing was imported") from None
    if value < 0 <= low:
        raise InputError(f"{where} has a negative {what} ({text}); nothing was imported")
    if not low <= value <= (high if high is not None else value) or value != value:
        raise InputError(f"{where} has {what} {text}, which Planner cannot hold; nothing was imported")
    return value


def _priority(text: str, where: str) -> int:
    value = _number(text, where, "priority", 0, 9999)
    return 500 if value == 0 else min(1000, round(value / 10))
