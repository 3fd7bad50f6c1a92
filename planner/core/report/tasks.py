"""The report's task lists: finished in the period, slipped against the baseline, due next, milestones.

Slip is measured as MS Project's Finish Variance is: the forecast finish less the baseline
finish, in working days of the project calendar. Only work items are listed (summaries roll
their subtasks up, and would repeat them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from planner.core.evm.baselines import measured_baseline, task_rows
from planner.core.model.baselines import TaskBaseline
from planner.core.report.period import Period
from planner.core.schedule.compiled import calendar_years
from planner.core.schedule.worktime import WorkTime, compile_calendar

if TYPE_CHECKING:
    from planner.core.schedule.result import Schedule


@dataclass(frozen=True)
class TaskLine:
    """One task as the report names it."""

    id: int  # the task ID (row number), as the table and `planner why` show it
    name: str
    start: datetime
    finish: datetime
    percent: float
    milestone: bool
    baseline_start: datetime | None = None
    baseline_finish: datetime | None = None
    finish_slip_days: float | None = None  # forecast finish - baseline finish, working days
    start_slip_days: float | None = None  # (actual or forecast) start - baseline start
    deadline: datetime | None = None
    deadline_slip_days: float | None = None  # finish - deadline, working days

    @property
    def done(self) -> bool:
        return self.percent >= 100


class TaskFacts:
    """The schedule read once for the lists: rows, baseline rows, the project calendar."""

    def __init__(self, schedule: Schedule) -> None:
        self.schedule = schedule
        project = schedule.project
        self.rows = {uid: row for row, uid in enumerate(schedule.outline.rows(), start=1)}
        self.baseline = measured_baseline(project)
        self.baselines: dict[int, TaskBaseline] = task_rows(project, self.baseline)
        self.calendar: WorkTime = compile_calendar(project.calendar, calendar_years(project))
        self.day = project.units.minutes_per_day
        self._lines: dict[int, TaskLine] = {}

    def days_between(self, earlier: datetime, later: datetime) -> float:
        """Working days from `earlier` to `later` (negative when `later` is earlier), to a quarter day."""
        minutes = self.calendar.offset(later) - self.calendar.offset(earlier)
        return round(4 * minutes / self.day) / 4

    def leaves(self) -> list[int]:
        outline = self.schedule.outline
        return [uid for uid in self.rows if not outline.is_summary(uid)]

    def line(self, uid: int) -> TaskLine:
        """The task as the lists show it, worked out once (span, not dates(): the floats are not needed)."""
        found = self._lines.get(uid)
        if found is None:
            found = self._lines[uid] = self._line(uid)
        return found

    def _line(self, uid: int) -> TaskLine:
        task = self.schedule.project.tasks[uid]
        scheduled_start, finish = self.schedule.span(uid)
        base = self.baselines.get(uid)
        start = task.actual_start or scheduled_start
        return TaskLine(
            id=self.rows[uid],
            name=task.name,
            start=start,
            finish=task.actual_finish or finish,
            percent=self.schedule.percent_complete(uid),
            milestone=task.milestone,
            baseline_start=base.start if base else None,
            baseline_finish=base.finish if base else None,
            finish_slip_days=self.days_between(base.finish, finish) if base else None,
            start_slip_days=self.days_between(base.start, start) if base else None,
            deadline=task.deadline,
            deadline_slip_days=self.days_between(task.deadline, finish) if task.deadline else None,
        )


def finished_in(facts: TaskFacts, period: Period) -> list[TaskLine]:
    """Work complete whose (actual) finish falls in the period, in the order it finished."""
    done = (facts.line(u) for u in facts.leaves())
    return sorted((line for line in done if line.done and period.holds(line.finish)), key=lambda x: (x.finish, x.id))


def slipped(facts: TaskFacts, period: Period) -> tuple[list[TaskLine], int]:
    """Work the baseline had begin by the end of the next period, not done before this one, that now
    finishes after its baseline finish or started (or will start) after its baseline start; the
    largest slip first. Also how many later tasks are forecast to finish late too (the knock-on,
    which the report counts rather than lists)."""
    horizon = period.following().closes
    found, later = [], 0
    for uid in facts.leaves():
        line = facts.line(uid)
        if line.milestone or line.finish_slip_days is None or (line.done and line.finish < period.opens):
            continue
        started_late = (line.start_slip_days or 0) > 0 and line.baseline_start < period.closes
        if line.finish_slip_days <= 0 and not started_late:
            continue
        if line.baseline_start > horizon:
            later += 1
        else:
            found.append(line)
    found.sort(key=lambda line: (-(line.finish_slip_days or 0), -(line.start_slip_days or 0), line.id))
    return found, later


def due_next(facts: TaskFacts, period: Period) -> list[TaskLine]:
    """Work not yet complete that is scheduled to run in the next period, in order of start."""
    following = period.following()
    lines = (facts.line(u) for u in facts.leaves())
    due = [
        line for line in lines if not line.done and line.start <= following.closes and line.finish >= following.opens
    ]
    return sorted(due, key=lambda line: (line.start, line.id))


def milestones(facts: TaskFacts) -> list[TaskLine]:
    """Every milestone, by forecast date: baseline, forecast and the slip between them."""
    lines = [facts.line(u) for u in facts.leaves() if facts.schedule.project.tasks[u].milestone]
    return sorted(lines, key=lambda line: (line.finish, line.id))


def past_deadline(facts: TaskFacts) -> list[TaskLine]:
    """Work that finishes (or finished) after its deadline."""
    lines = (facts.line(u) for u in facts.leaves())
    return [line for line in lines if line.deadline is not None and line.finish > line.deadline]
