"""The project's milestones with their baseline and forecast finish: what the Milestones sheet lists
and the Summary's "next milestones" picks from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from planner.core.schedule.result import Schedule
from planner.core.summary.key_dates import baseline_finishes, slip_days

NEXT_COUNT = 5


@dataclass(frozen=True)
class MilestoneLine:
    task_id: int
    row: int  # the task's ID (row number in the task table)
    wbs: str
    name: str
    baseline: datetime | None
    forecast: datetime
    deadline: datetime | None
    done: bool

    @property
    def slip(self) -> float | None:
        return slip_days(self.forecast, self.baseline)

    @property
    def late(self) -> bool:
        """Forecast after its baseline and not reached yet (a reached milestone is history)."""
        return not self.done and (self.slip or 0) > 0


def milestone_lines(schedule: Schedule) -> list[MilestoneLine]:
    """Every milestone in WBS order."""
    project, outline = schedule.project, schedule.outline
    baseline = baseline_finishes(schedule)
    codes = outline.codes()
    lines = []
    for row, task_id in enumerate(outline.rows(), start=1):
        task = project.tasks[task_id]
        if not task.milestone or outline.is_summary(task_id):
            continue
        lines.append(
            MilestoneLine(
                task_id=task_id,
                row=row,
                wbs=codes[task_id],
                name=task.name,
                baseline=baseline.get(task_id),
                forecast=schedule.span(task_id)[1],
                deadline=task.deadline,
                done=schedule.percent_complete(task_id) >= 100,
            )
        )
    return lines


def next_milestones(lines: list[MilestoneLine], after: datetime | None, count: int = NEXT_COUNT) -> list[MilestoneLine]:
    """The first `count` milestones not yet reached, by forecast, due after `after` (the status date)."""
    ahead = [m for m in lines if not m.done and (after is None or m.forecast >= after)]
    return sorted(ahead, key=lambda m: (m.forecast, m.row))[:count]
