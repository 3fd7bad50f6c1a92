"""The demo project, checked the way a demanding IT project manager would read it."""

from __future__ import annotations

import tomllib
from datetime import date, datetime
from importlib.resources import files
from itertools import pairwise

import holidays
import pytest

from planner.core.edits.predecessors import format_predecessors
from planner.core.errors import InputError
from planner.core.model.entities import ConstraintType, LinkType, Project
from planner.core.schedule.engine import Schedule, compile_calendars, schedule
from planner.exchange.demo import demo_project, project_from_toml

PHASES = ["Initiation", "Requirements", "Design", "Build", "Test", "Deploy", "Hypercare and closure"]
GO_LIVE = "Go-live: customer portal live"
PINNED = (ConstraintType.MSO, ConstraintType.MFO)  # zero slack by definition, as in MS Project


def task_id(project: Project, name: str) -> int:
    matches = [t.id for t in project.tasks.values() if t.name == name]
    assert len(matches) == 1, f"expected one task named {name!r}, found {len(matches)}"
    return matches[0]


@pytest.fixture(scope="module")
def project() -> Project:
    return demo_project()


@pytest.fixture(scope="module")
def plan(project: Project) -> Schedule:
    return schedule(project)


def baseline() -> Project:
    """The demo as it was planned: the same tasks with no progress and no status date."""
    fresh = demo_project()
    fresh.status_date = None
    for task in fresh.tasks.values():
        task.percent_complete, task.actual_start, task.actual_finish = 0.0, None, None
    return fresh


def driving_predecessor(plan: Schedule, tid: int) -> int | None:
    """The task whose link sets this task's early start, looking through summary tasks."""
    driver = plan.start_driver(tid)
    while driver.kind == "summary":
        driver = plan.start_driver(driver.summary_id)
    if driver.kind != "link":
        return None
    return plan.project.links[driver.link_id].predecessor_id


def chain_to(plan: Schedule, tid: int) -> list[int]:
    """The driving chain that ends at `tid`, first task first."""
    chain = [tid]
    while (previous := driving_predecessor(plan, chain[-1])) is not None:
        chain.append(previous)
    return chain[::-1]


# -- shape -------------------------------------------------------------------


def test_demo_schedules_without_warnings(plan: Schedule) -> None:
    assert plan.net.warnings == []


def test_demo_has_a_credible_size(project: Project) -> None:
    assert 60 <= len(project.tasks) <= 90
    assert len(project.links) >= len(project.tasks)
    assert project.name == "Customer Portal Rollout"
    assert project.start == datetime(2027, 1, 4, 8, 0)


def test_phases_are_present_in_order_and_finish_in_order(project: Project, plan: Schedule) -> None:
    top = plan.outline.children[None]
    assert [project.tasks[t].name for t in top] == PHASES
    assert all(plan.outline.is_summary(t) for t in top)
    finishes = [plan.dates(t).finish for t in top]
    assert finishes == sorted(finishes)


def test_wbs_is_two_to_three_levels_deep(plan: Schedule) -> None:
    levels = {plan.outline.level(t) for t in plan.outline.rows()}
    assert levels == {1, 2, 3}
    codes = plan.outline.codes()
    sprint_1 = next(t for t in plan.outline.rows() if plan.project.tasks[t].name.startswith("Sprint 1:"))
    assert codes[sprint_1] == "4.3"
    assert [codes[c] for c in plan.outline.children[sprint_1]] == ["4.3.1", "4.3.2", "4.3.3", "4.3.4"]


def test_every_link_type_is_used_with_lags_and_a_lead(project: Project) -> None:
    assert {link.type for link in project.links.values()} == set(LinkType)
    lags = [link.lag.amount for link in project.links.values()]
    assert any(lag > 0 for lag in lags)
    assert any(lag < 0 for lag in lags)


