"""Properties of every schedule, on random networks (hypothesis).

A random project is 2-40 tasks in a random WBS (summaries nest up to a few levels),
with durations from 0 to a week, and links of every type between tasks that are
not each other's ancestors, with working, elapsed, percent and negative lags. No
constraints, deadlines or progress: with those the floats may rightly go negative.

On the scheduled dates:
- every link holds (FF and SF links onto a summary are ignored, with a warning);
- late dates are never before early ones, and total float is never negative;
- free float never exceeds total float;
- the critical tasks form chains from the project start to the project finish: some
  critical task starts at the project start, some finishes at the project finish,
  and every other critical task is driven by a link from a critical task (through
  the summaries it belongs to, whose incoming links drive their children).
  This one holds for working-time lags only: an elapsed lag that ends in non-working
  time leaves its predecessor some float (a day's slip that ends Saturday instead of
  Friday moves nothing), while the successor may still be critical.

With random constraints and deadlines on top: every constraint date is honoured (it
wins over links), total float is LS - ES = LF - EF, free float never exceeds it,
critical means total float <= 0, and a deadline bounds the late finish. A summary's
late finish is its subtasks' latest, its late start their earliest, its total float
LF - EF (MS Project).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from planner.core.model.duration import Duration, Lag
from planner.core.model.entities import CalendarException, ConstraintType, Link, LinkType, Project, Task
from planner.core.schedule.engine import compile_calendars, schedule
from planner.core.schedule.result import Schedule
from planner.core.schedule.worktime import WorkTime

from .dates import show

DURATIONS = [0, 0, 30, 60, 240, 300, 480, 480, 720, 960, 1440, 2400]
LAGS = [
    Lag(),
    Lag(),
    Lag(),
    Lag(60),
    Lag(480),
    Lag(-240),
    Lag(-480),
    Lag(50, "%"),
    Lag(-25, "%"),
    Lag(1440, "em"),
    Lag(-720, "em"),
]
STARTS = [datetime(2027, 1, 4, 8, 0), datetime(2027, 1, 2, 8, 0), datetime(2027, 1, 6, 10, 30)]
HOLIDAYS = [date(2027, 1, 6), date(2027, 1, 11), date(2027, 1, 12), date(2027, 1, 22)]


@st.composite
def projects(draw: st.DrawFn, elapsed_lags: bool = True) -> Project:
    size = draw(st.integers(2, 40))
    nested = draw(st.booleans())
    project = Project(name="random", start=draw(st.sampled_from(STARTS)))
    for day in draw(st.lists(st.sampled_from(HOLIDAYS), max_size=2, unique=True)):
        project.calendar.exceptions.append(CalendarException(day, day, "holiday"))
    stack: list[int] = []  # the open branch of the WBS, in row (preorder) order
    ancestors: dict[int, set[int]] = {}
    for task_id in range(1, size + 1):
        depth = draw(st.integers(0, min(len(stack), 3))) if nested else 0
        stack = stack[:depth]
        parent = stack[-1] if stack else None
        ancestors[task_id] = set(stack)
        duration = Duration(draw(st.sampled_from(DURATIONS)))
        project.tasks[task_id] = Task(task_id, f"T{task_id}", parent_id=parent, position=task_id, duration=duration)
        stack.append(task_id)
    pairs = [(a, b) for a in range(1, size + 1) for b in range(a + 1, size + 1) if a not in ancestors[b]]
    chosen = draw(st.lists(st.sampled_from(pairs), max_size=min(len(pairs), size * 2), unique=True)) if pairs else []
    for link_id, (pred, succ) in enumerate(chosen, start=1):
        kind = draw(st.sampled_from(list(LinkType)))
        lags = LAGS if elapsed_lags else [lag for lag in LAGS if lag.unit != "em"]
        project.links[link_id] = Link(link_id, pred, succ, kind, draw(st.sampled_from(lags)))
    return project


@dataclass
class Checked:
    project: Project
    result: Schedule
    calendar: WorkTime

    def describe(self) -> str:
        lines = [f"project start {show(self.project.start)}, holidays {self.project.calendar.exceptions}"]
        for task in self.project.tasks.values():
            dates = self.result.dates(task.id)
            kind = "summary" if dates.summary else f"{task.duration.minutes}m"
            lines.append(
                f"  {task.id} parent={task.parent_id} {kind}: "
                f"ES {show(dates.early_start)} EF {show(dates.early_finish)}"
                f" LS {show(dates.late_start)} LF {show(dates.late_finish)} TF {dates.total_float_minutes}"
                f" FF {dates.free_float_minutes} {'critical' if dates.critical else ''}"
            )
        for link in self.project.links.values():
            lines.append(f"  link {link.id}: {link.predecessor_id}{link.type.value}{link.lag} -> {link.successor_id}")
        return "\n".join(lines)


def _schedule(project: Project) -> Checked:
    calendar = compile_calendars(project)[project.calendar_id]
    return Checked(project, schedule(project), calendar)


def _lag_bound(checked: Checked, moment: datetime, link: Link) -> datetime:
    """The earliest instant the successor's point may have: `moment` plus the link's lag."""
    lag = link.lag
    predecessor = checked.project.tasks[link.predecessor_id]
    if lag.unit == "%":
        minutes = round(predecessor.duration.minutes * lag.amount / 100)
        lag = Lag(minutes, "em" if predecessor.duration.elapsed else "m")
    if lag.amount == 0:
        return moment
    if lag.unit == "em":
        return moment + timedelta(minutes=lag.amount)
    return checked.calendar.finish_of(checked.calendar.offset(moment) + int(lag.amount))


@given(projects())
def test_every_link_holds(project: Project) -> None:
    checked = _schedule(project)
    result = checked.result
    summaries = set(result.net.rollup)
    for link in project.links.values():
        if link.successor_id in summaries and link.type in (LinkType.FF, LinkType.SF):
            assert any(f"link {link.id} ignored" in w for w in result.net.warnings), checked.describe()
            continue
        pred, succ = result.dates(link.predecessor_id), result.dates(link.successor_id)
        source = pred.finish if link.type.value[0] == "F" else pred.start
        target = succ.finish if link.type.value[1] == "F" else succ.start
        bound = _lag_bound(checked, source, link)
        # Time is working time: a finish at Monday 17:00 meets a bound of Tuesday 08:00. A
        # zero-length task is one instant, and is never shown before what it follows.
        calendar = checked.calendar
        zero = succ.start == succ.finish
        assert target >= bound or (not zero and calendar.offset(target) >= calendar.offset(bound)), (
            f"link {link.id} {link.predecessor_id}{link.type.value}{link.lag} -> {link.successor_id}: "
            f"{show(target)} is before {show(bound)}\n{checked.describe()}"
        )


@given(projects())
def test_floats_are_consistent(project: Project) -> None:
    checked = _schedule(project)
    result = checked.result
    for task_id in project.tasks:
        dates = result.dates(task_id)
        where = f"task {task_id}\n{checked.describe()}"
        assert dates.late_start >= dates.early_start, where
        assert dates.late_finish >= dates.early_finish, where
        assert dates.total_float_minutes >= 0, where
        assert 0 <= dates.free_float_minutes <= dates.total_float_minutes, where
        assert dates.critical == (dates.total_float_minutes == 0), where
        assert dates.start == dates.early_start and dates.finish == dates.early_finish, where


def _resolve(result: Schedule, task_id: int):
    """The start driver of a task, followed up through the summaries that pass theirs on."""
    driver = result.start_driver(task_id)
    while driver.kind == "summary":
        driver = result.start_driver(driver.summary_id)
    return driver


@given(projects(elapsed_lags=False))
def test_critical_tasks_chain_from_start_to_finish(project: Project) -> None:
    checked = _schedule(project)
    result = checked.result
    first = checked.calendar.start_of(checked.calendar.offset(project.start))
    critical = {t: result.dates(t) for t in project.tasks if result.dates(t).critical}
    where = checked.describe()
    assert critical, f"no critical task\n{where}"
    assert any(d.early_start <= first for d in critical.values()), f"no critical task starts at the start\n{where}"
    assert any(d.early_finish == result.project_finish for d in critical.values()), (
        f"no critical task finishes at the project finish {show(result.project_finish)}\n{where}"
    )
    for task_id, dates in critical.items():
        if dates.summary:
            continue
        driver = _resolve(result, task_id)
        if driver.kind == "project start":
            assert dates.early_start <= first, f"task {task_id} is driven by the project start\n{where}"
            continue
        assert driver.kind == "link", where
        predecessor = project.links[driver.link_id].predecessor_id
        assert predecessor in critical, f"critical task {task_id} is driven by non-critical {predecessor}\n{where}"
    path = result.critical_path()
    assert set(path) == {t for t, d in critical.items() if not d.summary}, where
    starts = [critical[t].early_start for t in path]
    assert starts == sorted(starts), where


@given(projects())
def test_scheduling_is_repeatable(project: Project) -> None:
    first, second = schedule(project), schedule(project)
    for task_id in project.tasks:
        assert first.dates(task_id) == second.dates(task_id)


CONSTRAINTS = [c for c in ConstraintType if c.needs_date]
CONSTRAINT_DATES = [datetime(2027, 1, d, h) for d in (4, 5, 7, 8, 11, 13) for h in (8, 12, 17)]


@st.composite
def constrained_projects(draw: st.DrawFn) -> Project:
    """Random projects whose leaves may carry a constraint and a deadline."""
    project = draw(projects())
    summaries = {t.parent_id for t in project.tasks.values()}
    for task in project.tasks.values():
        if task.id in summaries:
            continue
        if draw(st.integers(0, 3)) == 0:
            task.constraint_type = draw(st.sampled_from(CONSTRAINTS))
            task.constraint_date = draw(st.sampled_from(CONSTRAINT_DATES))
        if draw(st.integers(0, 4)) == 0:
            task.deadline = draw(st.sampled_from(CONSTRAINT_DATES))
    return project


@given(constrained_projects())
def test_constraint_dates_win_over_links(project: Project) -> None:
    """Tasks honour their constraint dates whatever their links say; floats stay consistent."""
    checked = _schedule(project)
    result, calendar = checked.result, checked.calendar
    for task in project.tasks.values():
        if task.id not in result.net.leaf:
            continue
        dates = result.dates(task.id)
        where = f"task {task.id} {task.constraint_type.value} {task.constraint_date}\n{checked.describe()}"
        start, finish = calendar.offset(dates.early_start), calendar.offset(dates.early_finish)
        day = calendar.offset(task.constraint_date) if task.constraint_date else None
        kind = task.constraint_type
        if kind is ConstraintType.MSO:
            assert start == day, where
        elif kind is ConstraintType.MFO:
            assert finish == day, where
        elif kind is ConstraintType.SNET:
            assert start >= day, where
        elif kind is ConstraintType.SNLT:
            assert start <= day, where
        elif kind is ConstraintType.FNET:
            assert finish >= day, where
        elif kind is ConstraintType.FNLT:
            assert finish <= day, where
        late_start, late_finish = calendar.offset(dates.late_start), calendar.offset(dates.late_finish)
        assert late_start - start == dates.total_float_minutes == late_finish - finish, where
        assert dates.free_float_minutes <= max(dates.total_float_minutes, 0), where
        assert dates.critical == (dates.total_float_minutes <= 0), where
        if task.deadline is not None:
            assert dates.late_against_deadline == (dates.finish > task.deadline), where
            assert late_finish <= calendar.offset(task.deadline), where


@given(constrained_projects())
def test_summaries_take_their_late_dates_from_their_subtasks(project: Project) -> None:
    """A summary's late finish is its subtasks' latest and its late start their earliest (MS
    Project), its total float its late finish less its early finish, and span() is dates()'s."""
    checked = _schedule(project)
    result, calendar = checked.result, checked.calendar
    for task_id in project.tasks:
        dates = result.dates(task_id)
        where = f"task {task_id}\n{checked.describe()}"
        assert result.span(task_id) == (dates.start, dates.finish), where
        children = result.outline.children.get(task_id)
        if not children:
            continue
        subtasks = [result.dates(child) for child in children]
        late_finish, early_finish = calendar.offset(dates.late_finish), calendar.offset(dates.early_finish)
        assert late_finish == max(calendar.offset(d.late_finish) for d in subtasks), where
        assert calendar.offset(dates.late_start) == min(calendar.offset(d.late_start) for d in subtasks), where
        assert dates.total_float_minutes == late_finish - early_finish, where
        assert dates.critical == (dates.total_float_minutes <= 0), where
        assert 0 <= dates.free_float_minutes <= max(dates.total_float_minutes, 0), where
