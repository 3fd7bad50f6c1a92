"""One way to read and show dates: the table, the dialogs, the CLI and task sheets all use planner.core.model.dates."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from planner.core.errors import InputError
from planner.core.model.dates import edit_date, format_date, parse_date, when

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


def test_messages_show_the_instant_and_editors_start_without_the_weekday() -> None:
    assert when(datetime(2027, 1, 4, 8, 0)) == "Mon 2027-01-04 08:00"
    assert edit_date(datetime(2027, 1, 4, 12, 0)) == "2027-01-04 12:00"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("2027-01-11", datetime(2027, 1, 11, 8, 0)),
        ("Mon 2027-01-11", datetime(2027, 1, 11, 8, 0)),
        ("2027-1-11 13:30", datetime(2027, 1, 11, 13, 30)),
        ("11.01.2027", datetime(2027, 1, 11, 8, 0)),
        ("  2027-01-11T10  ", datetime(2027, 1, 11, 10, 0)),
        ("2027-01-11T10:15:00+01:00", datetime(2027, 1, 11, 10, 15)),
        ("3/15/27", datetime(2027, 3, 15, 8, 0)),
        ("03/15/2027", datetime(2027, 3, 15, 8, 0)),
        ("Mon 3/15/27 8:00 AM", datetime(2027, 3, 15, 8, 0)),
        ("Mon 3/15/27 1:30 PM", datetime(2027, 3, 15, 13, 30)),
        ("2027/3/15", datetime(2027, 3, 15, 8, 0)),
        ("March 15, 2027", datetime(2027, 3, 15, 8, 0)),
        ("15 Mar 2027 17:00", datetime(2027, 3, 15, 17, 0)),
    ],
)
def test_every_form_the_table_and_the_import_take(typed, meant) -> None:
    assert parse_date(typed, MORNING) == meant


def test_a_shown_date_reads_back_as_itself() -> None:
    for moment in (datetime(2027, 1, 4, 8, 0), datetime(2027, 1, 5, 12, 30)):
        assert parse_date(format_date(moment), MORNING) == moment


@pytest.mark.parametrize("typed", ["next monday", "2027-02-30", "13/15/2027", "1/4/27 8", "", "2027-01-11 25:00"])
def test_anything_else_is_refused_with_how_to_write_a_date(typed) -> None:
    with pytest.raises(InputError, match=r"is not a date; write e\.g\. 2027-01-04, 1/4/2027 or Mon 1/4/27 8:00 AM"):
        parse_date(typed, MORNING, "start")


def test_a_weekday_that_does_not_match_is_refused() -> None:
    with pytest.raises(InputError, match="March 1, 2027 is a Monday, not a Friday"):
        parse_date("Fri 2027-03-01", MORNING)
    with pytest.raises(InputError, match="is a Monday, not a Tuesday; dates like 1/4/27 are read month first"):
        parse_date("Tue 1/4/27", MORNING)


def test_years_the_scheduler_cannot_reach_are_refused() -> None:
    with pytest.raises(InputError, match=r"outside the years Planner schedules \(1984-2149\)"):
        parse_date("2200-01-01", MORNING)


def test_a_date_without_time_takes_the_default_time() -> None:
    assert parse_date("2027-01-11", EVENING) == datetime(2027, 1, 11, 17, 0)
