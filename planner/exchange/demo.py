"""The demo project a new user sees first: a customer-portal rollout, read from `resources/demo/portal.toml`.

The source is a readable TOML file (its header describes the schema); this module
turns it into core objects and checks every value on the way, so a mistake in the
file is reported with the task, resource or calendar exception it is in.
"""

from __future__ import annotations

import re
import tomllib
from datetime import datetime, time
from importlib.resources import files
from typing import Any

from planner.core.edits.predecessors import parse_predecessors
from planner.core.errors import InputError
from planner.core.model.duration import Duration, TimeUnits, parse_duration
from planner.core.model.entities import (
    ACCRUALS,
    RATE_UNITS,
    Assignment,
    Calendar,
    CalendarException,
    ConstraintType,
    Interval,
    Link,
    LinkType,
    Project,
    Resource,
    Task,
)
from planner.core.schedule.worktime import WorkTime
from planner.exchange.demo_audits import add_demo_audits
from planner.exchange.demo_baseline import add_kick_off_baseline
from planner.exchange.demo_budget import add_demo_budget
from planner.exchange.demo_estimates import add_demo_estimates, add_demo_simulation
from planner.exchange.demo_meetings import add_demo_meetings
from planner.exchange.demo_quality import add_demo_quality
from planner.exchange.demo_risks import add_demo_risks
from planner.exchange.demo_snapshots import add_demo_snapshots
from planner.exchange.demo_stakeholders import add_demo_stakeholders
from planner.exchange.demo_team import add_team
from planner.exchange.toml_values import START_OF_DAY, TomlValues

DEMO_FILE = "portal.toml"

END_OF_DAY = time(17, 0)
FINISH_CONSTRAINTS = (ConstraintType.FNET, ConstraintType.FNLT, ConstraintType.MFO)

PROJECT_KEYS = {"name", "start", "status_date", "currency", "hours_per_day"}
CALENDAR_KEYS = {"name", "country", "exceptions"}
EXCEPTION_KEYS = {"name", "start", "finish", "hours"}
RESOURCE_KEYS = {
    "id",
    "name",
    "initials",
    "role",
    "kind",
    "email",
    "max_units",
    "standard_rate",
    "overtime_rate",
    "cost_per_use",
    "group",
    "rate_unit",
    "accrue_at",
    "notes",
}
TASK_KEYS = {
    "id",
    "level",
    "name",
    "duration",
    "milestone",
    "predecessors",
    "constraint",
    "constraint_date",
    "deadline",
    "priority",
    "percent_complete",
    "actual_start",
    "actual_finish",
    "resources",
    "notes",
}
# Keys a summary task may carry: its dates and work come from its subtasks.
SUMMARY_KEYS = {"id", "level", "name", "predecessors", "deadline", "priority", "notes"}

_RESOURCE_ENTRY = re.compile(r"^\s*([^\[\]\s]+)\s*(?:\[([^\]]*)\])?\s*$")
_CLOCK = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


def demo_project() -> Project:
    """The demo project, built fresh from the packaged source on every call."""
    source = files("planner.resources") / "demo" / DEMO_FILE
    project = project_from_toml(source.read_text(encoding="utf-8"), DEMO_FILE)
    add_team(project)  # skills, part-time weeks and a vacation: portal-team.toml
    add_demo_budget(project)
    add_kick_off_baseline(project)
    add_demo_risks(project)
    add_demo_estimates(project)
    add_demo_audits(project)  # a security audit with one failed item, a go-live gate: portal-audits.toml
    add_demo_quality(project)  # the defect log and lessons learned: portal-quality.toml
    add_demo_stakeholders(project)
    add_demo_meetings(project)  # three steering committees, one action tracked as a task: portal-meetings.toml
    add_demo_snapshots(project)  # last: it records the project as the other demo modules left it
    return project