def test_predecessors_in_the_source_are_written_as_planner_writes_them(project: Project, plan: Schedule) -> None:
    """The source's IDs are the rows' numbers, so its Predecessors read as the table shows them."""
    source = tomllib.loads((files("planner.resources") / "demo" / "portal.toml").read_text(encoding="utf-8"))
    for row in source["tasks"]:
        uid = task_id(project, row["name"])
        assert plan.outline.ids.id_of(uid) == row["id"], row["name"]
        links = [k for k in project.links.values() if k.successor_id == uid]
        assert format_predecessors(links, plan.outline.ids, project.units) == row.get("predecessors", ""), row["name"]


def test_milestones_exist_and_take_no_time(project: Project, plan: Schedule) -> None:
    expected = [
        "Requirements signed off",
        "Design approved",
        "Build complete (feature freeze)",
        "SIT exit criteria met",
        "UAT signed off",
        GO_LIVE,
        "Project closed",
    ]
    milestones = [t.name for t in project.tasks.values() if t.milestone]
    for name in expected:
        assert name in milestones
    for task in project.tasks.values():
        if task.milestone:
            dates = plan.dates(task.id)
            assert task.duration.minutes == 0
            assert dates.start == dates.finish, task.name


def test_constraints_and_priorities_are_used(project: Project, plan: Schedule) -> None:
    kinds = {t.constraint_type for t in project.tasks.values()}
    assert {ConstraintType.SNET, ConstraintType.MSO, ConstraintType.FNLT} <= kinds
    for task in project.tasks.values():
        if task.constraint_type is ConstraintType.FNLT:
            assert plan.dates(task.id).finish <= task.constraint_date, task.name
        if task.constraint_type is ConstraintType.MSO and task.actual_start is None:
            assert plan.dates(task.id).start == task.constraint_date, task.name
    assert len({t.priority for t in project.tasks.values()}) >= 3
    assert sum(1 for t in project.tasks.values() if t.notes) >= 8


def test_every_link_is_honoured_by_tasks_not_yet_started(project: Project, plan: Schedule) -> None:
    calendar = compile_calendars(project)[project.calendar_id]
    for link in project.links.values():
        successor = project.tasks[link.successor_id]
        if successor.actual_start is not None:
            continue
        pred, succ = plan.dates(link.predecessor_id), plan.dates(link.successor_id)
        source = pred.finish if link.type in (LinkType.FS, LinkType.FF) else pred.start
        target = succ.finish if link.type in (LinkType.FF, LinkType.SF) else succ.start
        assert link.lag.unit == "m"
        assert calendar.offset(target) >= calendar.offset(source) + link.lag.amount, (
            f"{link.predecessor_id}{link.type.value} -> {link.successor_id} {successor.name}"
        )


# -- critical path -----------------------------------------------------------


def test_critical_path_runs_through_build_sit_uat_to_go_live(project: Project, plan: Schedule) -> None:
    go_live = task_id(project, GO_LIVE)
    assert plan.is_critical(go_live)
    chain = [project.tasks[t].name for t in chain_to(plan, go_live)]
    order = [
        "Requirements signed off",
        "Design approved",
        "Build complete (feature freeze)",
        "SIT execution (end to end, CRM and SSO)",
        "SIT exit criteria met",
        "UAT execution by key users",
        "UAT signed off",
        "Go/no-go decision (steering committee #3)",
        "Cutover weekend: final migration and DNS switch",
        GO_LIVE,
    ]
    assert [name for name in chain if name in order] == order
    assert all(plan.is_critical(task_id(project, name)) for name in order)
    # At the status date the remaining critical work starts in requirements, still in progress.
    first = project.tasks[chain_to(plan, go_live)[0]]
    assert first.actual_start is not None and 0 < first.percent_complete < 100
    assert plan.start_driver(first.id).kind == "progress"


