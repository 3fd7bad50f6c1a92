"""Small projects that use what an MSPDI export must carry, for the tests of this folder."""

from __future__ import annotations

from datetime import date, datetime
from xml.etree.ElementTree import Element, fromstring

from planner.core.model.baselines import Baseline, TaskBaseline
from planner.core.model.costs import Accrual, TaskCost
from planner.core.model.duration import Duration, Lag
from planner.core.model.entities import (
    Assignment,
    Calendar,
    CalendarException,
    ConstraintType,
    Link,
    LinkType,
    Project,
    Resource,
    Task,
)
from planner.core.model.factory import new_project
from planner.core.model.msproject import MsProjectTask
from planner.core.schedule.loops import LoopBreaker
from planner.core.schedule.result import Schedule
from planner.exchange.mspdi_export.writer import build_mspdi

NS = {"p": "http://schemas.microsoft.com/project"}
DAY = 480


def sampler() -> Project:
    """A summary with five tasks: working and elapsed durations, every link type with day, hour,
    elapsed and % lags, a constraint, a deadline, a milestone, progress, a task calendar, a part-time
    resource on a calendar of her own, a cost resource, a fixed cost and a baseline."""
    project = new_project("Sampler", datetime(2027, 3, 1, 8, 0))
    project.status_date = datetime(2027, 3, 3, 17, 0)
    standard = project.calendar
    standard.exceptions.append(CalendarException(date(2027, 3, 12), date(2027, 3, 12), "Team day"))
    project.calendars[2] = Calendar(2, "Night shift", week=(((22 * 60, 24 * 60),),) * 5 + ((), ()))
    part_time = ((8 * 60, 12 * 60),)
    project.calendars[3] = Calendar(
        3,
        "Ana",
        week=(part_time,) * 4 + ((), (), ()),
        base_id=1,
        exceptions=[CalendarException(date(2027, 3, 15), date(2027, 3, 19), "Vacation")],
    )
    tasks = [
        Task(1, "Build", position=0, duration=Duration(0)),
        Task(
            2,
            "Design",
            parent_id=1,
            position=0,
            duration=Duration(3 * DAY),
            percent_complete=50,
            actual_start=datetime(2027, 3, 1, 8, 0),
            priority=800,
            notes="Sketch first.\nThen draw.",
        ),
        Task(3, "Cure concrete", parent_id=1, position=1, duration=Duration(2 * 1440, elapsed=True)),
        Task(
            4,
            "Code",
            parent_id=1,
            position=2,
            duration=Duration(5 * DAY + 240),
            constraint_type=ConstraintType.SNET,
            constraint_date=datetime(2027, 3, 4, 8, 0),
            deadline=datetime(2027, 3, 19, 17, 0),
        ),
        Task(5, "Night run", parent_id=1, position=3, duration=Duration(120), calendar_id=2),
        Task(6, "Go live", position=1, duration=Duration(0), milestone=True),
    ]
    project.tasks = {t.id: t for t in tasks}
    links = [
        Link(1, 2, 3, LinkType.FS, Lag(-DAY)),
        Link(2, 2, 4, LinkType.SS, Lag(50, "%")),
        Link(3, 3, 5, LinkType.FF, Lag(240, "em")),
        Link(4, 4, 6, LinkType.FS, Lag(2 * DAY)),
        Link(5, 5, 6, LinkType.SF),
    ]
    project.links = {k.id: k for k in links}
    project.resources = {
        1: Resource(
            1,
            "Ana Lima",
            initials="AL",
            max_units=0.5,
            standard_rate=60.0,
            standard_rate_unit="d",
            overtime_rate=90.0,
            calendar_id=3,
            group="Development",
            email="ana@example.com",
        ),
        2: Resource(2, "Bo Berg", standard_rate=50.0, cost_per_use=25.0),
        3: Resource(3, "Travel", kind="cost"),
    }
    project.assignments = {
        1: Assignment(1, 4, 1, units=0.5, work_minutes=(5 * DAY + 240) // 2),
        2: Assignment(2, 2, 2, units=1.0, work_minutes=3 * DAY, actual_work_minutes=600),
        3: Assignment(3, 2, 3, units=1.0, cost=300.0),
    }
    project.task_costs = {1: TaskCost(1, 4, fixed_cost=1500.0, fixed_cost_accrual=Accrual.END)}
    project.msp_tasks = {
        1: MsProjectTask(1, 4, "B-3", "5E7C1A2B-0000-4000-8000-000000000004", "Spec", "https://example.com/spec")
    }
    project.assignments[1].delay_minutes = 240
    project.baselines = {1: Baseline(1, 0, for_variance=True)}
    project.task_baselines = {
        1: TaskBaseline(1, 1, 2, datetime(2027, 3, 1, 8, 0), datetime(2027, 3, 3, 17, 0), 3 * DAY, 3 * DAY, 1440.0)
    }
    return project


def scheduled(project: Project) -> Schedule:
    return LoopBreaker().schedule_first(project)


def exported(project: Project) -> tuple[Element, list[str]]:
    """The MSPDI document of `project` as written to a file and read back, and its report."""
    from xml.etree.ElementTree import tostring

    root, report = build_mspdi(scheduled(project), "sampler.xml")
    return fromstring(tostring(root)), report


def task_element(root: Element, uid: int) -> Element:
    return next(t for t in root.iterfind("p:Tasks/p:Task", NS) if t.findtext("p:UID", namespaces=NS) == str(uid))


def value(element: Element, path: str) -> str | None:
    return element.findtext("/".join(f"p:{part}" for part in path.split("/")), namespaces=NS)
