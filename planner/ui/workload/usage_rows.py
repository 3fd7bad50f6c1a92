"""The rows of the Resource Usage view: each work resource, its assignments beneath. Qt-free.

A row's time-phased hours are computed for all periods at once (one numpy call) the
first time a view asks for any of its cells, and kept until the next edit or zoom:
only the rows on screen are ever computed, so a 10,000-task file scrolls like the demo.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from planner.core.resources.periods import Granularity, instant_day, period_label
from planner.core.resources.usage import Usage, period_instants

RESOURCE, ASSIGNMENT = "resource", "assignment"


@dataclass(frozen=True)
class UsageRow:
    kind: str  # RESOURCE or ASSIGNMENT
    id: int  # the resource's or the assignment's Unique ID
    resource_id: int


class UsageRows:
    """The rows and periods shown, and their hours on demand."""

    def __init__(self, usage: Usage, granularity: Granularity, first: date, last: date, collapsed: set[int]) -> None:
        self.usage = usage
        self.granularity = granularity
        self.instants = period_instants(first, last, granularity)
        self.rows = _rows(usage, collapsed)
        self._hours: dict[int, np.ndarray] = {}
        self._over: dict[int, np.ndarray] = {}
        self._capacity: dict[int, np.ndarray] = {}
        self._texts: dict[tuple[int, int], str] = {}

    @property
    def periods(self) -> int:
        return len(self.instants) - 1

    def period_start(self, period: int) -> date:
        return instant_day(int(self.instants[period]))

    def label(self, period: int) -> str:
        return period_label(self.period_start(period), self.granularity)

    def header(self, period: int) -> str:
        """The column's title in two short lines: "Mon / 04 Jan", "W08 / 2027", "Jan / 2027"."""
        start = self.period_start(period)
        if self.granularity is Granularity.WEEK:
            year, week, _ = start.isocalendar()
            return f"W{week:02d}\n{year}"
        if self.granularity is Granularity.MONTH:
            return f"{start:%b}\n{start.year}"
        return f"{start:%a}\n{start:%d %b}"

    def period_of(self, day: date) -> int:
        """The period holding `day` (clipped to those shown)."""
        index = int(np.searchsorted(self.instants, period_instants(day, day, Granularity.DAY)[0], "right")) - 1
        return max(0, min(index, self.periods - 1))

    def hours(self, row: int) -> np.ndarray:
        found = self._hours.get(row)
        if found is None:
            item = self.rows[row]
            if item.kind == RESOURCE:
                minutes = self.usage.work(item.id, self.instants)
            else:
                minutes = self.usage.assignment_work(item.id, self.instants)
            found = self._hours[row] = np.round(minutes / 60, 2)
        return found

    def text(self, row: int, period: int) -> str:
        """A cell's text ("8h", "" for none), formatted once."""
        key = (row, period)
        found = self._texts.get(key)
        if found is None:
            found = self._texts[key] = format_hours(float(self.hours(row)[period]))
        return found

    def capacity_hours(self, row: int) -> np.ndarray:
        """A resource row's capacity per period, in hours."""
        found = self._capacity.get(row)
        if found is None:
            found = self._capacity[row] = self.usage.capacity(self.rows[row].resource_id, self.instants) / 60
        return found

    def over(self, row: int) -> np.ndarray:
        """Per period: whether the row's resource is over-allocated there (an assignment row: its resource's)."""
        item = self.rows[row]
        found = self._over.get(item.resource_id)
        if found is None:
            work = self.usage.work(item.resource_id, self.instants)
            capacity = self.usage.capacity(item.resource_id, self.instants)
            found = self._over[item.resource_id] = work > capacity + 0.5
        return found

    def name(self, row: int) -> str:
        item = self.rows[row]
        if item.kind == RESOURCE:
            return self.usage.resource(item.id).name
        load = self.usage.by_assignment[item.id]
        return self.usage.project.tasks[load.task_id].name

    def total_hours(self, row: int) -> float:
        item = self.rows[row]
        if item.kind == RESOURCE:
            return self.usage.total_work(item.id) / 60
        return self.usage.by_assignment[item.id].work_minutes / 60


def _rows(usage: Usage, collapsed: set[int]) -> list[UsageRow]:
    """Work resources by Unique ID (the resource sheet's order), each followed by its assignments by start."""
    rows: list[UsageRow] = []
    for rid in sorted(usage.project.resources):
        if not usage.is_work(rid):
            continue
        rows.append(UsageRow(RESOURCE, rid, rid))
        if rid in collapsed:
            continue
        loads = sorted(usage.by_resource.get(rid, []), key=lambda x: (x.start, x.task_id))
        rows.extend(UsageRow(ASSIGNMENT, x.assignment_id, rid) for x in loads)
    return rows


def format_hours(hours: float) -> str:
    """A cell's work: "8h", "2.5h"; nothing for no work."""
    if abs(hours) < 0.005:
        return ""
    return f"{hours:,.2f}".rstrip("0").rstrip(".") + "h"
