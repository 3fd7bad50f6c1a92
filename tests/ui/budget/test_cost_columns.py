"""The task table's cost columns: Cost rolled up, Fixed Cost and its accrual typed in place."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.store.projectfile import ProjectFile
from planner.ui.gantt.table.columns import COLUMNS, column_index
from tests.core.cost.example import BUILD, PHASE, SHIP, costed_project
from tests.ui.helpers import cell_text, table_of, type_into


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "costs.plandb"
    ProjectFile.create(path, costed_project()).close()
    return path


def show(window, *keys: str) -> None:
    for key in keys:
        table_of(window).header().setSectionHidden(column_index(key), False)


def stored(path: Path):
    with ProjectFile.open(path, writable=False) as file:
        return file.load()


def test_cost_is_shown_and_the_others_wait_in_the_column_menu():
    shown = {c.key: c.shown for c in COLUMNS}
    assert shown["cost"] is True
    assert not any(
        shown[k] for k in ("fixed_cost", "fixed_cost_accrual", "cost_account", "actual_cost", "remaining_cost")
    )


def test_cost_rolls_up_to_the_summary(window):
    assert cell_text(window, BUILD, "cost") == "3,550.00"
    assert cell_text(window, SHIP, "cost") == "6,800.00"
    assert cell_text(window, PHASE, "cost") == "10,350.00"


def test_typing_a_fixed_cost_changes_the_cost_and_is_saved(qtbot, window, project_file):
    show(window, "fixed_cost", "actual_cost", "remaining_cost", "fixed_cost_accrual")
    type_into(qtbot, window, SHIP, "fixed_cost", "1,300")
    assert cell_text(window, SHIP, "fixed_cost") == "1,300.00"
    qtbot.waitUntil(lambda: cell_text(window, PHASE, "cost") == "11,350.00")
    assert cell_text(window, SHIP, "remaining_cost") == "7,600.00"
    type_into(qtbot, window, SHIP, "fixed_cost_accrual", "st")
    row = next(t for t in stored(project_file).task_costs.values() if t.task_id == SHIP)
    assert (row.fixed_cost, row.fixed_cost_accrual.value) == (1300, "start")
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert cell_text(window, SHIP, "fixed_cost") == "300.00"


def test_a_new_task_gets_a_fixed_cost_row_of_its_own(qtbot, window, project_file):
    show(window, "fixed_cost", "cost_account")
    type_into(qtbot, window, PHASE, "cost_account", "Contractors")
    assert "Added the cost account Contractors" in window.statusBar().currentMessage()
    assert cell_text(window, PHASE, "cost_account") == "Contractors"


@pytest.mark.parametrize(("text", "message"), [("lots", "is not an amount"), ("-5", "cannot be negative")])
def test_a_bad_fixed_cost_is_refused_beside_the_cell(qtbot, window, project_file, text, message):
    show(window, "fixed_cost")
    type_into(qtbot, window, BUILD, "fixed_cost", text)
    note = table_of(window).refusal_note
    qtbot.waitUntil(note.isVisible)
    assert message in note.text()
    assert cell_text(window, BUILD, "fixed_cost") == "1,000.00"
