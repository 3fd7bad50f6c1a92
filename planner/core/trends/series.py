"""The snapshots as the trend charts read them: one series per figure, oldest status date first.

Plain data off `project.snapshots` (no Qt, no matplotlib), so the Trends page, the workbook and a
printed report draw the same lines. A figure a snapshot lacks (SPI without a baseline) is None
there, and the charts leave a gap rather than draw a zero.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from planner.core.model.entities import Project
from planner.core.quality.entities import Severity
from planner.core.trends.edits import snapshots_in_order
from planner.core.trends.entities import Snapshot

MIN_POINTS = 2  # a trend needs two snapshots
EMPTY_TEXT = "Record status at each status date to see trends"


@dataclass(frozen=True)
class MilestoneTrack:
    """One milestone's forecast at each status date it was recorded at (the MTA's line)."""

    task_id: int
    name: str  # as the latest snapshot named it
    points: tuple[tuple[datetime, datetime], ...]  # (status date, forecast)
    done: bool  # reached by the latest snapshot that has it


@dataclass(frozen=True)
class TrendSeries:
    snapshots: tuple[Snapshot, ...]
    milestones: tuple[MilestoneTrack, ...] = field(default=())

    @property
    def enough(self) -> bool:
        return len(self.snapshots) >= MIN_POINTS

    @property
    def days(self) -> list[datetime]:
        return [s.status_date for s in self.snapshots]

    def values(self, name: str) -> list[float | None]:
        return [getattr(s, name) for s in self.snapshots]

    def defects(self, severity: Severity) -> list[int]:
        return [s.open_defects.get(severity.value, 0) for s in self.snapshots]

    @property
    def has_risks(self) -> bool:
        return any(s.risk_score is not None for s in self.snapshots)

    @property
    def has_work(self) -> bool:
        return any(s.work_total_minutes for s in self.snapshots)

    @property
    def has_indices(self) -> bool:
        return any(s.spi is not None or s.cpi is not None for s in self.snapshots)


def trend_series(project: Project) -> TrendSeries:
    shots = tuple(snapshots_in_order(project))
    order = {s.id: index for index, s in enumerate(shots)}
    tracks: dict[int, list] = {}
    for row in project.snapshot_milestones.values():
        if row.snapshot_id in order:
            tracks.setdefault(row.task_id, []).append((order[row.snapshot_id], row))
    milestones = []
    for task_id, rows in tracks.items():
        rows.sort(key=lambda pair: pair[0])
        latest = rows[-1][1]
        points = tuple((shots[index].status_date, row.forecast) for index, row in rows)
        milestones.append(MilestoneTrack(task_id, latest.name, points, latest.done))
    milestones.sort(key=lambda m: (m.points[-1][1], m.task_id))
    return TrendSeries(shots, tuple(milestones))
