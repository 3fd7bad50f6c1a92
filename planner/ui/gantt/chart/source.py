"""What the chart reads of the open document: dates, progress and calendars per task.

Converting a task's dates costs more than scheduling it (result.py), so the chart
converts only the tasks it shows and keeps them until the schedule changes: while
scrolling, a row's dates are converted once. The link index is rebuilt only when
links or the WBS change.
"""

from __future__ import annotations

from datetime import datetime

from planner.core.edits.changes import Changes
from planner.core.model.entities import Project, Task
from planner.core.schedule.engine import compile_calendars
from planner.core.schedule.progress import complete_through, percent_at
from planner.core.schedule.result import Schedule, TaskDates
from planner.core.schedule.worktime import WorkTime
from planner.ui.gantt.chart.geometry import BarData
from planner.ui.gantt.chart.links import LinkIndex
from planner.ui.gantt.table.assigned_facts import AssignedFacts
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
        self._links: LinkIndex | None = None
        self._assigned = AssignedFacts()

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
        return schedule

    def changed(self, changes: Changes) -> None:
        if changes.structure or changes.links:  # tasks added or removed count as structure
            self._links = None
        if changes.calendars or changes.project:
            self._calendars.clear()
        if changes.assignments or changes.resources or changes.structure:
            self._assigned.forget()

    def resource_names(self, task_id: int) -> str:
        """The task's Resource Names, as the bar's label shows them (MS Project's right-of-bar text)."""
        return self._assigned.names(self.project, task_id)

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

        Uses `Schedule.span` (start and finish only): converting a task's
        full dates costs five times more, and a frame may aim at a hundred tasks it does not show.
        """
        schedule = self.schedule
        found = self._bars.get(task_id) or self._outlines.get(task_id)
        if found is not None:
            return found
        task = self.project.tasks.get(task_id)
        if task is None:
            return self.bar(task_id)
        start, finish = schedule.span(task_id)
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
            self.complete_through(task, dates), task.deadline, late_from, task.manual and not dates.summary,
        )  # fmt: skip

    def complete_through(self, task: Task, dates: TaskDates) -> datetime | None:
        """The instant the task's progress reaches on its bar (core's rule, on the task's calendar)."""
        return complete_through(
            task, dates.percent_complete, dates.start, dates.finish, self.calendar(task), summary=dates.summary
        )

    def percent_at(self, task: Task, dates: TaskDates, moment: datetime) -> float:
        """The % complete whose progress reaches `moment` on the task's bar."""
        return percent_at(task, dates.start, dates.finish, self.calendar(task), moment)

    def project_span(self) -> tuple[datetime, datetime]:
        """From the project start (or an earlier actual start) to the scheduled finish."""
        schedule = self.schedule
        return self.project.start, max(self.project.start, schedule.project_finish)
