"""Read a GanttProject `.gan` file into a project, with the report of what it cannot carry.

The project starts on the earliest task's start (GanttProject stores no project start),
named as the file names it (else after the file). Each task keeps the start the file
shows: Planner schedules as soon as links allow, and a task GanttProject's user placed
later gets a Start No Earlier Than constraint there (foreign/plan.py). Nothing is
written: the caller stores the project.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from xml.etree.ElementTree import Element

from planner.core.model.baselines import Baseline, TaskBaseline
from planner.core.model.costs import TaskCost
from planner.core.model.entities import Project
from planner.core.progress import JobSteps
from planner.core.schedule.compiled import calendar_years
from planner.exchange.foreign.not_carried import NotCarried
from planner.exchange.foreign.plan import ForeignPlan, keep_placed_starts
from planner.exchange.foreign.xml_file import read_root
from planner.exchange.ganttproject.calendar import read_calendar
from planner.exchange.ganttproject.resources import read_allocations, read_resources
from planner.exchange.ganttproject.tasks import GanTask, _date, read_links, read_tasks
from planner.exchange.project_formats import ProjectImport

KIND = "GanttProject file"
DAY_START = time(8, 0)
MAX_BASELINES = 11  # Baseline, Baseline 1 ... Baseline 10


def read_gan(source: Path, steps: JobSteps) -> ProjectImport:
    """The IMPORTERS entry for `.gan` (planner.exchange.project_formats)."""
    return read_plan(source, steps).as_import()


def read_plan(source: Path, steps: JobSteps | None = None) -> ForeignPlan:
    """The project of a `.gan` file with the dates the file showed; InputError (one line) if it cannot be read."""
    steps = steps or JobSteps(None, None, f"Importing {source.name}")
    root = read_root(source, "project", KIND)
    steps.at(0.2)
    report = NotCarried()
    tasks = read_tasks(root, report)
    start = _project_start(root, tasks)
    project = Project(name=(root.get("name") or "").strip() or source.stem, start=start)
    project.calendars = {1: read_calendar(root, calendar_years(project), report)}
    plan = ForeignPlan(project, report)
    _add_tasks(plan, tasks)
    steps.at(0.5)
    project.links = {link.id: link for link in read_links(tasks, project.units.minutes_per_day)}
    resources = read_resources(root, project, report)
    read_allocations(root, tasks, resources, project, report)
    _add_costs(project, tasks)
    _add_baselines(root, plan, tasks)
    _note_project(root, report)
    steps.at(0.7)
    keep_placed_starts(plan)
    steps.at(1)
    return plan


def _project_start(root: Element, tasks: list[GanTask]) -> datetime:
    if tasks:
        return datetime.combine(min(t.start for t in tasks), DAY_START)
    viewed = root.get("view-date")
    try:
        day = date.fromisoformat(viewed) if viewed else date.today()
    except ValueError:
        day = date.today()
    return datetime.combine(day, DAY_START)


def _add_tasks(plan: ForeignPlan, tasks: list[GanTask]) -> None:
    """Each task in the project; each leaf's shown dates its start day and `duration` working days on."""
    project = plan.project
    for each in tasks:
        project.tasks[each.task.id] = each.task
    calendar = plan.project_calendar()
    summaries = {t.task.parent_id for t in tasks}
    for each in tasks:
        task = each.task
        begin = calendar.start_of(calendar.offset(datetime.combine(each.start, time(0, 0))))
        if task.id not in summaries:
            finish = calendar.add_working(begin, task.duration.minutes) if task.duration.minutes else begin
            plan.shown[task.id] = (begin, finish)
        if task.percent_complete > 0:
            task.actual_start = begin  # as MS Project sets it when % complete is entered
        if task.percent_complete >= 100 and task.id not in summaries:
            task.actual_finish = plan.shown[task.id][1]


def _add_costs(project: Project, tasks: list[GanTask]) -> None:
    """A cost typed on the task (not calculated from its resources) is its fixed cost."""
    for each in tasks:
        if each.element.get("cost-calculated") != "false":
            continue
        try:
            cost = float(each.element.get("cost-manual-value", "0"))
        except ValueError:
            cost = 0.0
        if cost > 0:
            uid = len(project.task_costs) + 1
            project.task_costs[uid] = TaskCost(uid, each.task.id, fixed_cost=cost)


def _add_baselines(root: Element, plan: ForeignPlan, tasks: list[GanTask]) -> None:
    """GanttProject's saved baselines ("previous" states), the first eleven as Baseline ... Baseline 10."""
    previous = root.find("previous")
    if previous is None:
        return
    by_file_id = {t.file_id: t.task for t in tasks}
    project = plan.project
    calendar = plan.project_calendar()
    for number, saved in enumerate(previous.findall("previous-tasks")):
        name = saved.get("name", "")
        if number >= MAX_BASELINES:
            plan.report.note("baselines beyond Planner's eleven", name)
            continue
        project.baselines[number + 1] = Baseline(number + 1, number, name, for_variance=number == 0)
        for item in saved.findall("previous-task"):
            task = by_file_id.get(item.get("id", ""))
            if task is None:
                plan.report.note("baseline rows of tasks no longer in the file", name)
                continue
            day = _date(item.get("start"), f"baseline {name!r}", "start")
            begin = calendar.start_of(calendar.offset(datetime.combine(day, time(0, 0))))
            minutes = 0 if item.get("meeting") == "true" else max(0, int(item.get("duration", "0") or 0)) * 480
            uid = len(project.task_baselines) + 1
            finish = calendar.add_working(begin, minutes) if minutes else begin
            project.task_baselines[uid] = TaskBaseline(uid, number + 1, task.id, begin, finish, minutes)


def _note_project(root: Element, report: NotCarried) -> None:
    for attribute, what in (("company", "the company"), ("webLink", "the project's web link")):
        value = (root.get(attribute) or "").strip()
        if value and value != "http://":
            report.note(f"{what} ({value})")
    description = root.find("description")
    if description is not None and (description.text or "").strip():
        report.note("the project description")
