"""The one time<->pixel mapping of the chart, and the two-tier timescale chosen from its zoom.

KD Gantt keeps the mapping in its grid (kdganttabstractgrid.h) so bars, header,
shading and mouse drags can never disagree about where a date is; so do we.
Everything here is plain Python: the geometry and its tests need no widget.

Coordinates are viewport pixels: `origin` is the datetime at x = 0, so scrolling
moves the origin and zooming changes `px_per_day`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

SECONDS_PER_DAY = 86400.0
MIN_PX_PER_DAY = 0.1  # a year is ~37 px: years over decades
MAX_PX_PER_DAY = 1440.0  # an hour is 60 px: days over hours

# Zoom presets, hours to years; zoom_in/zoom_out step through them.
ZOOM_STEPS: tuple[float, ...] = (
    0.1, 0.16, 0.25, 0.4, 0.6, 1.0, 1.6, 2.5, 4.0, 6.0, 9.0, 14.0, 20.0, 30.0,
    45.0, 70.0, 110.0, 170.0, 260.0, 400.0, 600.0, 900.0, 1440.0,
)  # fmt: skip

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Unit:
    """A calendar unit of the timescale: `kind` is hour, day, week, month, quarter, year or decade."""

    kind: str
    step: int = 1  # hours per tick for kind "hour"

    @property
    def min_days(self) -> float:
        """The shortest such unit, in days (February for a month)."""
        return {"month": 28.0, "quarter": 90.0, "year": 365.0, "decade": 3652.0}.get(self.kind, self.approx_days)

    @property
    def approx_days(self) -> float:
        return {"hour": self.step / 24, "day": 1, "week": 7, "month": 30.44, "quarter": 91.31, "year": 365.25,
                "decade": 3652.5}[self.kind]  # fmt: skip

    def floor(self, moment: datetime) -> datetime:
        """The start of the unit that contains `moment`."""
        day = datetime(moment.year, moment.month, moment.day)
        if self.kind == "hour":
            return day + timedelta(hours=moment.hour - moment.hour % self.step)
        if self.kind == "day":
            return day
        if self.kind == "week":
            return day - timedelta(days=day.weekday())
        if self.kind == "month":
            return datetime(moment.year, moment.month, 1)
        if self.kind == "quarter":
            return datetime(moment.year, moment.month - (moment.month - 1) % 3, 1)
        if self.kind == "year":
            return datetime(moment.year, 1, 1)
        return datetime(moment.year - moment.year % 10, 1, 1)

    def next(self, start: datetime) -> datetime:
        """The start of the following unit (`start` is a unit start)."""
        if self.kind == "hour":
            return start + timedelta(hours=self.step)
        if self.kind in ("day", "week"):
            return start + timedelta(days=1 if self.kind == "day" else 7)
        months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[self.kind]
        index = start.year * 12 + start.month - 1 + months
        return datetime(index // 12, index % 12 + 1, 1)

    def nearest(self, moment: datetime) -> datetime:
        """The unit boundary closest to `moment` (what a drag snaps to)."""
        low = self.floor(moment)
        high = self.next(low)
        return low if moment - low <= high - moment else high

    def spans(self, first: datetime, last: datetime) -> Iterator[tuple[datetime, datetime]]:
        """(start, end) of every unit that overlaps [first, last]."""
        start = self.floor(first)
        while start <= last:
            end = self.next(start)
            yield start, end
            start = end

    def labels(self, start: datetime) -> tuple[str, ...]:
        """Labels for the unit starting at `start`, longest first; the painter takes the first that fits."""
        month, weekday = MONTHS[start.month - 1], WEEKDAYS[start.weekday()]
        if self.kind == "hour":
            return (f"{start:%H}:00", f"{start:%H}", f"{start.hour}")
        if self.kind == "day":
            short = f"{weekday[:3]} {start.day} {month[:3]}"
            return (f"{weekday} {start.day} {month} {start.year}", f"{short} {start.year}", short,
                    f"{weekday[:3]} {start.day}", f"{start.day}", weekday[0])  # fmt: skip
        if self.kind == "week":
            week = start.isocalendar().week
            day = f"{start.day} {month[:3]}"
            return (f"Week {week}: {day} {start.year}", f"W{week}  {day} {start.year}", f"{day} {start.year}", day,
                    f"{start.day}")  # fmt: skip
        if self.kind == "month":
            return (f"{month} {start.year}", f"{month[:3]} {start.year}", month, month[:3], month[0])
        if self.kind == "quarter":
            return (f"Q{(start.month - 1) // 3 + 1} {start.year}", f"Q{(start.month - 1) // 3 + 1}")
        if self.kind == "year":
            return (f"{start.year}", f"{start.year % 100:02d}")
        return (f"{start.year}s", f"{start.year % 100:02d}s")


HOUR, HOUR2, HOUR6, DAY, WEEK, MONTH, QUARTER, YEAR, DECADE = (
    Unit("hour"), Unit("hour", 2), Unit("hour", 6), Unit("day"), Unit("week"), Unit("month"), Unit("quarter"),
    Unit("year"), Unit("decade"),
)  # fmt: skip

# (lowest px per day, upper tier, lower tier) for a text width of 7 px per character, finest first.
TIERS: tuple[tuple[float, Unit, Unit], ...] = (
    (480.0, DAY, HOUR),
    (240.0, DAY, HOUR2),
    (140.0, DAY, HOUR6),
    (16.0, WEEK, DAY),
    (3.2, MONTH, WEEK),
    (0.6, QUARTER, MONTH),
    (0.25, YEAR, QUARTER),
    (0.0, DECADE, YEAR),
)


SAMPLE = datetime(2027, 9, 29, 23)  # a Wednesday in September, day 29, week 39: long labels of every kind


def pick_label(labels: tuple[str, ...], width: float, measure: Callable[[str], float]) -> str:
    """The longest label that fits `width` pixels with a little padding; empty if none does."""
    for label in labels:
        if measure(label) + 6 <= width:
            return label
    return ""


def label_level(unit: Unit, px_per_day: float, measure: Callable[[str], float]) -> int:
    """Which of the unit's label forms every cell of a tier can show, so a tier never mixes `Mon 4` and `10`."""
    width = unit.min_days * px_per_day
    labels = unit.labels(SAMPLE)
    for level, label in enumerate(labels):
        if measure(label) + 6 <= width:
            return level
    return len(labels)


