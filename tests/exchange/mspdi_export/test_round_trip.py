"""Planner's own MS Project XML import of its export gives back the project (a property test).

Random projects use what the export carries: a WBS, working and elapsed durations,
milestones, every constraint, deadlines, priorities, notes, progress, links of every type
with working, elapsed and % lags, calendars with exceptions and a resource calendar on its
base, work and material resources with rates, assignments and a baseline. Imported back,
every table holds the same rows under the same Unique IDs. What Planner derives rather than
stores or does not use (a summary's duration and % complete, the order numbers among
siblings, the week of a calendar that works its base's, how exception days are split into
ranges) is compared as derived: the same outline, the same days, the same schedule.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

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
from planner.core.model.msproject import MsProjectTask
from planner.core.model.wbs import Outline
from planner.core.progress import JobSteps
from planner.exchange.mspdi.reader import read_mspdi
from planner.exchange.mspdi_export.writer import write_mspdi

from .projects import scheduled

DURATIONS = [Duration(m) for m in (0, 30, 60, 240, 480, 480, 720, 1440, 2400)] + [
    Duration(1440, True),
    Duration(90, True),
]
LAGS = [Lag(), Lag(), Lag(60), Lag(480), Lag(-240), Lag(50, "%"), Lag(-25, "%"), Lag(1440, "em"), Lag(-720, "em")]
STARTS = [datetime(2027, 1, 4, 8, 0), datetime(2027, 1, 6, 10, 30)]
DAYS = [date(2027, 1, 6), date(2027, 1, 11), date(2027, 1, 22), date(2027, 2, 1)]
FOUR_DAYS = (((8 * 60, 12 * 60), (13 * 60, 17 * 60)),) * 4 + ((), (), ())
RATE_UNITS = ["h", "d", "w"]


@st.composite
def projects(draw: st.DrawFn) -> Project:
    project = Project(
        honour_constraints=draw(st.booleans()),
        default_start_time=draw(st.sampled_from([time(8, 0), time(9, 0)])),
        default_finish_time=draw(st.sampled_from([time(17, 0), time(18, 0)])),
        name=draw(st.sampled_from(["Portal", "Data centre move", "R&D <beta>"])),
        start=draw(st.sampled_from(STARTS)),
    )
    for day in draw(st.lists(st.sampled_from(DAYS), max_size=2, unique=True)):
        hours = draw(st.sampled_from([(), ((8 * 60, 12 * 60),)]))
        project.calendar.exceptions.append(CalendarException(day, day, draw(st.sampled_from(["", "Holiday"])), hours))
    project.calendars[2] = Calendar(2, "Four days", week=FOUR_DAYS)
    project.calendars[3] = Calendar(3, "Ana", base_id=1, inherits_week=draw(st.booleans()), week=FOUR_DAYS)
    if draw(st.booleans()):
        project.calendars[3].exceptions.append(CalendarException(date(2027, 1, 13), date(2027, 1, 15), "Vacation"))
    _tasks(draw, project)
    _links(draw, project)
    _team(draw, project)
    _baseline(draw, project)
    return project


def _tasks(draw: st.DrawFn, project: Project) -> None:
    size = draw(st.integers(1, 25))
    stack: list[int] = []
    for task_id in range(1, size + 1):
        stack = stack[: draw(st.integers(0, min(len(stack), 3)))]
        milestone = draw(st.integers(0, 9)) == 0
        task = Task(
            task_id,
            f"T{task_id}",
            parent_id=stack[-1] if stack else None,
            position=task_id,
            duration=Duration(0) if milestone else draw(st.sampled_from(DURATIONS)),
            milestone=milestone,
            priority=draw(st.sampled_from([500, 500, 0, 1000, 750])),
            notes=draw(st.sampled_from(["", "", "Check with the vendor.\nTwice."])),
            calendar_id=draw(st.sampled_from([None, None, None, 2])),
        )
        constraint = draw(st.sampled_from(list(ConstraintType)))
        if constraint.needs_date:
            task.constraint_type = constraint
            task.constraint_date = project.start + timedelta(
                days=draw(st.integers(0, 20)), hours=draw(st.sampled_from([0, 9]))
            )
        elif constraint == ConstraintType.ALAP:
            task.constraint_type = constraint
        if draw(st.integers(0, 4)) == 0:
            task.deadline = datetime(2027, 2, 1, 17, 0) + timedelta(days=draw(st.integers(0, 30)))
        if draw(st.integers(0, 3)) == 0:
            task.percent_complete = float(draw(st.sampled_from([10, 50, 100])))
            task.actual_start = project.start
        if draw(st.integers(0, 4)) == 0:
            guid = f"00000000-0000-4000-8000-{task_id:012d}"
            wbs = draw(st.sampled_from(["", f"PRJ-{task_id}"]))
            project.msp_tasks[task_id] = MsProjectTask(task_id, task_id, wbs, guid, "Spec", "https://example.com/s")
        if draw(st.booleans()):
            project.task_costs[task_id] = TaskCost(
                task_id, task_id, draw(st.sampled_from([0.0, 250.0, 1999.99])), draw(st.sampled_from(list(Accrual)))
            )
        project.tasks[task_id] = task
        stack.append(task_id)


def _links(draw: st.DrawFn, project: Project) -> None:
    outline = Outline.of(project)
    ids = sorted(project.tasks)
    pairs = [(a, b) for a in ids for b in ids if a < b and a not in set(outline.ancestors(b))]
    chosen = draw(st.lists(st.sampled_from(pairs), max_size=min(len(pairs), 30), unique=True)) if pairs else []
    for link_id, (pred, succ) in enumerate(chosen, start=1):
        # a % lag after a summary is named in the export's report (not_carried.py): not drawn here
        lags = [lag for lag in LAGS if lag.unit != "%"] if outline.is_summary(pred) else LAGS
        project.links[link_id] = Link(
            link_id, pred, succ, draw(st.sampled_from(list(LinkType))), draw(st.sampled_from(lags))
        )


def _team(draw: st.DrawFn, project: Project) -> None:
    project.resources[1] = Resource(
        1,
        "Ana",
        initials="A",
        max_units=draw(st.sampled_from([0.5, 1.0, 2.0])),
        standard_rate=60.0,
        standard_rate_unit=draw(st.sampled_from(RATE_UNITS)),
        overtime_rate=90.0,
        calendar_id=3,
        group="Dev",
        email="ana@example.com",
        accrue_at=draw(st.sampled_from(["start", "prorated", "end"])),
    )
    project.resources[2] = Resource(2, "Bo", standard_rate=45.5, cost_per_use=12.5)
    project.resources[3] = Resource(3, "Licences", kind="material", material_label="licence", standard_rate=99.0)
    project.resources[4] = Resource(4, "Travel", kind="cost")
    leaves = [t for t in project.tasks if not any(o.parent_id == t for o in project.tasks.values())]
    for number, task_id in enumerate(draw(st.lists(st.sampled_from(leaves), max_size=6)), start=1):
        resource = draw(st.sampled_from([1, 2, 3, 4]))
        units = {3: 3.0, 4: 1.0}.get(resource) or draw(st.sampled_from([0.5, 1.0]))
        work = round(project.tasks[task_id].duration.minutes * units) if resource < 3 else 0
        recorded = draw(st.sampled_from([None, None, min(120, work)])) if work else None
        cost = draw(st.sampled_from([0.0, 480.25])) if resource == 4 else 0.0
        delay = draw(st.sampled_from([0, 0, 240])) if work else 0
        project.assignments[number] = Assignment(
            number, task_id, resource, units, work, actual_work_minutes=recorded, cost=cost, delay_minutes=delay
        )


def _baseline(draw: st.DrawFn, project: Project) -> None:
    if not draw(st.booleans()):
        return
    project.baselines[1] = Baseline(1, draw(st.sampled_from([0, 1, 10])), for_variance=True)
    for row, task_id in enumerate(sorted(project.tasks), start=1):
        start = project.start + timedelta(days=row)
        project.task_baselines[row] = TaskBaseline(row, 1, task_id, start, start + timedelta(hours=9), 480, 960, 1234.5)


def _round_trip(project: Project, folder: Path) -> Project:
    path = folder / "plan.xml"
    write_mspdi(scheduled(project), path, JobSteps())
    found = read_mspdi(path)
    assert found.not_carried == []
    return found.project


def _exception_days(calendar: Calendar) -> dict[date, tuple]:
    """Day -> (name, hours) of every day an exception covers; a later exception wins, as in the scheduler."""
    days = {}
    for exception in calendar.exceptions:
        for n in range((exception.finish - exception.start).days + 1):
            days[exception.start + timedelta(days=n)] = (exception.name, tuple(exception.hours))
    return days


KEPT_ON_THE_TASK = ("msp_tasks", "links", "task_costs", "baselines", "task_baselines")


def _key(project: Project, table: str, row) -> object:
    """How MSPDI tells a row: its UID, or for what it keeps on a task (links on their successor), the
    task (and the predecessor, the baseline's number); those rows' own IDs have no place in the file."""
    if table == "links":
        return row.predecessor_id, row.successor_id
    if table in ("task_costs", "msp_tasks"):
        return row.task_id
    if table == "baselines":
        return row.number
    if table == "task_baselines":
        return row.task_id, project.baselines[row.baseline_id].number
    return row.id


def _rows(project: Project, table: str) -> dict:
    """A table's rows as plain values, less what Planner derives instead of storing."""
    summaries = set(Outline.of(project).children) - {None}
    rows = {}
    for key, row in project.table(table).items():
        values = dataclasses.asdict(row)
        key = _key(project, table, row)
        if table in KEPT_ON_THE_TASK:
            values.pop("id"), values.pop("baseline_id", None)
        if table == "task_costs" and not row.fixed_cost and row.account_id is None:
            continue  # no money to accrue: the same as no row
        if table == "calendars":
            values["exceptions"] = _exception_days(row)  # the days, however they are split into ranges
            if row.inherits_week:
                values.pop("week")  # the base's week is worked, whatever the calendar's own says
        if table == "tasks":
            values.pop("position")
            if key in summaries:  # rolled up from the subtasks
                values.pop("duration"), values.pop("percent_complete")
        rows[key] = values
    return rows


def _differences(got: dict, want: dict) -> list[tuple]:
    """(row, field, imported, exported) of every value that came back otherwise, and rows that did not."""
    found = [(key, "row", key in got, key in want) for key in set(got) ^ set(want)]
    for key in set(got) & set(want):
        found += [(key, f, got[key].get(f), value) for f, value in want[key].items() if got[key].get(f) != value]
    return sorted(found, key=str)


TABLES = (
    "msp_tasks",
    "calendars",
    "tasks",
    "links",
    "resources",
    "assignments",
    "task_costs",
    "baselines",
    "task_baselines",
)


@given(projects())
def test_the_import_of_the_export_is_the_project(tmp_path_factory, project: Project) -> None:
    back = _round_trip(project, tmp_path_factory.mktemp("round"))
    settings = ("name", "start", "status_date", "currency", "units", "calendar_id", "honour_constraints")
    for setting in (*settings, "default_start_time", "default_finish_time"):
        assert getattr(back, setting) == getattr(project, setting), setting
    for table in TABLES:
        assert _differences(_rows(back, table), _rows(project, table)) == [], table
    assert list(Outline.of(back).rows()) == list(Outline.of(project).rows())
    before, after = scheduled(project), scheduled(back)
    assert [after.span(t) for t in project.tasks] == [before.span(t) for t in project.tasks]
