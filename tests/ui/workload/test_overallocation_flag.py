"""Over-allocated tasks carry a red person in the task table's Indicators, with who and when."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.core.edits.edit import Edit, Put
from planner.ui.gantt.table.columns import column_index
from planner.ui.gantt.table.indicators import OVERALLOCATED
from tests.ui.workload.test_find_resource import _open_window


def _kinds(window, task_id: int) -> list[str]:
    from planner.ui.gantt.table.indicators import indicators_of

    return [i.kind for i in indicators_of(window.page("gantt").table.task_model.facts, task_id)]


def test_both_of_ana_s_overlapping_tasks_are_flagged_and_the_tip_says_when(qtbot, team_file) -> None:
    window = _open_window(qtbot, team_file)
    assert OVERALLOCATED in _kinds(window, 1) and OVERALLOCATED in _kinds(window, 2)
    assert OVERALLOCATED not in _kinds(window, 3)  # Bo at 50% is fine
    table = window.page("gantt").table
    index = table.task_model.index_of(1).siblingAtColumn(column_index("indicators"))
    tip = table.task_model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "Ana Lima is over-allocated Thu 2027-01-07 to Fri 2027-01-08 (peak 200%)" in tip
    window.grab().save(str(team_file.with_suffix(".png")))
    window.close()


def test_removing_the_second_assignment_clears_the_flag_and_undo_brings_it_back(qtbot, team_file) -> None:
    window = _open_window(qtbot, team_file)
    session = window.session
    review = next(a for a in session.project.assignments.values() if a.task_id == 2)
    session.run(Edit("Unassign", (Put("assignments", review, None),)))
    assert OVERALLOCATED not in _kinds(window, 1)
    session.undo_stack.undo()
    assert OVERALLOCATED in _kinds(window, 1)
    window.close()


def test_the_gantt_bar_s_tooltip_says_who_is_over_allocated(qtbot, team_file) -> None:
    from planner.ui.workload.bar_flag import overallocation_html

    window = _open_window(qtbot, team_file)
    chart = window.page("gantt").chart
    assert "Over-allocated:</b> Ana Lima is over-allocated Thu 2027-01-07" in overallocation_html(chart.tree, 2)
    assert overallocation_html(chart.tree, 3) == ""
    window.close()


def test_on_a_large_project_the_flags_follow_a_moment_after_the_edit(qtbot, team_file, monkeypatch) -> None:
    from planner.ui.workload import flags

    monkeypatch.setattr(flags, "LARGE", 0)  # the team file counts as large
    window = _open_window(qtbot, team_file)
    qtbot.waitUntil(lambda: OVERALLOCATED in _kinds(window, 1))  # worked out after the first paint
    session = window.session
    review = next(a for a in session.project.assignments.values() if a.task_id == 2)
    session.run(Edit("Unassign", (Put("assignments", review, None),)))
    assert OVERALLOCATED in _kinds(window, 1)  # as it was, until the timer
    qtbot.waitUntil(lambda: OVERALLOCATED not in _kinds(window, 1))
    window.close()
