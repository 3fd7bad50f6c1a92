"""Physical % complete: a task may earn its value by the PM's judgement of the work rather than by time."""

from __future__ import annotations

import pytest

from planner.core.edits.earned_value_edits import set_method, set_physical_percent
from planner.core.edits.edit import apply_edit
from planner.core.errors import InputError
from planner.core.evm.earned_value import EarnedValue
from planner.core.schedule.engine import schedule
from tests.core.evm.worked import ACTUALS, BUILD, STATUS, baselined_with_progress


def test_physical_percent_complete_drives_earned_value():
    project = baselined_with_progress()  # Build is 40% complete by time
    apply_edit(project, set_physical_percent(project, BUILD, 25.0))
    value = EarnedValue(schedule(project), STATUS, actuals=ACTUALS)
    assert value.task(BUILD).ev == pytest.approx(2_000)  # 25% of its 8,000
    apply_edit(project, set_method(project, BUILD, "% Complete"))
    assert EarnedValue(schedule(project), STATUS, actuals=ACTUALS).task(BUILD).ev == pytest.approx(3_200)
    assert set_method(project, BUILD, "percent complete") is None  # unchanged: no empty undo step


def test_bad_method_and_percent_are_refused():
    project = baselined_with_progress()
    with pytest.raises(InputError, match="not % Complete or Physical % Complete"):
        set_method(project, BUILD, "vibes")
    with pytest.raises(InputError, match="between 0 and 100"):
        set_physical_percent(project, BUILD, 120)
