"""Numbers as the table shows and reads them (dates: tests/core/test_dates.py)."""

from __future__ import annotations

from datetime import time

import pytest

from planner.core.errors import InputError
from planner.core.model.duration import TimeUnits
from planner.core.model.entities import Calendar
from planner.ui.gantt.table.formats import format_work, parse_percent, working_day_bounds

MORNING, EVENING = time(8, 0), time(17, 0)


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
