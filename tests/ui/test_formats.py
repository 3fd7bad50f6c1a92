"""Dates and numbers as the table shows and reads them."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from planner.core.errors import InputError
from planner.core.model.duration import TimeUnits
from planner.core.model.entities import Calendar
from planner.ui.gantt.table.formats import format_date, format_work, parse_date, parse_percent, working_day_bounds

MORNING, EVENING = time(8, 0), time(17, 0)


@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        (datetime(2027, 1, 4, 8, 0), "Mon 2027-01-04"),
        (datetime(2027, 1, 4, 17, 0), "Mon 2027-01-04"),
        (datetime(2027, 1, 4, 12, 0), "Mon 2027-01-04 12:00"),
        (None, ""),
    ],
)
def test_dates_show_a_time_only_when_it_is_unusual(moment, shown) -> None:
    assert format_date(moment) == shown


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("2027-01-11", datetime(2027, 1, 11, 8, 0)),
        ("Mon 2027-01-11", datetime(2027, 1, 11, 8, 0)),
        ("2027-1-11 13:30", datetime(2027, 1, 11, 13, 30)),
        ("11.01.2027", datetime(2027, 1, 11, 8, 0)),
        ("  2027-01-11T10  ", datetime(2027, 1, 11, 10, 0)),
    ],
)
def test_typed_dates(typed, meant) -> None:
    assert parse_date(typed, MORNING) == meant


@pytest.mark.parametrize("typed", ["next monday", "2027-02-30", "01/11/2027", "2200-01-01", ""])
def test_dates_not_understood_say_how_to_write_one(typed) -> None:
    with pytest.raises(InputError, match=r"2027-01-11|outside the years"):
        parse_date(typed, MORNING)


def test_a_date_without_time_takes_the_working_day_end_for_finishes() -> None:
    assert parse_date("2027-01-11", EVENING) == datetime(2027, 1, 11, 17, 0)


@pytest.mark.parametrize(("minutes", "shown"), [(30, "30m"), (120, "2h"), (480, "1d"), (4080, "8.5d"), (2400, "5d")])
def test_durations_in_days_hours_below_a_day(minutes, shown) -> None:
    assert format_work(minutes, TimeUnits()) == shown


def test_percent() -> None:
    assert parse_percent("50 %") == 50
    with pytest.raises(InputError):
        parse_percent("150")


def test_working_day_of_a_calendar() -> None:
    early = Calendar(2, "Early", week=(((7 * 60, 11 * 60), (12 * 60, 16 * 60)),) * 5 + ((), ()))
    assert working_day_bounds(early) == (time(7, 0), time(16, 0))
