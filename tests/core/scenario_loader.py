"""Read a scheduler scenario (tests/core/scenarios/*.sched), schedule it, and list what differs.

The format is described in tests/core/scenarios/README.md. A scenario is a
project (calendars, tasks, links, progress) plus `expect` lines; `check()` returns
one readable line per expectation that the schedule does not meet, naming the
file, the line, the task, and the expected and actual values.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from planner.core.edits.edit import apply_edit
from planner.core.edits.predecessors import parse_predecessors
from planner.core.edits.rules_edits import set_assignment_delay
from planner.core.errors import PlannerError
from planner.core.model.duration import Duration, TimeUnits, format_minutes, parse_duration, parse_lag
from planner.core.model.entities import (
    Assignment,
    Calendar,
    CalendarException,
    ConstraintType,
    Link,
    Project,
    Resource,
    Task,
)
from planner.core.schedule.engine import schedule
from planner.core.schedule.result import Schedule

from .dates import DAY_ABBREVIATIONS, at, show

SCENARIOS = Path(__file__).parent / "scenarios"
INDENT = 2  # spaces per outline level

DATE_KEYS = {
    "start": "start",
    "finish": "finish",
    "early-start": "early_start",
    "early-finish": "early_finish",
    "late-start": "late_start",
    "late-finish": "late_finish",
}
SPAN_KEYS = {"float": "total_float_minutes", "free": "free_float_minutes", "duration": "duration_minutes"}
FLAG_KEYS = {
    "critical": ("critical", True),
    "not-critical": ("critical", False),
    "late": ("late_against_deadline", True),
    "on-time": ("late_against_deadline", False),
}
DRIVER_KINDS = ("link", "summary", "subtask", "constraint", "progress", "status-date", "manual", "project-start")
DRIVERS_WITH_TASK = ("link", "subtask")  # followed by a task id


class ScenarioSyntaxError(ValueError):
    pass


@dataclass
class Expectation:
    line: int
    task_id: int | None  # None: about the project as a whole
    key: str
    value: object


@dataclass
class Scenario:
    path: Path
    project: Project
    expectations: list[Expectation] = field(default_factory=list)
    error: tuple[int, str] | None = None  # (line, text the scheduling error must contain)
    warnings: list[tuple[int, str]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.name


def scenario_files() -> list[Path]:
    return sorted(SCENARIOS.glob("*.sched"))


# -- reading ------------------------------------------------------------------


def _clock(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def _intervals(words: list[str]) -> tuple[tuple[int, int], ...]:
    spans = []
    for word in words:
        if word == "-":
            continue
        start, _, end = word.partition("-")
        spans.append((_clock(start), _clock(end)))
    return tuple(spans)


def _days(text: str) -> list[int]:
    """`mon-thu`, `fri`, `sat,sun` -> weekday indexes."""
    days: list[int] = []
    for part in text.lower().split(","):
        first, _, last = part.partition("-")
        a = DAY_ABBREVIATIONS.index(first)
        b = DAY_ABBREVIATIONS.index(last) if last else a
        days.extend(range(a, b + 1))
    return days


def _day(text: str) -> date:
    return date.fromisoformat(text)


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.project = Project(name=path.stem, start=datetime(2027, 1, 4, 8, 0))
        self.calendar = self.project.calendars[1]
        self.week_touched: set[int] = set()
        self.scenario = Scenario(path, self.project)
        self.parents: list[tuple[int, int]] = []  # (indent, task id) of the open outline
        self.predecessors: list[tuple[int, int, str]] = []  # (line, successor id, cell)
        self.line = 0

    def fail(self, message: str) -> ScenarioSyntaxError:
        return ScenarioSyntaxError(f"{self.path.name}:{self.line}: {message}")

    def read(self) -> Scenario:
        for number, raw in enumerate(self.path.read_text().splitlines(), start=1):
            self.line = number
            words = shlex.split(raw, comments=True)
            if not words:
                continue
            indent = len(raw) - len(raw.lstrip(" "))
            handler: Callable[[list[str], int], None] | None = getattr(self, "do_" + words[0].replace("-", "_"), None)
            if handler is None:
                raise self.fail(f"unknown line kind {words[0]!r}")
            try:
                handler(words[1:], indent)
            except (ValueError, IndexError, KeyError, PlannerError) as error:
                if isinstance(error, ScenarioSyntaxError):
                    raise
                raise self.fail(f"cannot read {raw.strip()!r}: {error}") from error
        self._link()
        return self.scenario

    # project and calendars
    def do_start(self, words: list[str], _indent: int) -> None:
        self.project.start = at(words[0])

    def do_status(self, words: list[str], _indent: int) -> None:
        self.project.status_date = at(words[0])

    def do_honour_constraints(self, words: list[str], _indent: int) -> None:
        """`honour-constraints no`: links win over a constraint they break (MS Project's option off)."""
        self.project.honour_constraints = {"yes": True, "no": False}[words[0]]

    def do_units(self, words: list[str], _indent: int) -> None:
        """`units day 10h week 40h month 160h`: how much working time a d, w and mo hold."""
        values = dict(zip(words[::2], words[1::2], strict=True))
        old = self.project.units
        minutes = {unit: parse_duration(text, default_unit="h").minutes for unit, text in values.items()}
        self.project.units = TimeUnits(
            minutes.get("day", old.minutes_per_day),
            minutes.get("week", old.minutes_per_week),
            minutes.get("month", old.minutes_per_month),
        )

    def do_calendar(self, words: list[str], _indent: int) -> None:
        calendar_id = int(words[0])
        name = words[1] if len(words) > 1 else f"Calendar {calendar_id}"
        self.calendar = self.project.calendars.setdefault(calendar_id, Calendar(calendar_id, name))
        self.calendar.name = name
        self.week_touched = set()

    def do_project_calendar(self, words: list[str], _indent: int) -> None:
        self.project.calendar_id = int(words[0])

    def do_week(self, words: list[str], _indent: int) -> None:
        """`week mon-thu 07:00-12:00 12:30-17:30`; the first week line of a calendar clears its week."""
        if not self.week_touched:
            self.calendar.week = ((),) * 7
        week = list(self.calendar.week)
        for day in _days(words[0]):
            week[day] = _intervals(words[1:])
            self.week_touched.add(day)
        self.calendar.week = tuple(week)

    def do_holiday(self, words: list[str], _indent: int) -> None:
        """`holiday 2027-01-06 [2027-01-08] ["name"]`: no working time on those days."""
        first = _day(words[0])
        last = _day(words[1]) if len(words) > 1 and words[1][:1].isdigit() else first
        name = words[-1] if not words[-1][:1].isdigit() else ""
        self.calendar.exceptions.append(CalendarException(first, last, name))

    def do_workday(self, words: list[str], _indent: int) -> None:
        """`workday 2027-01-09 08:00-12:00`: that day has these hours instead of its weekday's."""
        day = _day(words[0])
        self.calendar.exceptions.append(CalendarException(day, day, "", _intervals(words[1:])))

    # resources
    def do_resource(self, words: list[str], _indent: int) -> None:
        """`resource 1 "Ana" [calendar 2]`: a work resource, on its own calendar if given."""
        resource = Resource(int(words[0]), words[1])
        if len(words) > 2 and words[2] == "calendar":
            resource.calendar_id = int(words[3])
        self.project.resources[resource.id] = resource

    def _assign(self, task: Task, text: str) -> None:
        """`1`, `1@50%`, `1+1d`, `1@50%+2d`: resource 1 at those units with that delay; its work is the
        task's duration at its units, as MS Project gives a new assignment."""
        text, _, delay = text.partition("+")
        resource, _, units = text.partition("@")
        share = float(units.rstrip("%")) / 100 if units else 1.0
        assignment_id = self.project.next_id("assignments")
        self.project.assignments[assignment_id] = Assignment(
            assignment_id, task.id, int(resource), units=share, work_minutes=round(task.duration.minutes * share)
        )
        if delay:  # as the PM types it: the edit lengthens the task (core/edits/rules_edits.py)
            self.project.tasks[task.id] = task
            minutes = parse_duration(delay, self.project.units).minutes
            edit = set_assignment_delay(self.project, assignment_id, minutes)
            if edit is not None:
                apply_edit(self.project, edit)
                task.duration = self.project.tasks[task.id].duration

    # tasks
    def do_task(self, words: list[str], indent: int) -> None:
        if indent % INDENT:
            raise self.fail(f"indent by {INDENT} spaces per outline level")
        task_id, name, rest = int(words[0]), words[1], words[2:]
        if task_id in self.project.tasks:
            raise self.fail(f"task {task_id} is defined twice")
        while self.parents and self.parents[-1][0] >= indent:
            self.parents.pop()
        if indent and (not self.parents or self.parents[-1][0] != indent - INDENT):
            raise self.fail("a task is indented deeper than one level below the task above")
        parent = self.parents[-1][1] if self.parents else None
        task = Task(task_id, name, parent_id=parent, position=len(self.project.tasks))
        self.parents.append((indent, task_id))
        duration_given = bool(rest) and rest[0][:1].isdigit()
        if duration_given:
            task.duration = parse_duration(rest.pop(0), self.project.units)
        words_left = iter(rest)
        for word in words_left:
            option = word.lower()
            if option == "milestone":
                task.milestone = True
                if not duration_given:
                    task.duration = Duration(0)
            elif option == "after":
                self.predecessors.append((self.line, task_id, next(words_left)))
            elif option in ("alap", "asap"):
                task.constraint_type = ConstraintType(option.upper())
            elif option.upper() in ConstraintType.__members__:
                task.constraint_type = ConstraintType(option.upper())
                task.constraint_date = at(next(words_left))
            elif option == "deadline":
                task.deadline = at(next(words_left))
            elif option == "calendar":
                task.calendar_id = int(next(words_left))
            elif option == "done":
                task.percent_complete = float(next(words_left).rstrip("%"))
            elif option == "actual-start":
                task.actual_start = at(next(words_left))
            elif option == "actual-finish":
                task.actual_finish = at(next(words_left))
            elif option == "assign":
                self._assign(task, next(words_left))
            elif option == "manual":
                task.manual, task.manual_start = True, at(next(words_left))
            else:
                raise self.fail(f"unknown task option {word!r}")
        self.project.tasks[task_id] = task

    def _link(self) -> None:
        for line, successor, cell in self.predecessors:
            self.line = line
            for ref in parse_predecessors(cell, self.project.units):
                if ref.task_id not in self.project.tasks:
                    raise self.fail(f"task {successor} follows task {ref.task_id}, which is not defined")
                link_id = self.project.next_id("links")
                self.project.links[link_id] = Link(link_id, ref.task_id, successor, ref.type, ref.lag)

    # expectations
    def do_expect(self, words: list[str], _indent: int) -> None:
        add = self.scenario.expectations.append
        subject = words[0]
        if subject == "error":
            self.scenario.error = (self.line, words[1])
            return
        if subject == "warning":
            self.scenario.warnings.append((self.line, words[1]))
            return
        if subject == "project-finish":
            add(Expectation(self.line, None, "project-finish", at(words[1])))
            return
        if subject == "critical-path":
            add(Expectation(self.line, None, "critical-path", [int(w) for w in words[1:]]))
            return
        task_id = int(subject)
        rest = iter(words[1:])
        for key in rest:
            if key in DATE_KEYS:
                add(Expectation(self.line, task_id, key, at(next(rest))))
            elif key in SPAN_KEYS:
                add(Expectation(self.line, task_id, key, int(parse_lag(next(rest), self.project.units).amount)))
            elif key in FLAG_KEYS:
                add(Expectation(self.line, task_id, key, FLAG_KEYS[key][1]))
            elif key == "driver":
                kind = next(rest)
                if kind not in DRIVER_KINDS:
                    raise self.fail(f"unknown driver {kind!r}; use one of {', '.join(DRIVER_KINDS)}")
                task = int(next(rest)) if kind in DRIVERS_WITH_TASK else None
                add(Expectation(self.line, task_id, "driver", (kind, task)))
            else:
                raise self.fail(f"unknown expectation {key!r}")


def load(path: Path) -> Scenario:
    return _Reader(path).read()


# -- checking -----------------------------------------------------------------


def _span(minutes: int, project: Project) -> str:
    return (
        format_minutes(minutes, units=project.units)
        if minutes >= 0
        else "-" + format_minutes(-minutes, units=project.units)
    )


def _driver(result: Schedule, project: Project, task_id: int) -> tuple[str, int | None]:
    found = result.start_driver(task_id)
    kind = found.kind.replace(" ", "-")
    if kind == "link":
        return kind, project.links[found.link_id].predecessor_id
    if kind == "subtask":
        return kind, found.subtask_id
    return kind, None


def check(scenario: Scenario) -> list[str]:
    """Schedule the scenario; one message per unmet expectation (empty: all met)."""
    project = scenario.project
    where = scenario.name
    try:
        result = schedule(project)
    except PlannerError as error:
        if scenario.error and scenario.error[1] in str(error):
            return []
        return [f"{where}: scheduling failed: {error}"]
    if scenario.error:
        line, text = scenario.error
        return [f"{where}:{line}: expected an error containing {text!r}, but the project scheduled"]
    problems: list[str] = []
    for line, text in scenario.warnings:
        if not any(text in warning for warning in result.net.warnings):
            problems.append(f"{where}:{line}: expected a warning containing {text!r}, got {result.net.warnings}")
    for expected in scenario.expectations:
        prefix = f"{where}:{expected.line}: "
        if expected.task_id is None:
            if expected.key == "project-finish":
                got = result.project_finish
                if got != expected.value:
                    problems.append(f"{prefix}project finish: expected {show(expected.value)}, got {show(got)}")
            else:
                got = result.critical_path()
                if got != expected.value:
                    problems.append(f"{prefix}critical path: expected {expected.value}, got {got}")
            continue
        task = project.tasks.get(expected.task_id)
        if task is None:
            problems.append(f"{prefix}no task {expected.task_id} in the scenario")
            continue
        label = f"task {task.id} {task.name!r}"
        dates = result.dates(task.id)
        key = expected.key
        if key in DATE_KEYS:
            got = getattr(dates, DATE_KEYS[key])
            if got != expected.value:
                problems.append(f"{prefix}{label} {key}: expected {show(expected.value)}, got {show(got)}")
        elif key in SPAN_KEYS:
            got = getattr(dates, SPAN_KEYS[key])
            if got != expected.value:
                problems.append(
                    f"{prefix}{label} {key}: expected {_span(expected.value, project)}, got {_span(got, project)}"
                    f" ({got} min)"
                )
        elif key in FLAG_KEYS:
            attribute, wanted = FLAG_KEYS[key]
            if getattr(dates, attribute) != wanted:
                problems.append(f"{prefix}{label}: expected {key}, got {attribute}={getattr(dates, attribute)}")
        elif key == "driver":
            got = _driver(result, project, task.id)
            if got != expected.value:
                problems.append(
                    f"{prefix}{label} driver: expected {_driver_text(expected.value)}, got {_driver_text(got)}"
                )
    return problems


def _driver_text(driver: tuple[str, int | None]) -> str:
    kind, task_id = driver
    if kind == "link":
        return f"link from task {task_id}"
    return f"subtask {task_id}" if kind == "subtask" else kind