def demo_file_project() -> Project:
    """The demo as a new demo file gets it: with a stored simulation, so the Simulation page opens
    full (a second or so of runs: only when a file is made, not for every demo_project())."""
    project = demo_project()
    add_demo_simulation(project)
    return project


def project_from_toml(text: str, source: str = DEMO_FILE) -> Project:
    """A project from TOML text in the demo's schema; InputError names the first mistake."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"{source}: not valid TOML: {error}") from None
    return _Reader(data, source).project()


class _Reader(TomlValues):
    def __init__(self, data: dict[str, Any], source: str) -> None:
        super().__init__(source)
        self.data = data
        self.units = TimeUnits()
        self.status_date: datetime | None = None
        self.by_initials: dict[str, Resource] = {}

    # -- sections --------------------------------------------------------------
    def project(self) -> Project:
        self.check_keys(self.data, {"project", "calendar", "resources", "tasks"}, "top level")
        head = self.table(self.data, "project", "top level")
        self.check_keys(head, PROJECT_KEYS, "[project]")
        name = self.text(head, "name", "[project]").strip()
        if not name:
            raise self.fail("[project]", "the project needs a name")
        start = self.moment(head, "start", "[project]", START_OF_DAY)
        if start is None:
            raise self.fail("[project]", "start is missing")
        self.status_date = self.moment(head, "status_date", "[project]", END_OF_DAY)
        if self.status_date is not None and self.status_date < start:
            raise self.fail("[project]", "the status date lies before the project start")
        hours = self.number(head, "hours_per_day", "[project]", 8, 1, 24)
        day = round(hours * 60)
        self.units = TimeUnits(minutes_per_day=day, minutes_per_week=5 * day, minutes_per_month=20 * day)
        calendar = self.calendar(start)
        project = Project(
            name=name,
            start=start,
            status_date=self.status_date,
            currency=self.text(head, "currency", "[project]", "EUR"),
            units=self.units,
            calendars={calendar.id: calendar},
            calendar_id=calendar.id,
        )
        for resource in self.resources():
            project.resources[resource.id] = resource
        tasks, predecessors, assigned = self.tasks()
        project.tasks = {task.id: task for task in tasks}
        project.links = self.links(project, predecessors)
        project.assignments = self.assignments(project, assigned)
        return project

    def calendar(self, start: datetime) -> Calendar:
        table = self.data.get("calendar", {})
        if not isinstance(table, dict):
            raise self.fail("top level", "calendar must be a [calendar] table")
        self.check_keys(table, CALENDAR_KEYS, "[calendar]")
        country = self.text(table, "country", "[calendar]", "").strip().upper()
        name = self.text(table, "name", "[calendar]", f"Standard ({country})" if country else "Standard")
        exceptions = []
        for index, row in enumerate(self.array(table, "exceptions", "[calendar]"), start=1):
            where = f"calendar exception {index} ({row.get('name', 'unnamed')})"
            self.check_keys(row, EXCEPTION_KEYS, where)
            first, last = self.day(row, "start", where), self.day(row, "finish", where)
            if last < first:
                raise self.fail(where, "finish lies before start")
            exceptions.append(CalendarException(first, last, self.text(row, "name", where, ""), self.hours(row, where)))
        calendar = Calendar(1, name, exceptions=exceptions, country=country)
        try:
            WorkTime(calendar, range(start.year - 1, start.year + 2))
        except InputError as error:
            raise self.fail("[calendar]", str(error)) from None
        return calendar

    def hours(self, row: dict[str, Any], where: str) -> tuple[Interval, ...]:
        value = row.get("hours", [])
        intervals = []
        if not isinstance(value, list):
            raise self.fail(where, 'hours must be a list such as [["08:00", "12:00"]]')
        for pair in value:
            if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)):
                raise self.fail(where, f'hours {pair!r} must be a pair such as ["08:00", "12:00"]')
            intervals.append((self.clock(pair[0], where), self.clock(pair[1], where)))
        return tuple(intervals)

    def clock(self, text: str, where: str) -> int:
        match = _CLOCK.match(text)
        if not match or int(match.group(1)) > 24 or int(match.group(2)) > 59:
            raise self.fail(where, f"{text!r} is not a time of day such as 08:00")
        return int(match.group(1)) * 60 + int(match.group(2))

    def resources(self) -> list[Resource]:
        resources: list[Resource] = []
        seen_ids: set[int] = set()
        seen_initials: set[str] = set()
        for index, row in enumerate(self.array(self.data, "resources", "top level"), start=1):
            where = f"resource {row.get('id', f'#{index}')}"
            self.check_keys(row, RESOURCE_KEYS, where)
            resource_id = self.integer(row, "id", where)
            if resource_id in seen_ids:
                raise self.fail(where, "this id is used twice")
            name = self.text(row, "name", where).strip()
            initials = self.text(row, "initials", where).strip()
            if not name or not initials:
                raise self.fail(where, "a resource needs a name and initials")
            if initials.upper() in seen_initials:
                raise self.fail(where, f"initials {initials!r} are used twice; tasks name resources by initials")
            kind = self.text(row, "kind", where, "work")
            if kind not in ("work", "material", "cost"):
                raise self.fail(where, f"kind {kind!r} is not work, material or cost")
            rate_unit = self.text(row, "rate_unit", where, "h")
            if rate_unit not in RATE_UNITS:
                raise self.fail(where, f"rate_unit {rate_unit!r} is not one of {', '.join(RATE_UNITS)}")
            accrue_at = self.text(row, "accrue_at", where, "prorated")
            if accrue_at not in ACCRUALS:
                raise self.fail(where, f"accrue_at {accrue_at!r} is not one of {', '.join(ACCRUALS)}")
            seen_ids.add(resource_id)
            seen_initials.add(initials.upper())
            resources.append(
                Resource(
                    id=resource_id,
                    name=name,
                    kind=kind,
                    initials=initials,
                    email=self.text(row, "email", where, ""),
                    max_units=self.number(row, "max_units", where, 1.0, 0.01, 100),
                    standard_rate=self.number(row, "standard_rate", where, 0.0, 0, 1e6),
                    overtime_rate=self.number(row, "overtime_rate", where, 0.0, 0, 1e6),
                    cost_per_use=self.number(row, "cost_per_use", where, 0.0, 0, 1e9),
                    group=self.text(row, "group", where, ""),
                    role=self.text(row, "role", where, ""),
                    notes=self.text(row, "notes", where, ""),
                    standard_rate_unit=rate_unit,
                    overtime_rate_unit=rate_unit,
                    accrue_at=accrue_at,
                )
            )
        self.by_initials = {r.initials.upper(): r for r in resources}
        return resources

    # -- tasks -----------------------------------------------------------------
    def tasks(self) -> tuple[list[Task], dict[int, str], dict[int, str]]:
        rows = self.array(self.data, "tasks", "top level")
        if not rows:
            raise self.fail("top level", "the project has no [[tasks]]")
        tasks: list[Task] = []
        predecessors: dict[int, str] = {}
        assigned: dict[int, str] = {}
        seen: dict[int, str] = {}
        stack: list[int] = []  # the open task at each outline level
        children: dict[int | None, int] = {}
        for index, row in enumerate(rows, start=1):
            where = f"task {row.get('id', f'in row {index}')}" + (f" {row['name']!r}" if "name" in row else "")
            self.check_keys(row, TASK_KEYS, where)
            task_id = self.integer(row, "id", where)
            if task_id in seen:
                raise self.fail(where, f"id {task_id} is already used by {seen[task_id]!r}")
            level = self.integer(row, "level", where)
            if level > len(stack) + 1:
                raise self.fail(where, f"level {level} skips a level; the row above is at level {len(stack)}")
            del stack[level - 1 :]
            parent = stack[-1] if stack else None
            stack.append(task_id)
            name = self.text(row, "name", where).strip()
            if not name:
                raise self.fail(where, "a task needs a name")
            seen[task_id] = name
            task = Task(id=task_id, name=name, parent_id=parent, position=children.get(parent, 0))
            children[parent] = task.position + 1
            task.priority = self.integer(row, "priority", where, 500, low=0)
            if task.priority > 1000:
                raise self.fail(where, "priority runs from 0 to 1000")
            task.notes = self.text(row, "notes", where, "")
            task.deadline = self.moment(row, "deadline", where, END_OF_DAY)
            self.read_constraint(row, task, where)
            self.read_duration(row, task, where)
            self.read_progress(row, task, where)
            predecessors[task_id] = self.text(row, "predecessors", where, "")
            assigned[task_id] = self.text(row, "resources", where, "")
            tasks.append(task)
        summaries = {task.parent_id for task in tasks}
        for task, row in zip(tasks, rows, strict=True):
            if task.id in summaries:
                extra = sorted(set(row) - SUMMARY_KEYS)
                if extra:
                    raise self.fail(
                        f"task {task.id} {task.name!r}",
                        f"is a summary task (it has subtasks), so it takes its {extra[0]} from them; remove it",
                    )
            elif "duration" not in row and not task.milestone:
                raise self.fail(f"task {task.id} {task.name!r}", "give a duration such as 3d, or milestone = true")
        return tasks, predecessors, assigned

    def read_constraint(self, row: dict[str, Any], task: Task, where: str) -> None:
        kind = self.text(row, "constraint", where, "ASAP").strip().upper()
        try:
            task.constraint_type = ConstraintType(kind)
        except ValueError:
            names = ", ".join(c.value for c in ConstraintType)
            raise self.fail(where, f"constraint {kind!r} is not one of {names}") from None
        at = END_OF_DAY if task.constraint_type in FINISH_CONSTRAINTS else START_OF_DAY
        task.constraint_date = self.moment(row, "constraint_date", where, at)
        if task.constraint_type.needs_date and task.constraint_date is None:
            raise self.fail(where, f"constraint {kind} ({task.constraint_type.label}) needs a constraint_date")
        if not task.constraint_type.needs_date and task.constraint_date is not None:
            raise self.fail(where, f"constraint {kind} takes no constraint_date; use e.g. SNET for a date")

    def read_duration(self, row: dict[str, Any], task: Task, where: str) -> None:
        milestone = row.get("milestone", False)
        if not isinstance(milestone, bool):
            raise self.fail(where, "milestone must be true or false")
        task.milestone = milestone
        if "duration" not in row:
            task.duration = Duration(0) if milestone else task.duration
            return
        try:
            task.duration = parse_duration(self.text(row, "duration", where), self.units)
        except InputError as error:
            raise self.fail(where, str(error)) from None
        if milestone and task.duration.minutes:
            raise self.fail(where, 'a milestone takes no time; write duration = "0d" or leave it out')
        if not milestone and not task.duration.minutes:
            raise self.fail(where, "a task of no duration is a milestone; set milestone = true")

    def read_progress(self, row: dict[str, Any], task: Task, where: str) -> None:
        task.actual_start = self.moment(row, "actual_start", where, START_OF_DAY)
        task.actual_finish = self.moment(row, "actual_finish", where, END_OF_DAY)
        default = 100.0 if task.actual_finish is not None else 0.0
        task.percent_complete = self.number(row, "percent_complete", where, default, 0, 100)
        if task.percent_complete and task.actual_start is None:
            raise self.fail(where, f"{task.percent_complete:g}% complete needs an actual_start")
        if task.actual_finish is not None:
            if task.percent_complete < 100:
                raise self.fail(where, "a task with an actual_finish is 100% complete")
            if task.actual_start is None or task.actual_finish < task.actual_start:
                raise self.fail(where, "actual_finish needs an actual_start before it")
        status = self.status_date
        if status is not None:
            if task.actual_start is not None and task.actual_start > status:
                raise self.fail(where, "actual_start lies after the status date")
            if task.actual_finish is not None and task.actual_finish > status:
                raise self.fail(where, "actual_finish lies after the status date")

    # -- links and assignments -------------------------------------------------
    def links(self, project: Project, predecessors: dict[int, str]) -> dict[int, Link]:
        tasks = project.tasks
        parents = {task.id: task.parent_id for task in tasks.values()}
        summaries = set(parents.values())
        links: dict[int, Link] = {}
        for task_id, text in predecessors.items():
            where = f"task {task_id} {tasks[task_id].name!r}"
            try:
                refs = parse_predecessors(text, self.units)
            except InputError as error:
                raise self.fail(where, str(error)) from None
            for ref in refs:
                if ref.task_id not in tasks:
                    raise self.fail(where, f"predecessor {ref.task_id} is not a task of this project")
                if ref.task_id == task_id:
                    raise self.fail(where, "a task cannot be its own predecessor")
                if _related(ref.task_id, task_id, parents):
                    raise self.fail(where, f"cannot be linked to task {ref.task_id}: one is a summary of the other")
                if task_id in summaries and ref.type in (LinkType.FF, LinkType.SF):
                    raise self.fail(
                        where, f"is a summary task; only FS and SS links may end on it, not {ref.type.value}"
                    )
                link_id = len(links) + 1
                links[link_id] = Link(link_id, ref.task_id, task_id, ref.type, ref.lag)
        return links

    def assignments(self, project: Project, assigned: dict[int, str]) -> dict[int, Assignment]:
        assignments: dict[int, Assignment] = {}
        for task_id, text in assigned.items():
            task = project.tasks[task_id]
            where = f"task {task_id} {task.name!r}"
            entries = [part for part in text.split(";") if part.strip()]
            if entries and task.milestone:
                raise self.fail(where, "a milestone takes no work; assign its resources to a task")
            seen: set[int] = set()
            for entry in entries:
                resource, units, work = self.resource_entry(entry, task, where)
                if resource.id in seen:
                    raise self.fail(where, f"{resource.initials} is assigned twice")
                seen.add(resource.id)
                assignment_id = len(assignments) + 1
                assignments[assignment_id] = Assignment(assignment_id, task_id, resource.id, units, work)
        return assignments

    def resource_entry(self, entry: str, task: Task, where: str) -> tuple[Resource, float, int]:
        """One `AS`, `AS[50%]` or `AS[50%, 12h]` entry: the resource, its units and its work in minutes."""
        match = _RESOURCE_ENTRY.match(entry)
        if not match:
            raise self.fail(where, f"resource {entry.strip()!r} is not understood; write e.g. AS or AS[50%]")
        initials, details = match.groups()
        resource = self.by_initials.get(initials.upper())
        if resource is None:
            raise self.fail(where, f"no resource has the initials {initials!r}")
        units, work = 1.0, None
        for part in filter(None, (p.strip() for p in (details or "").split(","))):
            if part.endswith("%"):
                try:
                    units = float(part[:-1]) / 100
                except ValueError:
                    raise self.fail(where, f"{initials}: units {part!r} are not a percentage") from None
                if units <= 0:
                    raise self.fail(where, f"{initials}: units must be above 0%")
            else:
                try:
                    work = parse_duration(part, self.units, default_unit="h")
                except InputError as error:
                    raise self.fail(where, f"{initials}: work {error}") from None
                if work.elapsed:
                    raise self.fail(where, f"{initials}: work is counted in working time, not {part!r}")
        minutes = work.minutes if work is not None else round(task.duration.minutes * units)
        return resource, units, minutes


def _related(first: int, second: int, parents: dict[int, int | None]) -> bool:
    """Whether one task is a summary (an ancestor) of the other."""
    for low, high in ((first, second), (second, first)):
        owner = parents.get(low)
        while owner is not None:
            if owner == high:
                return True
            owner = parents.get(owner)
    return False
