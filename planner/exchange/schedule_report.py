"""The schedule as the command line prints it: a table for people, JSON for programs.

Both are written a line (a task) at a time to a stream, so `planner schedule` on
100,000 tasks neither builds the whole text nor a document of dicts in memory
first; the JSON is exactly what json.dumps(schedule_dict(...), indent=2) gives.
Dates repeat a lot in a plan (tasks start at 08:00 and finish at 17:00 on the
same few hundred days), so each is formatted once.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import datetime
from json.encoder import encode_basestring_ascii
from typing import Any, TextIO

from planner.core.model.dates import when
from planner.core.model.duration import TimeUnits, format_minutes
from planner.core.model.wbs import Outline
from planner.core.schedule.result import Schedule
from planner.exchange.cost_report import task_cost_of
from planner.exchange.level_report import levelling_delay_hours
from planner.exchange.schedule_work import WorkReport

CHUNK = 2000  # lines collected before a write: few system calls, little memory


class _DateText(dict):
    """A datetime's text in a fixed format, formatted once per distinct datetime."""

    def __init__(self, form: str) -> None:
        super().__init__()
        self.form = form

    def __missing__(self, moment: datetime | None) -> str | None:
        text = moment.strftime(self.form) if moment is not None else None
        self[moment] = text
        return text


def _iso(moment: datetime | None) -> str | None:
    return moment.strftime("%Y-%m-%dT%H:%M") if moment else None


def outline_rows(outline: Outline) -> Iterator[tuple[int, str, int]]:
    """(task id, WBS code, outline level) in WBS order, in one walk (asking each task its level is quadratic)."""
    children = outline.children
    stack: list[tuple[int, str, int]] = []
    top = children.get(None, [])
    stack.extend((top[i], str(i + 1), 1) for i in range(len(top) - 1, -1, -1))
    while stack:
        task_id, code, level = stack.pop()
        yield task_id, code, level
        below = children.get(task_id)
        if below:
            stack.extend((below[i], f"{code}.{i + 1}", level + 1) for i in range(len(below) - 1, -1, -1))


def _task_dicts(schedule: Schedule) -> Iterator[dict[str, Any]]:
    """One `planner schedule --json` task entry per task, in WBS order."""
    project = schedule.project
    iso = _DateText("%Y-%m-%dT%H:%M")
    cost_of = task_cost_of(schedule)
    work = WorkReport(project, schedule.outline)
    delays = levelling_delay_hours(project)
    for row, (task_id, code, level) in enumerate(outline_rows(schedule.outline), start=1):
        task = project.tasks[task_id]
        dates = schedule.dates(task_id)
        yield {
            "id": row,
            "uid": task_id,
            "wbs": code,
            "name": task.name,
            "outline_level": level,
            "summary": dates.summary,
            "milestone": dates.milestone,
            "duration_hours": dates.duration_minutes / 60,
            "start": iso[dates.start],
            "finish": iso[dates.finish],
            "early_start": iso[dates.early_start],
            "early_finish": iso[dates.early_finish],
            "late_start": iso[dates.late_start],
            "late_finish": iso[dates.late_finish],
            "total_float_hours": dates.total_float_minutes / 60,
            "free_float_hours": dates.free_float_minutes / 60,
            "critical": dates.critical,
            "percent_complete": dates.percent_complete,
            "deadline": iso[task.deadline],
            "late_against_deadline": dates.late_against_deadline,
            **work.fields(task_id),
            "cost": cost_of(task_id),
            "levelling_delay_hours": delays.get(task_id, 0.0),
        }


def _project_header(schedule: Schedule) -> dict[str, Any]:
    project = schedule.project
    return {
        "name": project.name,
        "start": _iso(project.start),
        "finish": _iso(schedule.project_finish),
        "status_date": _iso(project.status_date),
    }


def schedule_dict(schedule: Schedule) -> dict:
    """The `planner schedule --json` document: project header and one entry per task in WBS order.

    `id` is the row number (MS Project's ID, what `planner why` takes), `uid` the Unique ID,
    which stays with the task through inserts, moves and deletes.
    """
    return {"project": _project_header(schedule), "tasks": list(_task_dicts(schedule))}


