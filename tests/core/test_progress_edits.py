"""Progress rows from the team checked against the plan and made one edit (core/edits/progress_edits)."""

from __future__ import annotations

from datetime import datetime

from planner.core.edits.progress_edits import ReportedProgress, import_progress
from planner.core.model.duration import Duration, parse_duration
from planner.core.schedule.engine import schedule
from tests.core.evm.worked import baselined_with_progress


def run(*rows: ReportedProgress):
    return import_progress(schedule(baselined_with_progress()), list(rows), "Import progress")


def test_a_date_without_a_time_on_the_tasks_own_day_is_no_change():
    found = run(ReportedProgress(2, 2, "Build", actual_start=datetime(2027, 1, 18, 8)))
    assert found.edit is None and found.changes == [] and found.refused == []


def test_each_task_once_and_every_change_in_one_edit():
    found = run(
        ReportedProgress(2, 2, "Build", percent=60.0),
        ReportedProgress(3, 3, "Test", actual_start=datetime(2027, 2, 1, 8), remaining=Duration(4 * 480)),
        ReportedProgress(4, 2, "Build", percent=70.0),
    )
    assert [r.message for r in found.refused] == ["row 4: task 2 is on row 2 already"]
    assert [put.after.name for put in found.edit.changes] == ["Build", "Test"]
    fields = {(c.name, c.field): (c.old, c.new) for c in found.changes}
    assert fields[("Build", "percent_complete")] == (40.0, 60.0)
    assert fields[("Test", "actual_start")] == (None, "2027-02-01T08:00")
    assert fields[("Test", "remaining_duration")] == ("5d", "4d")


def test_a_tracking_rule_refusal_names_the_row():
    found = run(ReportedProgress(7, 2, "Build", actual_finish=datetime(2027, 1, 11, 17)))
    assert [r.message for r in found.refused] == [
        "row 7: the actual finish Mon 2027-01-11 17:00 is before the actual start Mon 2027-01-18 08:00"
    ]
    assert found.edit is None


def test_a_remaining_duration_the_workbook_rounded_to_hundredths_of_a_day_is_no_change():
    project = baselined_with_progress()
    project.tasks[2].percent_complete = 33.3  # Build: 10d, 6.67d left (3,202 minutes)
    found = import_progress(
        schedule(project), [ReportedProgress(3, 2, "Build", remaining=parse_duration("6.67"))], "Import progress"
    )
    assert found.edit is None and found.refused == []
