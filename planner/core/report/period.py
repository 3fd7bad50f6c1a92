"""The period a status report covers: by default the two weeks ending at the status date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from planner.core.errors import InputError

DEFAULT_DAYS = 14  # a biweekly report, the usual rhythm of a steering committee


@dataclass(frozen=True)
class Period:
    """Whole days, `first` to `last` inclusive."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise InputError(f"the report period ends ({self.last}) before it begins ({self.first})")

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def holds(self, moment: datetime) -> bool:
        return self.first <= moment.date() <= self.last

    def following(self) -> Period:
        """The next period of the same length: what the report plans for."""
        return Period(self.last + timedelta(days=1), self.last + timedelta(days=self.days))

    @property
    def opens(self) -> datetime:
        return datetime.combine(self.first, time.min)

    @property
    def closes(self) -> datetime:
        return datetime.combine(self.last, time.max)

    def text(self) -> str:
        return f"{self.first:%a %Y-%m-%d} to {self.last:%a %Y-%m-%d}"


def default_period(status: datetime | None, today: date) -> Period:
    """The two weeks ending at the status date, or at today when the project has none."""
    last = status.date() if status is not None else today
    return Period(last - timedelta(days=DEFAULT_DAYS - 1), last)


def period_between(first: date | None, last: date | None, status: datetime | None, today: date) -> Period:
    """The period asked for; a missing end is the default's (a missing start: two weeks before the end)."""
    default = default_period(status, today)
    last = last or (default.last if first is None or first <= default.last else first + timedelta(days=13))
    first = first or last - timedelta(days=DEFAULT_DAYS - 1)
    return Period(first, last)