def _json_value(value: Any, indent: str) -> str:
    """One value as json.dumps(..., indent=2) writes it at this depth; scalars without calling json."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is str:
        return encode_basestring_ascii(value)
    if type(value) is int or type(value) is float:
        return repr(value) if value == value and value not in (float("inf"), float("-inf")) else json.dumps(value)
    return json.dumps(value, indent=2).replace("\n", "\n" + indent)


def _json_object(entry: dict[str, Any], indent: str) -> str:
    inner = indent + "  "
    fields = ",\n".join(f"{inner}{encode_basestring_ascii(k)}: {_json_value(v, inner)}" for k, v in entry.items())
    return f"{{\n{fields}\n{indent}}}" if entry else "{}"


def _json_task(
    schedule: Schedule,
    row: int,
    task_id: int,
    code: str,
    level: int,
    day: _DateText,
    cost: float,
    work: WorkReport,
    delay: float,
) -> str:
    """One task entry of the `--json` document, laid out as json.dumps(indent=2) does at depth 2.

    A template rather than a dict through json: the same text at a fraction of the
    cost. It must hold the keys of _task_dicts, in their order (a test compares).
    """
    task = schedule.project.tasks[task_id]
    d = schedule.dates(task_id)
    flag = ("false", "true")
    return (
        f'    {{\n      "id": {row},\n      "uid": {task_id},\n'
        f'      "wbs": "{code}",\n      "name": {encode_basestring_ascii(task.name)},\n'
        f'      "outline_level": {level},\n      "summary": {flag[d.summary]},\n'
        f'      "milestone": {flag[d.milestone]},\n      "duration_hours": {d.duration_minutes / 60!r},\n'
        f'      "start": {day[d.start]},\n      "finish": {day[d.finish]},\n'
        f'      "early_start": {day[d.early_start]},\n      "early_finish": {day[d.early_finish]},\n'
        f'      "late_start": {day[d.late_start]},\n      "late_finish": {day[d.late_finish]},\n'
        f'      "total_float_hours": {d.total_float_minutes / 60!r},\n'
        f'      "free_float_hours": {d.free_float_minutes / 60!r},\n      "critical": {flag[d.critical]},\n'
        f'      "percent_complete": {_json_value(d.percent_complete, "      ")},\n'
        f'      "deadline": {day[task.deadline]},\n      "late_against_deadline": {flag[d.late_against_deadline]},\n'
        f'      "resources": {_json_value(work.resources(task_id), "      ")},\n'
        f'      "work_hours": {work.work_hours(task_id)!r},\n'
        f'      "cost": {cost!r},\n'
        f'      "levelling_delay_hours": {delay!r}\n'
        "    }"
    )


class _JsonDate(_DateText):
    """A datetime as its JSON string (`"2027-01-04T08:00"`), or `null`."""

    def __missing__(self, moment: datetime | None) -> str:
        text = f'"{moment:%Y-%m-%dT%H:%M}"' if moment is not None else "null"
        self[moment] = text
        return text


def write_schedule_json(schedule: Schedule, out: TextIO) -> None:
    """Stream the `--json` document to `out`, one task at a time."""
    out.write(f'{{\n  "project": {_json_object(_project_header(schedule), "  ")},\n  "tasks": [')
    day = _JsonDate("")
    work = WorkReport(schedule.project, schedule.outline)
    delays = levelling_delay_hours(schedule.project)
    chunk: list[str] = []
    separator = "\n"
    cost_of = task_cost_of(schedule)
    for row, (task_id, code, level) in enumerate(outline_rows(schedule.outline), start=1):
        delay = delays.get(task_id, 0.0)
        chunk.append(separator + _json_task(schedule, row, task_id, code, level, day, cost_of(task_id), work, delay))
        separator = ",\n"
        if len(chunk) >= CHUNK:
            out.write("".join(chunk))
            chunk.clear()
    out.write("".join(chunk))
    out.write("\n  ]\n}\n" if separator == ",\n" else "]\n}\n")


def schedule_json(schedule: Schedule) -> str:
    out = io.StringIO()
    write_schedule_json(schedule, out)
    return out.getvalue().removesuffix("\n")


def _table_lines(schedule: Schedule, width: int) -> Iterator[str]:
    project, units = schedule.project, schedule.project.units
    header = f"{'ID':>5}  {'WBS':<9} {'Name':<{width}} {'Duration':>8}  {'Start':<20} {'Finish':<20} {'Float':>6}"
    yield f"{project.name}: {when(project.start)} to {when(schedule.project_finish)}"
    yield header
    yield "-" * len(header)
    shown = _DateText("%a %Y-%m-%d %H:%M")
    shown[None] = ""
    lengths: dict[tuple[int, bool], str] = {}  # a plan has few distinct durations and floats
    for row, (task_id, code, level) in enumerate(outline_rows(schedule.outline), start=1):
        task = project.tasks[task_id]
        start, finish = schedule.span(task_id)
        summary = task_id in schedule.net.rollup
        float_minutes = schedule.total_float(task_id)
        critical = (
            float_minutes <= 0 and schedule.percent_complete(task_id) < 100
        )  # the one rule (Schedule.is_critical)
        late = task.deadline is not None and finish > task.deadline
        name = "  " * (level - 1) + task.name
        if len(name) > width:
            name = name[: width - 1] + "…"
        marks = ("*" if critical else " ") + ("!" if late else " ")
        minutes = schedule.dates(task_id).duration_minutes if summary else task.duration.minutes
        duration = _length(lengths, minutes, task.duration.elapsed and not summary, units)
        total = _length(lengths, abs(float_minutes), False, units)
        total = total if float_minutes >= 0 else "-" + total
        dates = f"{shown[start]:<20} {shown[finish]:<20}"
        yield f"{row:>5}{marks}{code:<9} {name:<{width}} {duration:>8}  {dates} {total:>6}"
    yield "* critical   ! finishes after its deadline"


def _length(known: dict[tuple[int, bool], str], minutes: int, elapsed: bool, units: TimeUnits) -> str:
    found = known.get((minutes, elapsed))
    if found is None:
        found = known[minutes, elapsed] = format_minutes(minutes, elapsed, units)
    return found


def write_schedule_table(schedule: Schedule, out: TextIO, width: int = 40) -> None:
    """Stream the fixed-width table to `out`: critical tasks marked `*`, late ones `!`, names indented by level."""
    chunk: list[str] = []
    for line in _table_lines(schedule, width):
        chunk.append(line)
        if len(chunk) >= CHUNK:
            out.write("\n".join(chunk) + "\n")
            chunk.clear()
    if chunk:
        out.write("\n".join(chunk) + "\n")


def schedule_table(schedule: Schedule, width: int = 40) -> str:
    """The table as one text (for a small schedule; the command line streams it)."""
    out = io.StringIO()
    write_schedule_table(schedule, out, width)
    return out.getvalue().removesuffix("\n")
