"""A status snapshot as plain data (migration 0015_snapshots): the project's figures at one status date.

"Record status" keeps one snapshot per status date, so the trends of a project (SPI and CPI,
each milestone's forecast, the burn-up of work, open risks and defects) can be drawn from
the file long after the plan has moved on. A snapshot's milestone rows name their task by
Unique ID but do not refer to it as a declared reference: a milestone deleted later keeps its
history, under the name it had when it was recorded.

Figures a project cannot give are None: without a baseline there is no BAC, PV, EV, SPI,
CPI or EAC; without risks in the register no risk score or EMV.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Snapshot:
    id: int
    status_date: datetime
    recorded: datetime  # when the PM recorded it (wall clock)
    percent_complete: float  # work-weighted: core.trends.measure says how
    forecast_finish: datetime
    baseline_finish: datetime | None = None
    spi: float | None = None
    cpi: float | None = None
    eac: float | None = None
    bac: float | None = None
    pv: float | None = None
    ev: float | None = None
    ac: float | None = None
    work_done_minutes: int = 0
    work_total_minutes: int = 0
    risk_score: int | None = None  # the open risks' scores added up
    risk_emv: float | None = None  # the open risks' EMV: threats less opportunities
    open_defects: dict[str, int] = field(default_factory=dict)  # severity -> open defects
    work_planned_minutes: int | None = None  # the baseline's work planned done by the status date

    @property
    def work_planned_hours(self) -> float | None:
        return None if self.work_planned_minutes is None else self.work_planned_minutes / 60

    @property
    def work_done_hours(self) -> float:
        return self.work_done_minutes / 60

    @property
    def work_total_hours(self) -> float:
        return self.work_total_minutes / 60


@dataclass
class SnapshotMilestone:
    """One milestone's forecast as a snapshot recorded it."""

    id: int
    snapshot_id: int
    task_id: int  # the milestone's Unique ID (not a declared reference: see the module docstring)
    name: str  # its name at the time
    forecast: datetime
    done: bool = False
