"""Levelling a Project: delays that take over-allocations away, honoured by the scheduler."""

from __future__ import annotations

from datetime import datetime

from planner.core.edits.edit import Edit, Put, apply_edit
from planner.core.edits.levelling_edits import clear_levelling, levelling_edit
from planner.core.level.project_level import LevelOptions, level_project
from planner.core.level.report import levelling_report, waits_text
from planner.core.model.duration import Duration
from planner.core.model.entities import Assignment, ConstraintType, Link, Project, Resource, Task
from planner.core.model.levelling import LevellingDelay
from planner.core.schedule.engine import schedule
from planner.core.schedule.scheduler import Scheduler

DAY = 480


def team_project() -> Project:
    """Ana on Design (3d) and on Build API (2d) at once; Test (2d) after Build API; Docs (4d) for Bo."""
    project = Project(start=datetime(2027, 1, 4, 8, 0))
    project.tasks = {
        1: Task(1, "Design", position=1, duration=Duration(3 * DAY)),
        2: Task(2, "Build API", position=2, duration=Duration(2 * DAY)),
        3: Task(3, "Test", position=3, duration=Duration(2 * DAY)),
        4: Task(4, "Docs", position=4, duration=Duration(4 * DAY)),
    }
    project.links = {1: Link(1, 2, 3)}
    project.resources = {1: Resource(1, "Ana"), 2: Resource(2, "Bo")}
    project.assignments = {1: Assignment(1, 1, 1), 2: Assignment(2, 2, 1), 3: Assignment(3, 4, 2)}
    return project


def starts(project: Project) -> dict[int, datetime]:
    sched = schedule(project)
    return {t: sched.span(t)[0] for t in project.tasks}


def test_a_levelling_delay_moves_the_task_after_its_predecessors_allow():
    project = team_project()
    project.levelling_delays = {1: LevellingDelay(1, 3, 2 * DAY)}
    # Build API ends Tue 17:00; Test may start Wed 08:00, two working days later: Fri 08:00.
    assert starts(project)[3] == datetime(2027, 1, 8, 8, 0)


def test_a_delay_counts_from_the_constraint_date():
    project = team_project()
    project.tasks[4] = Task(
        4,
        "Docs",
        position=4,
        duration=Duration(4 * DAY),
        constraint_type=ConstraintType.SNET,
        constraint_date=datetime(2027, 1, 6, 8, 0),
    )
    project.levelling_delays = {1: LevellingDelay(1, 4, DAY)}
    assert starts(project)[4] == datetime(2027, 1, 7, 8, 0)


def test_levelling_puts_the_lower_slack_task_first_and_delays_the_other():
    project = team_project()
    levelling = level_project(project)
    # Build API (then Test) has less slack than Design: Design waits for it, two days.
    assert [(m.task_id, m.delay_minutes, m.resource_id, m.waited_for_id) for m in levelling.moves] == [
        (1, 2 * DAY, 1, 2)
    ]
    apply_edit(project, levelling_edit(project, levelling))
    found = starts(project)
    assert found[2] == datetime(2027, 1, 4, 8, 0) and found[1] == datetime(2027, 1, 6, 8, 0)
    assert (
        waits_text(project, next(iter(project.levelling_delays.values()))) == "waits 2d for Ana, busy on #2 Build API"
    )


def test_priority_comes_before_slack_and_1000_is_never_delayed():
    project = team_project()
    project.tasks[2] = Task(2, "Build API", position=2, duration=Duration(2 * DAY), priority=1000)
    project.tasks[1] = Task(1, "Design", position=1, duration=Duration(3 * DAY), priority=900)
    levelling = level_project(project)
    assert [(m.task_id, m.delay_minutes) for m in levelling.moves] == [(1, 2 * DAY)]
    project.tasks[2] = Task(2, "Build API", position=2, duration=Duration(2 * DAY), priority=100)
    levelling = level_project(project)
    assert [(m.task_id, m.delay_minutes, m.waited_for_id) for m in levelling.moves] == [(2, 3 * DAY, 1)]


