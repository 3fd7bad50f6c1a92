"""100% typed in the Gantt's % Complete cell fills in the actual finish (MS Project's rule): before,
the task read 100% with an actual finish of NA, and a reopen kept it so."""

from __future__ import annotations

from datetime import datetime

from ..helpers import cell_text, close_and_reload, type_into
from ..test_tracking import show_tracking_columns


def test_typing_100_percent_gives_the_scheduled_dates_as_actuals(qtbot, window) -> None:
    show_tracking_columns(window)
    type_into(qtbot, window, 4, "percent", "100")  # Build 3d, Thu 2027-01-07 to Mon 2027-01-11
    assert cell_text(window, 4, "percent") == "100%"
    assert cell_text(window, 4, "actual_start") == "Thu 2027-01-07"
    assert cell_text(window, 4, "actual_finish") == "Mon 2027-01-11"
    assert cell_text(window, 4, "duration") == "3d" and cell_text(window, 5, "start") == "Mon 2027-01-11"
    type_into(qtbot, window, 3, "percent", "50")  # below 100: started, not finished
    assert cell_text(window, 3, "actual_finish") == "NA"
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert cell_text(window, 4, "actual_finish") == "NA" and cell_text(window, 4, "percent") == "0%"
    window.session.undo_stack.redo()
    project = close_and_reload(window)
    build = project.tasks[4]
    assert (build.percent_complete, build.actual_start, build.actual_finish) == (
        100.0,
        datetime(2027, 1, 7, 8, 0),
        datetime(2027, 1, 11, 17, 0),
    )
