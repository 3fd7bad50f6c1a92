"""Work is scheduled on the resources' calendars (MS Project): a Mon-Thu person, a vacation."""

from __future__ import annotations

from datetime import date, datetime

from planner.core.edits import assignment_edits as edits
from planner.core.edits.edit import Edit, Put, apply_edit
from planner.core.edits.task_edits import set_duration
from planner.core.model.duration import Duration
from planner.core.model.entities import STANDARD_DAY, Calendar, CalendarException, Link, Project, Resource, Task
from planner.core.schedule.engine import schedule
from planner.core.schedule.scheduler import Scheduler
from tests.core.assign.helpers import applied

MON_THU = Calendar(2, "Mon-Thu", (STANDARD_DAY,) * 4 + ((), (), ()))
VACATION = Calendar(3, "Bo", exceptions=[CalendarException(date(2027, 3, 1), date(2027, 3, 12), "Vacation")])


def project_of(*tasks: Task) -> Project:
    project = Project(start=datetime(2027, 3, 1, 8, 0))  # a Monday
    project.calendars |= {2: MON_THU, 3: VACATION}
    project.resources = {
        1: Resource(1, "Ana", calendar_id=2),
        2: Resource(2, "Bo", calendar_id=3),
        3: Resource(3, "Cy"),
    }
    project.tasks = {t.id: t for t in tasks}
    return project


def assign(project: Project, task_id: int, names: str) -> Project:
    return applied(project, edits.assign_names(project, task_id, names))


def span(project: Project, task_id: int = 1) -> tuple[str, str]:
    start, finish = schedule(project).span(task_id)
    return f"{start:%a %m-%d %H:%M}", f"{finish:%a %m-%d %H:%M}"


def test_a_mon_thu_person_works_a_week_into_the_next_monday() -> None:
    project = assign(project_of(Task(1, "Design", duration=Duration(5 * 480))), 1, "Ana")
    assert span(project) == ("Mon 03-01 08:00", "Mon 03-08 17:00")


def test_with_a_full_timer_the_task_ends_when_the_part_timer_does() -> None:
    project = assign(project_of(Task(1, "Design", duration=Duration(5 * 480))), 1, "Ana;Cy")
    assert span(project) == ("Mon 03-01 08:00", "Mon 03-08 17:00")


def test_a_task_waits_for_a_person_on_vacation() -> None:
    project = assign(project_of(Task(1, "Review", duration=Duration(2 * 480))), 1, "Bo")
    assert span(project) == ("Mon 03-15 08:00", "Tue 03-16 17:00")


def test_the_successor_follows_the_resource_calendar_finish() -> None:
    project = project_of(Task(1, "Design", duration=Duration(5 * 480)), Task(2, "Build", duration=Duration(480)))
    project.links[1] = Link(1, 1, 2)
    assign(project, 1, "Ana")
    assert span(project, 2) == ("Tue 03-09 08:00", "Tue 03-09 17:00")


def test_a_task_calendar_meets_the_resource_calendar() -> None:
    project = project_of(Task(1, "Design", duration=Duration(3 * 480), calendar_id=3))  # the task is off 1-12 March
    assign(project, 1, "Ana")  # and Ana works Mon-Thu
    assert span(project) == ("Mon 03-15 08:00", "Wed 03-17 17:00")


def test_unassigning_brings_the_project_calendar_back_and_the_cache_agrees() -> None:
    project = project_of(Task(1, "Design", duration=Duration(5 * 480)))
    scheduler = Scheduler(project)
    for build in (
        lambda p: edits.assign_names(p, 1, "Ana"),
        lambda p: set_duration(p, 1, "6d"),
        lambda p: edits.assign_names(p, 1, "Cy"),
        lambda p: Edit("Ana full time", (Put("resources", p.resources[1], Resource(1, "Ana")),)),
    ):
        edit = build(project)
        assert edit is not None
        cached = scheduler.update(apply_edit(project, edit))
        assert cached.span(1) == schedule(project).span(1)
    assert span(project) == ("Mon 03-01 08:00", "Mon 03-08 17:00")  # 6 days of Cy, full time
