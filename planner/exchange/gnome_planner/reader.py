"""Read a GNOME Planner `.planner` file into a project, with the report of what it cannot carry.

GNOME Planner schedules as soon as possible from the project start, as Planner does, so
the file's tasks keep their dates through their links, constraints and durations; the
fidelity script (benchmarks/foreign_fidelity.py) lists any task whose dates still differ.
A task with progress gets an actual start on its start, as MS Project gives one when a %
complete is entered. Nothing is written: the caller stores the project.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element

from planner.core.model.duration import Duration
from planner.core.model.entities import Calendar, ConstraintType, Project
from planner.core.progress import JobSteps
from planner.core.schedule.calendar_base import effective_calendar
from planner.exchange.foreign.not_carried import NotCarried
from planner.exchange.foreign.plan import ForeignPlan
from planner.exchange.foreign.xml_file import read_root
from planner.exchange.gnome_planner.calendars import read_calendars
from planner.exchange.gnome_planner.resources import read_allocations, read_resources
from planner.exchange.gnome_planner.tasks import FileTask, moment, read_links, read_tasks
from planner.exchange.project_formats import ProjectImport

KIND = "GNOME Planner file"


def read_planner(source: Path, steps: JobSteps) -> ProjectImport:
    """The IMPORTERS entry for `.planner` (planner.exchange.project_formats)."""
    return read_plan(source, steps).as_import()


def read_plan(source: Path, steps: JobSteps | None = None) -> ForeignPlan:
    """The project of a `.planner` file with the dates the file showed; InputError (one line) if unreadable."""
    steps = steps or JobSteps(None, None, f"Importing {source.name}")
    root = read_root(source, "project", KIND)
    if root.get("mrproject-version") is None and root.get("project-start") is None:
        from planner.core.errors import InputError

        raise InputError(f"{source.name} is XML but not a {KIND}: its <project> has no project-start")
    steps.at(0.2)
    report = NotCarried()
    start = moment(root.get("project-start"), "the project", "start")
    project = Project(name=(root.get("name") or "").strip() or source.stem, start=start)
    calendars = _add_calendars(root, project, report)
    plan = ForeignPlan(project, report)
    tasks = read_tasks(root, report)
    project.tasks = {t.task.id: t.task for t in tasks}
    project.links = {link.id: link for link in read_links(tasks)}
    steps.at(0.5)
    resources = read_resources(root, project, calendars, report)
    units_of = read_allocations(root, tasks, resources, project, report)
    _settle_dates(plan, tasks, units_of)
    _note_project(root, report)
    steps.at(0.8)
    plan.schedule()  # a calendar without working time or a loop of links is found before anything is written
    steps.at(1)
    return plan


def _add_calendars(root: Element, project: Project, report: NotCarried) -> dict[str, Calendar]:
    calendars, project_file_id = read_calendars(root, report)
    if not calendars or project_file_id is None:
        return calendars
    project.calendars = {c.id: c for c in calendars.values()}
    chosen = calendars[project_file_id]
    project.calendar_id = chosen.id
    if chosen.base_id is not None:  # the project works a derived calendar: fold its base in
        project.calendars[chosen.id] = effective_calendar(project.calendars, chosen)
    return calendars


def _settle_dates(plan: ForeignPlan, tasks: list[FileTask], units_of: dict[int, float]) -> None:
    """Durations from work and units, assignments' work, the project start and constraint dates on
    working moments, actual starts of tasks in progress, and the shown dates of the leaf tasks."""
    project = plan.project
    calendar = plan.project_calendar()
    project.start = calendar.start_of(calendar.offset(project.start))
    summaries = {t.task.parent_id for t in tasks}
    for each in tasks:
        task = each.task
        if task.constraint_date is not None:  # on the working moment it means: a start's first work, a finish's last
            work = calendar.offset(task.constraint_date)
            finish = task.constraint_type in (ConstraintType.FNLT, ConstraintType.FNET, ConstraintType.MFO)
            task.constraint_date = calendar.finish_of(work) if finish else calendar.start_of(work)
        if task.id in summaries:
            continue
        if not task.milestone and not each.fixed_duration:
            units = units_of.get(task.id, 0.0)
            minutes = round(each.work_minutes / units) if units else each.work_minutes
            if minutes == 0:  # no work given: the span the file shows
                minutes = max(0, calendar.offset(each.finish) - calendar.offset(each.start))
            task.duration = Duration(minutes)
        shown_start = moment(each.element.get("start"), task.name, "start") if task.milestone else each.start
        plan.shown[task.id] = (shown_start, each.finish)
        if task.percent_complete > 0:
            task.actual_start = calendar.start_of(calendar.offset(each.start))
    for assignment in project.assignments.values():
        task = project.tasks[assignment.task_id]
        if project.resources[assignment.resource_id].kind == "work" and not task.milestone:
            assignment.work_minutes = round(task.duration.minutes * assignment.units)


def _note_project(root: Element, report: NotCarried) -> None:
    for attribute, what in (("company", "the company"), ("manager", "the project manager")):
        value = (root.get(attribute) or "").strip()
        if value:
            report.note(f"{what} ({value})")
    phases = [p.get("name", "") for p in root.iter("phase")]
    if phases:
        report.note(f"the project phases ({', '.join(phases)})")
    for properties in root.findall("properties"):
        for item in properties.findall("property"):
            if item.get("owner") is None and (item.get("value") or "").strip():
                report.note(f"project property {item.get('name')!r} ({item.get('value')})")
