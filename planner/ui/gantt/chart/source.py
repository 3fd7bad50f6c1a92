"""What the chart reads of the open document: dates, progress and calendars per task.

Converting a task's dates costs more than scheduling it (result.py), so the chart
converts only the tasks it shows and keeps them until the schedule changes: while
scrolling, a row's dates are converted once. The link index is rebuilt only when
links or the WBS change.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from planner.core.edits.changes import Changes
from planner.core.model.entities import Project, Task
from planner.core.schedule.engine import compile_calendars
from planner.core.schedule.result import Schedule, TaskDates
from planner.core.schedule.worktime import WorkTime
from planner.ui.gantt.chart.geometry import BarData
from planner.ui.gantt.chart.links import LinkIndex
from planner.ui.session import Session

CACHE_LIMIT = 20_000


class ChartSource:
    """Per-schedule caches over `session`; call `changed` with each edit's Changes."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._schedule: Schedule | None = None
        self._dates: dict[int, TaskDates] = {}
        self._bars: dict[int, BarData] = {}
        self._outlines: dict[int, BarData] = {}  # off-screen link ends: no progress or deadline
        self._calendars: dict[int, WorkTime] = {}
        self._summary_done: dict[int, float] | None = None
        self._links: LinkIndex | None = None

    @property
    def project(self) -> Project:
        return self.session.project

    @property
    def schedule(self) -> Schedule:
        schedule = self.session.schedule
        if schedule is not self._schedule:
            self._schedule = schedule
            self._dates.clear()
            self._bars.clear()
            self._outlines.clear()
            self._summary_done = None
        return schedule

    def changed(self, changes: Changes) -> None:
        if changes.structure or changes.links:  # tasks added or removed count as structure
            self._links = None
        if changes.calendars or changes.project:
            self._calendars.clear()

    def dates(self, task_id: int) -> TaskDates | None:
        """The task's computed dates, or None if the task no longer exists."""
        schedule = self.schedule
        found = self._dates.get(task_id)
        if found is None:
            if task_id not in self.project.tasks:
                return None
            if len(self._dates) > CACHE_LIMIT:
                self._dates.clear()
            found = self._dates[task_id] = schedule.dates(task_id)
        return found

    def calendar(self, task: Task | None = None) -> WorkTime:
        """The compiled calendar a task works on (the project's when `task` is None or has none)."""
        if not self._calendars:
            self._calendars = compile_calendars(self.project)
        own = self._calendars.get(task.calendar_id) if task is not None and task.calendar_id else None
        return own or self._calendars[self.project.calendar_id]

    @property
    def links(self) -> LinkIndex:
        if self._links is None:
            self._links = LinkIndex(self.project, self.schedule.outline)
        return self._links

    def bar(self, task_id: int) -> BarData | None:
        """The bar of one task, as the geometry wants it (kept until the schedule changes)."""
        self.schedule  # noqa: B018 - drops the caches if the schedule changed
        found = self._bars.get(task_id)
        if found is None:
            found = self._bar(task_id)
            if found is not None:
                if len(self._bars) > CACHE_LIMIT:
                    self._bars.clear()
                self._bars[task_id] = found
        return found

    def outline_bar(self, task_id: int) -> BarData | None:
        """Just enough of a task to aim an arrow at it when its row is off screen: dates, kind, critical.

        Uses `Schedule.span` (start and finish only) where the core offers it: converting a task's
        full dates costs five times more, and a frame may aim at a hundred tasks it does not show.
        """
        schedule = self.schedule
        found = self._bars.get(task_id) or self._outlines.get(task_id)
        if found is not None:
            return found
        span = getattr(schedule, "span", None)
        task = self.project.tasks.get(task_id)
        if span is None or task is None:
            return self.bar(task_id)
        start, finish = span(task_id)
        summary = schedule.outline.is_summary(task_id)
        if len(self._outlines) > CACHE_LIMIT:
            self._outlines.clear()
        found = self._outlines[task_id] = BarData(
            task_id, start, finish, summary, task.milestone, schedule.is_critical(task_id)
        )
        return found

    def _bar(self, task_id: int) -> BarData | None:
        dates = self.dates(task_id)
        if dates is None:
            return None
        task = self.project.tasks[task_id]
        late_from = task.deadline if dates.late_against_deadline else None
        return BarData(
            task_id, dates.start, dates.finish, dates.summary, dates.milestone, dates.critical,
            self.complete_through(task, dates), task.deadline, late_from,
        )  # fmt: skip

    def percent(self, task: Task, dates: TaskDates) -> float:
        """% complete; a summary's is rolled up from its leaves, weighted by duration (MS Project)."""
        if not dates.summary:
            return task.percent_complete
        if self._summary_done is None:
            self._summary_done = _roll_up_percent(self.project, self.schedule)
        return self._summary_done.get(task.id, 0.0)

    def complete_through(self, task: Task, dates: TaskDates) -> datetime | None:
        """The instant progress reaches, counted in the task's working time."""
        percent = self.percent(task, dates)
        if percent <= 0 or dates.milestone:
            return None
        if percent >= 100:
            return dates.finish
        if task.duration.elapsed or dates.summary:
            return dates.start + (dates.finish - dates.start) * (percent / 100)
        calendar = self.calendar(task)
        done = round(task.duration.minutes * percent / 100)
        return calendar.finish_of(calendar.offset(dates.start) + done)

    def percent_at(self, task: Task, dates: TaskDates, moment: datetime) -> float:
        """The % complete whose progress reaches `moment` (the inverse of complete_through)."""
        if moment <= dates.start:
            return 0.0
        if moment >= dates.finish:
            return 100.0
        if task.duration.elapsed or task.duration.minutes <= 0:
            return 100.0 * (moment - dates.start) / max(timedelta(minutes=1), dates.finish - dates.start)
        calendar = self.calendar(task)
        work = calendar.offset(moment) - calendar.offset(dates.start)
        return max(0.0, min(100.0, 100.0 * work / task.duration.minutes))

    def project_span(self) -> tuple[datetime, datetime]:
        """From the project start (or an earlier actual start) to the scheduled finish."""
        schedule = self.schedule
        return self.project.start, max(self.project.start, schedule.project_finish)


def _roll_up_percent(project: Project, schedule: Schedule) -> dict[int, float]:
    """Duration-weighted % complete of every summary, in one pass from the leaves up; none
    when no task has progress (a plan not yet started), which a sweep of the tasks tells
    in a fraction of the pass, redone after every edit."""
    if not any(task.percent_complete for task in project.tasks.values()):
        return {}
    outline = schedule.outline
    work: dict[int, float] = {}
    done: dict[int, float] = {}
    for task_id in reversed(list(outline.rows())):
        children = outline.children.get(task_id)
        if children:
            work[task_id] = sum(work.get(c, 0.0) for c in children)
            done[task_id] = sum(done.get(c, 0.0) for c in children)
        else:
            task = project.tasks[task_id]
            work[task_id] = float(task.duration.minutes)
            done[task_id] = task.duration.minutes * task.percent_complete / 100
    return {t: 100.0 * done[t] / work[t] for t in work if outline.children.get(t) and work[t] > 0}
