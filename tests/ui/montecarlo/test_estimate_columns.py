"""The estimate columns of the task table, typed into as a PM does, kept in the file."""

from __future__ import annotations

from planner.ui.gantt.table.columns import column_index

from ..helpers import cell_text, close_and_reload, table_of, type_into

KEYS = ("optimistic_duration", "most_likely_duration", "pessimistic_duration", "distribution")


def show_estimates(window) -> None:
    header = table_of(window).header()
    for key in KEYS:
        header.setSectionHidden(column_index(key), False)


def test_typing_a_pessimistic_duration_makes_an_estimate_kept_in_the_file(qtbot, window) -> None:
    show_estimates(window)
    type_into(qtbot, window, 4, "pessimistic_duration", "5d")  # Build lasts 3d
    assert [cell_text(window, 4, key) for key in KEYS] == ["3d", "3d", "5d", "Triangular"]
    type_into(qtbot, window, 4, "distribution", "PERT")
    assert cell_text(window, 4, "distribution") == "PERT"
    assert cell_text(window, 4, "duration") == "3d"  # the plan keeps its duration
    (estimate,) = close_and_reload(window).task_estimates.values()
    assert (estimate.task_id, estimate.pessimistic_minutes, estimate.distribution.value) == (4, 2400, "pert")


def test_a_pessimistic_shorter_than_most_likely_is_refused_beside_the_cell(qtbot, window) -> None:
    show_estimates(window)
    type_into(qtbot, window, 4, "pessimistic_duration", "2d")
    message = "the pessimistic duration (2d) cannot be shorter than the most likely (3d)"
    assert message in window.statusBar().currentMessage()
    note = table_of(window).refusal_note
    assert note.isVisible() and message in note.text()
    assert cell_text(window, 4, "pessimistic_duration") == ""
    assert not window.session.undo_stack.canUndo()
    assert close_and_reload(window).task_estimates == {}


def test_undo_takes_the_estimate_back(qtbot, window) -> None:
    show_estimates(window)
    type_into(qtbot, window, 4, "optimistic_duration", "2d")
    assert cell_text(window, 4, "optimistic_duration") == "2d"
    window.session.undo_stack.undo()
    assert cell_text(window, 4, "optimistic_duration") == ""
    table_of(window).grab().save("/tmp/montecarlo-columns.png")
    assert close_and_reload(window).task_estimates == {}
