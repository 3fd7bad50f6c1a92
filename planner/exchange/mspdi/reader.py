"""`read_mspdi`: an MS Project XML file (MSPDI, MS Project 2003-2019+) as a Planner project.

The project's settings come first (its start and status date, minutes per day and week,
days per month, currency, title, honour constraints, default start and finish times), then
the calendars (the others refer to them), tasks
with their outline, links, resources and assignments. What the file holds that Planner
cannot carry is counted on the way (notes.py) and returned as the import report. A file
that is not MS Project XML, is hostile or is broken raises InputError before anything is
written (the caller writes the .plandb only from a whole ProjectImport).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, time
from pathlib import Path

from planner.core.errors import InputError
from planner.core.model.duration import TimeUnits
from planner.core.model.entities import Calendar, Project
from planner.core.progress import JobSteps
from planner.exchange.mspdi.calendars import CalendarReader
from planner.exchange.mspdi.links import read_links
from planner.exchange.mspdi.notes import ImportNotes
from planner.exchange.mspdi.resources import read_assignments, read_resources
from planner.exchange.mspdi.tasks import read_tasks, task_rows
from planner.exchange.mspdi.values import clock, flag, integer, moment, text
from planner.exchange.mspdi.xml_source import load_root
from planner.exchange.project_formats import ProjectImport


def read_mspdi(source: Path, steps: JobSteps | None = None) -> ProjectImport:
    """The project in `source` and the lines of what it could not carry; InputError (one line) otherwise."""
    steps = steps or JobSteps()
    steps.at(0.0)
    root = load_root(source)
    steps.at(0.3)
    try:
        found = project_of(root, source.stem)
    except InputError as error:
        raise InputError(f"{source.name}: {error}") from None
    steps.at(1.0)
    return found


def project_of(root: ET.Element, fallback_name: str) -> ProjectImport:
    """The Planner project of a parsed <Project> element (namespaces already stripped)."""
    notes = ImportNotes()
    project = _settings(root, fallback_name, notes)
    calendars = CalendarReader(notes, range(project.start.year - 1, project.start.year + 12))
    project.calendars = calendars.read(root) or {1: Calendar(1, "Standard")}
    project.calendar_id = calendars.planner_id(integer(root, "CalendarUID", -1)) or min(project.calendars)
    rows = task_rows(root, notes)
    read_tasks(rows, project, calendars, notes)
    carried = {row.uid for row in rows}
    skipped = {integer(e, "UID") for e in root.findall("Tasks/Task")} - carried - {None}
    read_links(rows, skipped, project, notes)  # type: ignore[arg-type]
    resources = read_resources(root, project, calendars, notes)
    read_assignments(root, project, {row.uid: row.task_id for row in rows}, resources, notes)
    notes.add("outline_codes", len(root.findall("OutlineCodes/OutlineCode")))
    _baseline_for_variance(root, project)
    return ProjectImport(project, notes.lines())


def _settings(root: ET.Element, fallback_name: str, notes: ImportNotes) -> Project:
    """Name, start, status date, time units and currency of the project."""
    per_day = integer(root, "MinutesPerDay", 480) or 480
    per_week = integer(root, "MinutesPerWeek", 2400) or 2400
    days_per_month = integer(root, "DaysPerMonth", 20) or 20
    if not 0 < per_day <= 1440 or not 0 < per_week <= 10080 or not 0 < days_per_month <= 31:
        raise InputError(f"its hours per day ({per_day / 60:g}) or per week ({per_week / 60:g}) are impossible")
    start = moment(root, "StartDate")
    if start is None:
        start = datetime.combine(datetime.today().date(), time(8, 0))
    if not flag(root, "ScheduleFromStart", True):
        notes.add("schedule_from_finish")
    default_start, default_finish = clock(root, "DefaultStartTime"), clock(root, "DefaultFinishTime")
    if default_start is None or default_finish is None or not default_start < default_finish <= 1440:
        default_start, default_finish = 480, 1020  # MS Project's 08:00 and 17:00
    return Project(
        name=text(root, "Title") or text(root, "Name") or fallback_name,
        start=start,
        status_date=moment(root, "StatusDate"),
        currency=(text(root, "CurrencyCode") or "EUR")[:3].upper(),
        units=TimeUnits(per_day, per_week, days_per_month * per_day),
        honour_constraints=flag(root, "HonorConstraints", True),
        default_start_time=_time_of(default_start),
        default_finish_time=_time_of(default_finish),
    )


def _time_of(minutes: int) -> time:
    """A time of day from minutes after midnight; midnight as an end is the day's last minute."""
    return time(23, 59) if minutes >= 1440 else time(minutes // 60, minutes % 60)


def _baseline_for_variance(root: ET.Element, project: Project) -> None:
    """The baseline earned value is measured against (BaselineForEarnedValue, default Baseline)."""
    number = integer(root, "BaselineForEarnedValue", 0) or 0
    chosen = next((b for b in project.baselines.values() if b.number == number), None)
    if chosen is None and project.baselines:
        chosen = min(project.baselines.values(), key=lambda b: b.number)
    if chosen is not None:
        chosen.for_variance = True