def test_critical_path_is_continuous_at_the_status_date(project: Project, plan: Schedule) -> None:
    for tid in plan.critical_path():
        task = project.tasks[tid]
        if task.constraint_type in PINNED:
            continue
        predecessor = driving_predecessor(plan, tid)
        if predecessor is None:  # only the remaining work of a started task may head the path
            assert plan.start_driver(tid).kind == "progress", task.name
            assert 0 < task.percent_complete < 100, task.name
        else:
            assert plan.is_critical(predecessor), f"{task.name} is driven by non-critical {predecessor}"


def test_planned_critical_path_runs_from_kick_off_to_go_live() -> None:
    planned = schedule(baseline())
    go_live = task_id(planned.project, GO_LIVE)
    chain = chain_to(planned, go_live)
    assert planned.project.tasks[chain[0]].name == "Project kick-off meeting"
    assert planned.start_driver(chain[0]).kind == "project start"
    # Without progress, and with work on the people's calendars (Deniz's vacation, Laura's four-day
    # week), the go/no-go falls on a Tuesday: the 70-hour elapsed cutover ends Friday morning and the
    # whole driving chain is critical.
    cutover = chain.index(task_id(planned.project, "Cutover weekend: final migration and DNS switch"))
    assert planned.dates(chain[cutover]).start.weekday() == 1
    assert all(planned.is_critical(t) for t in chain)
    for tid in planned.critical_path():
        predecessor = driving_predecessor(planned, tid)
        if predecessor is not None and predecessor != chain[cutover]:
            assert planned.is_critical(predecessor), planned.project.tasks[tid].name


# -- deadlines and dates -----------------------------------------------------


def test_exactly_the_requirements_sign_off_misses_its_deadline_slightly(project: Project, plan: Schedule) -> None:
    late = [t for t in project.tasks if plan.dates(t).late_against_deadline]
    assert [project.tasks[t].name for t in late] == ["Requirements signed off"]
    signed_off = plan.dates(late[0])
    assert signed_off.finish == datetime(2027, 2, 22, 17, 0)
    assert project.tasks[late[0]].deadline == datetime(2027, 2, 19, 17, 0)
    assert signed_off.total_float_minutes == -project.units.minutes_per_day
    with_deadline = [t for t in project.tasks.values() if t.deadline]
    assert len(with_deadline) >= 3  # the others are met


def test_no_task_starts_on_a_weekend_holiday_or_shutdown_day(project: Project, plan: Schedule) -> None:
    german = holidays.country_holidays("DE", years=[2026, 2027])
    closed = {
        day
        for exception in project.calendar.exceptions
        if not exception.hours
        for day in (date.fromordinal(o) for o in range(exception.start.toordinal(), exception.finish.toordinal() + 1))
    }
    assert date(2027, 5, 7) in closed and date(2026, 12, 28) in closed
    for tid in plan.outline.rows():
        start = plan.dates(tid).start.date()
        name = project.tasks[tid].name
        assert start.weekday() < 5, f"{name} starts on a {start:%A}"
        assert start not in german, f"{name} starts on {german.get(start)}"
        assert start not in closed, f"{name} starts on a company closing day"


def test_project_goes_live_in_june_and_finishes_in_july_2027(project: Project, plan: Schedule) -> None:
    go_live = plan.dates(task_id(project, GO_LIVE))
    assert go_live.finish.date() == date(2027, 6, 21)
    assert go_live.finish <= project.tasks[task_id(project, GO_LIVE)].deadline
    assert (plan.project_finish.year, plan.project_finish.month) == (2027, 7)


def test_the_sequence_reads_right(project: Project, plan: Schedule) -> None:
    def at(name: str):
        return plan.dates(task_id(project, name))

    assert at("SIT execution (end to end, CRM and SSO)").start >= at("Build complete (feature freeze)").finish
    assert at("UAT execution by key users").start >= at("SIT exit criteria met").finish
    assert at("Go/no-go decision (steering committee #3)").start >= at("UAT signed off").finish
    cutover = at("Cutover weekend: final migration and DNS switch")
    assert cutover.start.weekday() == 4 and cutover.finish.weekday() == 0  # Friday through the weekend
    assert at(GO_LIVE).start >= cutover.finish
    assert at("Hypercare support (extended service hours)").start >= at(GO_LIVE).finish
    assert at("Decommission legacy portal and archive data").start >= at(GO_LIVE).finish
    sprints = [
        t for t in plan.outline.rows() if project.tasks[t].name.startswith(("Sprint 1:", "Sprint 2:", "Sprint 3:"))
    ]
    for earlier, later in pairwise(sprints):
        assert plan.dates(later).start >= plan.dates(earlier).finish
    for sprint in sprints:
        assert plan.dates(sprint).duration_minutes == 10 * project.units.minutes_per_day


