"""The project's key dates: start, forecast finish, the baseline's finish and the slip between them.

The slip is in calendar days (forecast minus baseline finish), as a stakeholder counts it on a
wall calendar and as a spreadsheet formula computes it from two dates; positive is late.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from planner.core.evm.baselines import measured_baseline, task_rows
from planner.core.schedule.result import Schedule

DAY_SECONDS = 86400


def slip_days(forecast: datetime, baseline: datetime | None) -> float | None:
    """Calendar days from `baseline` to `forecast`, to a tenth (a half-day milestone slips 0.2 d)."""
    if baseline is None:
        return None
    return round((forecast - baseline).total_seconds() / DAY_SECONDS, 1)


@dataclass(frozen=True)
class KeyDates:
    start: datetime  # the earliest task start (the project's start when it has no tasks)
    forecast_finish: datetime
    baseline_finish: datetime | None  # None: no baseline saved

    @property
    def slip(self) -> float | None:
        return slip_days(self.forecast_finish, self.baseline_finish)

    @property
    def baseline_days(self) -> float | None:
        """The baseline's length in calendar days, start to baseline finish."""
        if self.baseline_finish is None:
            return None
        return max(0.0, (self.baseline_finish - self.start).total_seconds() / DAY_SECONDS)


def baseline_finishes(schedule: Schedule) -> dict[int, datetime]:
    """Task Unique ID -> its finish in the baseline variance is measured against (empty: none saved)."""
    project = schedule.project
    rows = task_rows(project, measured_baseline(project))
    return {task_id: row.finish for task_id, row in rows.items() if task_id in project.tasks}


def key_dates(schedule: Schedule) -> KeyDates:
    project = schedule.project
    spans = [schedule.span(task_id) for task_id in schedule.outline.children.get(None, [])]
    start = min((s for s, _ in spans), default=project.start)
    finish = max((f for _, f in spans), default=schedule.project_finish)
    baseline = baseline_finishes(schedule)
    return KeyDates(start, finish, max(baseline.values()) if baseline else None)
