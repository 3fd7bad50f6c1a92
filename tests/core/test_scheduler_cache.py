"""The Scheduler's cache never changes a schedule: after any sequence of edits, what it gives
equals a fresh `schedule(project)` on every field (hypothesis).

A random project (test_schedule_properties.projects, with a second calendar to switch tasks
to) takes random edits of every kind a user makes: durations (working, elapsed, zero),
calendars, constraints, deadlines, progress, links typed as predecessors, inserts, deletes,
indents, outdents, moves, the project start and status date, a calendar's holidays, and a
resource. Each goes the way Document.apply takes it: applied, then `Scheduler.update` with
what it touched; an edit the scheduler refuses (a loop) is taken back, and the scheduler
must still agree with a fresh run afterwards.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from planner.core.edits import link_edits, outline_edits, task_edits
from planner.core.edits.edit import Edit, Put, SetProject, apply_edit
from planner.core.errors import PlannerError
from planner.core.model.duration import Duration
from planner.core.model.entities import Calendar, CalendarException, ConstraintType, Project, Resource, Task
from planner.core.schedule.engine import schedule
from planner.core.schedule.result import Schedule
from planner.core.schedule.scheduler import Scheduler

from .test_schedule_properties import projects

FOUR_DAY_WEEK = Calendar(2, "Four days", week=(*Calendar(0, "").week[:4], (), (), ()))
WHEN = [datetime(2027, 1, d, h) for d in (4, 6, 8, 13) for h in (8, 12, 17)]
DURATIONS = ["0", "1h", "2d", "5d", "3ed", "1w"]
PREDECESSORS = ["{0}", "{0}FS+1d", "{0}SS", "{0}FF-2h", "{0}SF", "{0}FS+50%", "{0}FS+2ed", "{0};{1}SS+1d", ""]


def _task_edit(draw: st.DrawFn, project: Project, task_id: int) -> Edit | None:
    """One edit of one task's fields, through core's own edit builders."""
    kind = draw(st.sampled_from(["duration", "calendar", "constraint", "deadline", "progress", "rename"]))
    if kind == "duration":
        return task_edits.set_duration(project, task_id, draw(st.sampled_from(DURATIONS)))
    if kind == "calendar":
        return task_edits.set_task_calendar(project, task_id, draw(st.sampled_from([None, 1, 2])))
    if kind == "constraint":
        constraint = draw(st.sampled_from(list(ConstraintType)))
        return task_edits.set_constraint(project, task_id, constraint, draw(st.sampled_from(WHEN)))
    if kind == "deadline":
        return task_edits.set_deadline(project, task_id, draw(st.sampled_from([None, *WHEN])))
    if kind == "progress":
        return task_edits.set_percent_complete(project, task_id, draw(st.sampled_from([0, 50, 100])), WHEN[0])
    return task_edits.rename(project, task_id, "renamed")


def _project_edit(draw: st.DrawFn, project: Project) -> Edit:
    """The project's start or status date, a holiday in its calendar, or a resource (which the
    scheduler does not read)."""
    kind = draw(st.sampled_from(["start", "status", "holiday", "resource"]))
    if kind == "start":
        start = draw(st.sampled_from([datetime(2027, 1, 4, 8), datetime(2027, 1, 6, 13), datetime(2028, 1, 3, 8)]))
        return Edit("start", (SetProject({"start": project.start}, {"start": start}),))
    if kind == "status":
        status = draw(st.sampled_from([None, datetime(2027, 1, 7, 12)]))
        return Edit("status", (SetProject({"status_date": project.status_date}, {"status_date": status}),))
    if kind == "holiday":
        before = project.calendars[1]
        day = draw(st.sampled_from([date(2027, 1, 5), date(2027, 1, 11)]))
        after = replace(before, exceptions=[*before.exceptions, CalendarException(day, day, "holiday")])
        return Edit("holiday", (Put("calendars", before, after),))
    resource = Resource(project.next_id("resources"), "Ann")
    return Edit("resource", (Put("resources", None, resource),))


@st.composite
def edits(draw: st.DrawFn, project: Project) -> Edit | None:
    """One random edit of the project as it is now, or None when the builder refuses it."""
    task_ids = sorted(project.tasks)
    kind = draw(st.sampled_from(["task", "task", "task", "links", "outline", "project"]))
    if kind == "project" or not task_ids:
        return _project_edit(draw, project)
    task_id = draw(st.sampled_from(task_ids))
    try:
        if kind == "task":
            return _task_edit(draw, project, task_id)
        if kind == "links":
            text = draw(st.sampled_from(PREDECESSORS)).format(*draw(st.permutations(task_ids))[:2], task_ids[0])
            return link_edits.set_predecessors(project, task_id, text)
        action = draw(st.sampled_from(["insert", "delete", "indent", "outdent", "up", "down"]))
        if action == "insert":
            return outline_edits.insert_task(project, task_id, duration=Duration(480))
        if action == "delete":
            return outline_edits.delete_tasks(project, [task_id])
        if action in ("indent", "outdent"):
            return getattr(outline_edits, action)(project, task_id)
        return outline_edits.move(project, task_id, -1 if action == "up" else 1)
    except PlannerError:
        return None


def _apply(project: Project, scheduler: Scheduler, edit: Edit) -> None:
    """What Document.apply does with the schedule: an edit the scheduler refuses is taken back."""
    touched = apply_edit(project, edit)
    before = scheduler.schedule
    try:
        scheduler.update(touched)
    except PlannerError:
        apply_edit(project, edit.inverse())
        assert scheduler.schedule is before  # a refused edit leaves the schedule as it was


def assert_same(cached: Schedule, fresh: Schedule) -> None:
    """Every figure of the two runs, node by node and task by task."""
    for name in ("es", "ef", "ls", "lf", "start", "finish", "drivers", "finish_form", "exact", "late_exact"):
        assert getattr(cached, name) == getattr(fresh, name), name
    assert cached.finish_instant == fresh.finish_instant
    assert [cached.free_float[n] for n in range(len(cached.es))] == [fresh.free_float[n] for n in range(len(fresh.es))]
    a, b = cached.net, fresh.net
    for name in ("task_ids", "kinds", "durations", "up", "members", "leaf", "gate", "rollup", "warnings"):
        assert getattr(a, name) == getattr(b, name), name
    assert list(a.order) == list(b.order)
    assert [id(c) for c in a.calendars] == [id(c) for c in b.calendars]
    assert a.single_calendar == b.single_calendar
    for name in ("first", "src", "src_finish", "dst_finish", "lag", "lags"):
        assert getattr(a.links, name) == getattr(b.links, name), name
    assert list(a.links.link_ids) == list(b.links.link_ids)
    assert cached.outline == fresh.outline
    for task_id in fresh.project.tasks:
        assert cached.dates(task_id) == fresh.dates(task_id), task_id
        assert cached.start_driver(task_id) == fresh.start_driver(task_id), task_id
    assert cached.critical_path() == fresh.critical_path()


@given(projects(), st.data())
def test_the_cached_schedule_is_a_fresh_schedule_after_any_edits(project: Project, data: st.DataObject) -> None:
    project.calendars[2] = FOUR_DAY_WEEK
    scheduler = Scheduler(project)
    for _ in range(data.draw(st.integers(1, 12), label="edits")):
        edit = data.draw(edits(project))
        if edit is None:
            continue
        _apply(project, scheduler, edit)
        assert_same(scheduler.schedule, schedule(project))


def test_an_edit_of_a_duration_keeps_the_network_and_reruns_the_passes() -> None:
    """The point of the cache: typing a duration shares the outline and the links with the run
    before it, and a resource edit does not reschedule at all."""
    project = Project()
    project.tasks = {t: Task(t, f"T{t}", position=t, duration=Duration(480)) for t in (1, 2)}
    scheduler = Scheduler(project)
    before = scheduler.schedule
    _apply(project, scheduler, task_edits.set_duration(project, 1, "3d"))
    after = scheduler.schedule
    assert after.net.durations[after.net.leaf[1]] == 3 * 480
    assert after.outline is before.outline and after.net.links is before.net.links
    assert before.net.durations[before.net.leaf[1]] != 3 * 480  # the schedule before keeps its own network
    _apply(project, scheduler, Edit("resource", (Put("resources", None, Resource(1, "Ann")),)))
    assert scheduler.schedule is after
