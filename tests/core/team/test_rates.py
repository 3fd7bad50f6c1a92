"""Rates typed as MS Project writes them, kept per hour, shown in the unit typed."""

from __future__ import annotations

import pytest

from planner.core.errors import InputError
from planner.core.model.duration import TimeUnits
from planner.core.team.rates import format_rate, parse_amount, parse_rate

UNITS = TimeUnits()  # 8 h a day, 40 a week, 160 a month


@pytest.mark.parametrize(
    ("typed", "per_hour", "unit"),
    [
        ("50", 50.0, "h"),
        ("€50/h", 50.0, "h"),
        ("400/d", 50.0, "d"),
        ("€ 400 / day", 50.0, "d"),
        ("2000/w", 50.0, "w"),
        ("EUR 8,000/mo", 50.0, "mo"),
        ("104000/y", 50.0, "y"),
        ("49,50", 49.5, "h"),
        ("$1,250.00/d", 156.25, "d"),
    ],
)
def test_a_typed_rate_is_kept_per_hour(typed, per_hour, unit):
    assert parse_rate(typed, UNITS) == (pytest.approx(per_hour), unit)


def test_a_bare_number_takes_the_unit_the_rate_is_shown_in():
    assert parse_rate("400", UNITS, default_unit="d") == (50.0, "d")


def test_a_day_follows_the_projects_hours_per_day():
    assert parse_rate("420/d", TimeUnits(minutes_per_day=420)) == (60.0, "d")


def test_the_rate_is_shown_back_in_its_unit():
    assert format_rate(50.0, "d", UNITS, "EUR") == "€400.00/d"
    assert format_rate(6.25, "mo", UNITS, "USD") == "$1,000.00/mo"
    assert format_rate(50.0, "h", UNITS) == "50.00/h"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("-50", "standard rate cannot be negative"),
        ("fifty", "'fifty' is not a rate"),
        ("50/fortnight", "'fortnight' is not a rate unit"),
        ("1e400", "is not a rate"),
    ],
)
def test_a_bad_rate_is_refused_with_the_reason(typed, message):
    with pytest.raises(InputError, match=message):
        parse_rate(typed, UNITS, what="standard rate")


def test_a_cost_per_use_is_an_amount():
    assert parse_amount("€250.00") == 250.0
    with pytest.raises(InputError, match="an amount, not a rate"):
        parse_amount("250/d")