def test_within_slack_leaves_a_task_that_would_delay_the_finish():
    project = team_project()
    project.tasks[1] = Task(1, "Design", position=1, duration=Duration(5 * DAY))
    levelling = level_project(project, LevelOptions(within_slack=True))
    # Design (5d) is the longest path; Build API has 2d of slack but would wait 5d: it stays.
    assert levelling.moves == [] and levelling.unresolved == [(2, "levelling it would go beyond its slack")]


def test_only_the_selected_resources_are_levelled():
    project = team_project()
    assert level_project(project, LevelOptions(resource_ids=frozenset({2}))).moves == []


def test_the_report_says_what_moves_and_the_finish_before_and_after():
    project = team_project()
    report = levelling_report(project, level_project(project))
    (moved,) = report.moved
    assert (moved.name, moved.start_before, moved.start) == ("Design", datetime(2027, 1, 4, 8), datetime(2027, 1, 6, 8))
    assert moved.reason == "waits 2d for Ana, busy on #2 Build API"
    assert report.finish_before == datetime(2027, 1, 7, 17, 0) and report.finish_after == datetime(2027, 1, 8, 17, 0)


def test_levelling_and_clearing_are_one_edit_each_and_undo_exactly():
    project = team_project()
    scheduler = Scheduler(project)
    first = scheduler.schedule.span(1)
    edit = levelling_edit(project, level_project(project))
    touched = apply_edit(project, edit)
    assert scheduler.update(touched).span(1)[0] == datetime(2027, 1, 6, 8, 0) == schedule(project).span(1)[0]
    cleared = clear_levelling(project)
    assert isinstance(cleared, Edit) and all(isinstance(c, Put) for c in cleared.changes)
    assert scheduler.update(apply_edit(project, cleared)).span(1) == first
    assert project.levelling_delays == {} and clear_levelling(project) is None
    apply_edit(project, cleared.inverse())
    assert len(project.levelling_delays) == 1


def test_a_summary_link_passes_the_delay_on():
    project = team_project()
    project.tasks[5] = Task(5, "Phase", position=5)
    project.tasks[1] = Task(1, "Design", parent_id=5, position=1, duration=Duration(3 * DAY))
    project.tasks[6] = Task(6, "Sign-off", position=6, duration=Duration(0), milestone=True)
    project.links[2] = Link(2, 5, 6)
    levelling = level_project(project)
    apply_edit(project, levelling_edit(project, levelling))
    sched = schedule(project)
    assert sched.span(6)[0] >= sched.span(1)[1]


def test_a_persons_vacation_on_their_own_calendar_is_not_booked():
    from datetime import date

    from planner.core.model.entities import Calendar, CalendarException

    project = team_project()
    project.calendars[2] = Calendar(
        2, "Bo", exceptions=[CalendarException(date(2027, 1, 4), date(2027, 1, 5), "Vacation")]
    )
    project.resources[2] = Resource(2, "Bo", calendar_id=2)
    project.tasks[5] = Task(5, "Review", position=5, duration=Duration(DAY))
    project.links[2] = Link(2, 5, 4)  # Docs after Monday's Review: Tuesday is still Bo's vacation
    apply_edit(project, levelling_edit(project, level_project(project)))
    assert schedule(project).span(4)[0] == datetime(2027, 1, 6, 8, 0)  # after the vacation, not on its Tuesday
    assert all(d.task_id != 4 or d.resource_id == 2 for d in project.levelling_delays.values())


def test_a_levelling_applied_after_its_task_was_deleted_leaves_that_task_out():
    from planner.core.edits.outline_edits import delete_tasks

    project = team_project()
    levelling = level_project(project)
    apply_edit(project, delete_tasks(project, [1]))
    assert levelling_edit(project, levelling) is None
