"""A calendar's work offset at each midnight, as a numpy table grown on demand.

Every period boundary of a timescale is a midnight, and a resource's work or capacity
in a period is a difference of its calendar's work offsets at two boundaries. Asking
the compiled calendar once per boundary costs a Python call each; this table answers
a whole timescale in one numpy indexing.
"""

from __future__ import annotations

import numpy as np

from planner.core.schedule.worktime import DAYS, MINUTES_PER_DAY, WorkTime

MARGIN_DAYS = 366  # grown by at least a year at a time


class DayOffsets:
    def __init__(self, calendar: WorkTime) -> None:
        self.calendar = calendar
        self.first = 0  # day index (since EPOCH) of table[0]
        self.table = np.zeros(0, dtype=np.int64)

    def at(self, instants: np.ndarray) -> np.ndarray:
        """The work offsets at the instants (minutes since EPOCH); fast when all are midnights."""
        instants = np.asarray(instants, dtype=np.int64)
        if not len(instants):
            return np.zeros(0, dtype=np.int64)
        days, minutes = np.divmod(instants, MINUTES_PER_DAY)
        if minutes.any():
            return np.array([self.calendar.work_at(int(i)) for i in instants], dtype=np.int64)
        self._cover(int(days.min()), int(days.max()))
        return self.table[days - self.first]

    def _cover(self, low: int, high: int) -> None:
        """Grow the table to hold days low..high (clipped to the years Planner schedules)."""
        last = self.first + len(self.table) - 1
        if len(self.table) and self.first <= low and high <= last:
            return
        new_first = max(0, min(low, self.first if len(self.table) else low) - MARGIN_DAYS)
        new_last = min(DAYS - 1, max(high, last if len(self.table) else high) + MARGIN_DAYS)
        work_at = self.calendar.work_at
        self.table = np.fromiter(
            (work_at(day * MINUTES_PER_DAY) for day in range(new_first, new_last + 1)),
            dtype=np.int64,
            count=new_last - new_first + 1,
        )
        self.first = new_first
