"""Durations and lags too large to schedule are refused as input, never an OverflowError (issue 9)."""

from __future__ import annotations

import pytest

from planner.core.edits.predecessors import parse_predecessors
from planner.core.errors import InputError
from planner.core.model.duration import MAX_MINUTES, Lag, parse_duration, parse_lag


@pytest.mark.parametrize("text", ["9" * 400 + "d", "1" + "0" * 30 + "ed", "400000w"])
def test_a_duration_longer_than_the_schedulable_years_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="too long"):
        parse_duration(text)


def test_the_longest_duration_is_still_read() -> None:
    assert parse_duration(f"{MAX_MINUTES}m").minutes == MAX_MINUTES
    assert parse_duration("50000d").minutes == 50000 * 480


@pytest.mark.parametrize("text", ["+1e30%", "-1e30%", "+200000%"])
def test_a_percent_lag_beyond_a_thousand_times_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="too long"):
        parse_lag(text)


@pytest.mark.parametrize("text", ["+nan%", "+inf%", "-inf%", "+NaN%"])
def test_a_percent_lag_that_is_no_number_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="not a percentage"):
        parse_lag(text)


def test_a_huge_working_lag_is_refused() -> None:
    with pytest.raises(InputError, match="too long"):
        parse_lag("+" + "9" * 40 + "d")


def test_predecessors_with_huge_lags_are_refused_in_one_message() -> None:
    for text in ("1FS+1e30%", "1FS+nan%", "2SS+" + "9" * 400 + "ed"):
        with pytest.raises(InputError):
            parse_predecessors(text)


def test_ordinary_percent_lags_still_read() -> None:
    assert parse_predecessors("1FS+50%;2SS-25%")[1].lag == Lag(-25.0, "%")
