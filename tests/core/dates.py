"""Readable dates for scheduler tests, in the spirit of GanttProject's `newMonday()`.

    at("2027-01-04 08:00")          -> datetime(2027, 1, 4, 8, 0)
    monday(2027, 1, 4)              -> datetime(2027, 1, 4, 8, 0), and it checks the day is a Monday
    friday(2027, 1, 8, "17:00")     -> datetime(2027, 1, 8, 17, 0)
    show(dt)                        -> "Fri 2027-01-08 17:00", the way failure messages print dates

The default times are the standard calendar's: work starts at 08:00 and a finish
is shown at 17:00, as MS Project shows them.
"""

from __future__ import annotations

from datetime import date, datetime, time

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DAY_ABBREVIATIONS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def at(text: str) -> datetime:
    """`2027-01-04 08:00`, `2027-01-04T08:00` or a bare `2027-01-04` (midnight)."""
    text = text.strip().replace(" ", "T", 1)
    if "T" not in text:
        return datetime.combine(date.fromisoformat(text), time())
    return datetime.fromisoformat(text)


def _weekday(index: int):
    def on(year: int, month: int, day: int, clock: str = "08:00") -> datetime:
        moment = datetime.combine(date(year, month, day), time.fromisoformat(clock))
        if moment.weekday() != index:
            raise ValueError(f"{moment:%Y-%m-%d} is a {WEEKDAYS[moment.weekday()]}, not a {WEEKDAYS[index]}")
        return moment

    on.__name__ = WEEKDAYS[index]
    on.__doc__ = (
        f"The {WEEKDAYS[index].title()} `year-month-day` at `clock` (08:00 unless told); refuses another weekday."
    )
    return on


monday, tuesday, wednesday, thursday, friday, saturday, sunday = (_weekday(i) for i in range(7))


def show(moment: datetime | None) -> str:
    """A date as failure messages print it: `Fri 2027-01-08 17:00`."""
    if moment is None:
        return "nothing"
    return f"{DAY_ABBREVIATIONS[moment.weekday()].title()} {moment:%Y-%m-%d %H:%M}"