def clamp_zoom(px_per_day: float) -> float:
    return min(MAX_PX_PER_DAY, max(MIN_PX_PER_DAY, px_per_day))


class TimeScale:
    """Datetime <-> viewport x, plus the tiers shown at this zoom."""

    def __init__(self, origin: datetime, px_per_day: float, char_px: float = 7.0) -> None:
        self.origin = origin
        self.px_per_day = clamp_zoom(px_per_day)
        self.char_px = char_px  # average character width: a larger font picks coarser tiers

    def x_of(self, moment: datetime) -> float:
        return (moment - self.origin).total_seconds() / SECONDS_PER_DAY * self.px_per_day

    def datetime_at(self, x: float) -> datetime:
        return self.origin + timedelta(days=x / self.px_per_day)

    def width_of(self, days: float) -> float:
        return days * self.px_per_day

    def tiers(self) -> tuple[Unit, Unit]:
        """(upper, lower) units of the two-tier header at this zoom."""
        scaled = self.px_per_day * 7.0 / self.char_px
        for lowest, upper, lower in TIERS:
            if scaled >= lowest:
                return upper, lower
        return TIERS[-1][1], TIERS[-1][2]

    @property
    def snap_unit(self) -> Unit:
        """What a drag snaps to: the lower tier's unit (a day at day zoom, an hour at hour zoom)."""
        return self.tiers()[1]

    def zoom_around(self, x: float, px_per_day: float) -> None:
        """Change the zoom keeping the date under viewport x where it is (Ctrl+wheel)."""
        anchor = self.datetime_at(x)
        self.px_per_day = clamp_zoom(px_per_day)
        self.origin = anchor - timedelta(days=x / self.px_per_day)


def zoom_step(current: float, direction: int) -> float:
    """The next preset in `direction` (+1 in, -1 out) from `current`."""
    if direction > 0:
        return next((z for z in ZOOM_STEPS if z > current * 1.01), ZOOM_STEPS[-1])
    return next((z for z in reversed(ZOOM_STEPS) if z < current / 1.01), ZOOM_STEPS[0])