# -- progress, calendar, resources -------------------------------------------


def test_progress_at_the_status_date(project: Project, plan: Schedule) -> None:
    status = project.status_date
    assert status == datetime(2027, 2, 15, 17, 0)
    done = [t for t in project.tasks.values() if t.percent_complete >= 100]
    running = [t for t in project.tasks.values() if 0 < t.percent_complete < 100]
    assert len(done) >= 5 and len(running) >= 2
    assert project.tasks[task_id(project, "Project kick-off meeting")] in done
    for task in done:
        assert task.actual_start is not None and task.actual_finish is not None and task.actual_finish <= status
    for task in running:
        assert task.actual_start < status < plan.dates(task.id).finish
    for task in project.tasks.values():
        if task.actual_start is None and not plan.outline.is_summary(task.id):
            assert plan.dates(task.id).start >= status, f"{task.name} is not started but scheduled in the past"


def test_calendar_is_german_with_a_christmas_shutdown(project: Project) -> None:
    calendar = project.calendar
    assert calendar.country == "DE"
    names = [e.name for e in calendar.exceptions]
    assert any("Christmas" in name for name in names)
    work = compile_calendars(project)[project.calendar_id]
    assert not work.is_working_day(date(2027, 3, 26))  # Good Friday
    assert not work.is_working_day(date(2027, 5, 7))  # bridge day after Ascension
    assert work.is_working_day(date(2027, 5, 10))


def test_resources_and_assignments(project: Project) -> None:
    resources = project.resources
    assert 10 <= len(resources) <= 14
    people = [r for r in resources.values() if r.kind == "work"]
    assert all(r.standard_rate > 0 and r.max_units > 0 and r.initials for r in people)
    assert all(r.initials for r in resources.values())
    summaries = {t.parent_id for t in project.tasks.values()}
    assigned = {a.task_id for a in project.assignments.values()}
    for a in project.assignments.values():
        task = project.tasks[a.task_id]
        assert a.resource_id in resources
        assert a.task_id not in summaries and not task.milestone, task.name
        assert a.units > 0 and a.work_minutes > 0
    for task in project.tasks.values():
        if task.id not in summaries and not task.milestone:
            assert task.id in assigned, f"nobody works on {task.name}"
    cost = sum(a.work_minutes / 60 * resources[a.resource_id].standard_rate for a in project.assignments.values())
    assert 200_000 < cost < 600_000  # labour budget of a mid-size portal project, in EUR


def test_each_call_builds_a_fresh_project() -> None:
    first = demo_project()
    first.tasks.clear()
    assert len(demo_project().tasks) > 60


# -- the reader's messages ---------------------------------------------------

HEAD = """
[project]
name = "Small"
start = 2027-01-04T08:00:00

[[resources]]
id = 1
name = "Anna Schmidt"
initials = "AS"
"""


def tasks_toml(*rows: str) -> str:
    return HEAD + "".join(f"\n[[tasks]]\n{row.strip()}\n" for row in rows)


def test_reader_builds_a_small_project() -> None:
    project = project_from_toml(
        tasks_toml(
            'id = 1\nlevel = 1\nname = "Phase"',
            'id = 2\nlevel = 2\nname = "Work"\nduration = "3d"\nresources = "AS[50%]"',
            'id = 3\nlevel = 2\nname = "Done"\nmilestone = true\npredecessors = "2FS+1d"\ndeadline = 2027-01-29',
        )
    )
    phase, work, done = (project.tasks[task_id(project, name)] for name in ("Phase", "Work", "Done"))
    assert work.parent_id == phase.id and done.parent_id == phase.id and work.position < done.position
    assert done.deadline == datetime(2027, 1, 29, 17, 0)
    [link] = project.links.values()
    assert (link.predecessor_id, link.successor_id, link.lag.amount) == (work.id, done.id, 480)
    [assignment] = project.assignments.values()
    assert (assignment.units, assignment.work_minutes) == (0.5, 720)


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (['id = 1\nlevel = 1\nname = "A"\nduration = "3 parsecs"'], "task 1 'A': duration"),
        (['id = 1\nlevel = 1\nname = "A"\nduration = "3d"\npredecessors = "9"'], "task 1 'A': predecessor 9 is not"),
        (['id = 1\nlevel = 1\nname = "A"\nduraton = "3d"'], "task 1 'A': unknown key 'duraton'"),
        (
            ['id = 1\nlevel = 1\nname = "A"', 'id = 2\nlevel = 3\nname = "B"\nduration = "1d"'],
            "task 2 'B': level 3 skips",
        ),
        (
            ['id = 1\nlevel = 1\nname = "A"\nduration = "1d"', 'id = 1\nlevel = 1\nname = "B"\nduration = "1d"'],
            "already",
        ),
        (
            ['id = 1\nlevel = 1\nname = "A"\nduration = "1d"', 'id = 2\nlevel = 2\nname = "B"\nduration = "1d"'],
            "task 1 'A': is a summary task",
        ),
        (
            ['id = 1\nlevel = 1\nname = "A"', 'id = 2\nlevel = 2\nname = "B"\nduration = "1d"\npredecessors = "1"'],
            "task 2 'B': cannot be linked to task 1",
        ),
        (
            [
                'id = 1\nlevel = 1\nname = "A"',
                'id = 2\nlevel = 2\nname = "B"\nduration = "1d"',
                'id = 3\nlevel = 1\nname = "C"\nduration = "1d"',
                'id = 4\nlevel = 1\nname = "D"\npredecessors = "3FF"',
                'id = 5\nlevel = 2\nname = "E"\nduration = "1d"',
            ],
            "task 4 'D': is a summary task; only FS and SS",
        ),
        (['id = 1\nlevel = 1\nname = "A"\nduration = "1d"\npercent_complete = 50'], "task 1 'A': 50% complete needs"),
        (
            ['id = 1\nlevel = 1\nname = "A"\nduration = "1d"\nresources = "ZZ"'],
            "task 1 'A': no resource has the initials",
        ),
        (['id = 1\nlevel = 1\nname = "A"\nmilestone = true\nduration = "2d"'], "task 1 'A': a milestone takes no time"),
        (['id = 1\nlevel = 1\nname = "A"\nduration = "1d"\nconstraint = "SNET"'], "task 1 'A': constraint SNET"),
        (['id = 1\nlevel = 1\nname = "A"\nduration = "1d"\nconstraint = "SOON"'], "task 1 'A': constraint 'SOON'"),
        (['id = 1\nlevel = 1\nname = "A"\nduration = "0d"'], "task 1 'A': a task of no duration is a milestone"),
    ],
)
def test_reader_names_the_task_of_a_mistake(rows: list[str], message: str) -> None:
    with pytest.raises(InputError) as error:
        project_from_toml(tasks_toml(*rows), "small.toml")
    assert str(error.value).startswith("small.toml: ")
    assert message in str(error.value)


def test_reader_rejects_broken_toml_and_unknown_countries() -> None:
    with pytest.raises(InputError, match="not valid TOML"):
        project_from_toml("[project\nname = 1")
    with pytest.raises(InputError, match=r"\[calendar\]: no public holidays"):
        project_from_toml(HEAD + '\n[calendar]\ncountry = "XX"\n')
