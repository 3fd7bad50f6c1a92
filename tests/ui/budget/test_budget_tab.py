"""The Budget tab on the real window: the budget by phase and account, and the ledger typed into."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.store.projectfile import ProjectFile
from tests.core.cost.example import BUILD, LICENCES, costed_project


@pytest.fixture
def project_file(tmp_path: Path) -> Path:  # the hand-worked cost example instead of the small project
    path = tmp_path / "costs.plandb"
    ProjectFile.create(path, costed_project()).close()
    return path


def stored(path: Path):
    """What the file holds while the window has it open (read-only, as `planner cost` reads it)."""
    with ProjectFile.open(path, writable=False) as file:
        return file.load()


def budget_page(window):
    """Show the Budget tab as a click on it does, and let it refresh."""
    window.tabs.setCurrentWidget(window.page("budget"))
    QApplication.processEvents()
    return window.page("budget")


def tree_rows(tree) -> dict[str, list[str]]:
    model = tree.model()
    found = {}
    for row in range(model.rowCount()):
        cells = [model.index(row, c).data() for c in range(model.columnCount())]
        found[cells[0]] = cells[1:]
    return found


def type_in(qtbot, table, row: int, column: int, text: str) -> None:
    """Select a ledger cell and type over it as a user does: the first key opens the editor, Enter commits."""
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClicks(table, text[0])
    editor = QApplication.focusWidget()
    assert editor is not table, "typing did not open an editor"
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def ledger_row(page, expense_id: int) -> int:
    return page.ledger.index_of(expense_id, 0).row()


def test_the_budget_by_phase_shows_the_hand_worked_figures(window):
    page = budget_page(window)
    rows = tree_rows(page.by_phase)
    assert rows["Phase 1"] == ["€10,000", "€2,625", "€7,725", "€10,350", "-€350"]
    assert rows["Project level (no task)"][1] == "€50"
    assert rows["Contingency reserve"][:2] == ["€1,000", ""]
    assert rows["Total budget"] == ["€11,000", "€2,675", "€7,725", "€10,400", "€600"]
    assert "no exchange rates" in page.by_phase.model().headerData(
        1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )


def test_a_phase_expands_to_its_tasks_and_an_account_to_its_tasks(window):
    page = budget_page(window)
    phase = page.by_phase.model().index(0, 0)
    page.by_phase.expand(phase)
    model = page.by_phase.model()
    assert [model.index(r, 0, phase).data() for r in range(model.rowCount(phase))] == ["Build", "Ship"]
    assert model.index(0, 4, phase).data() == "€3,550"
    assert model.index(0, 1, phase).data() == ""  # no budget line of its own: no budget, no variance
    accounts = tree_rows(page.by_account)
    assert accounts["Licences"] == ["€0", "€1,200", "€0", "€1,200", "-€1,200"]
    licences = next(
        page.by_account.model().index(r, 0)
        for r in range(8)
        if page.by_account.model().index(r, 0).data() == "Licences"
    )
    kids = page.by_account.model()
    assert [kids.index(r, 0, licences).data() for r in range(kids.rowCount(licences))] == ["Build"]


def test_typing_an_expense_books_it_and_the_budget_follows(qtbot, window, project_file):
    page = budget_page(window)
    qtbot.mouseClick(page.buttons["add_expense"], Qt.MouseButton.LeftButton)
    new_id = max(window.session.project.expenses)
    row = ledger_row(page, new_id)
    assert page.ledger.currentIndex().column() == 1  # ready for the amount
    type_in(qtbot, page.ledger, row, 1, "1,250.50")
    type_in(qtbot, page.ledger, ledger_row(page, new_id), 2, "Cloud")
    type_in(qtbot, page.ledger, ledger_row(page, new_id), 3, "3")  # Ship, by its ID
    type_in(qtbot, page.ledger, ledger_row(page, new_id), 4, "Microsoft")
    expense = window.session.project.expenses[new_id]
    assert (expense.amount, expense.vendor) == (1250.5, "Microsoft")
    assert window.session.project.cost_accounts[expense.account_id].name == "Cloud"
    qtbot.waitUntil(lambda: tree_rows(page.by_phase)["Phase 1"][1] == "€3,876")
    assert page.ledger.model().index(ledger_row(page, new_id), 1).data() == "€1,250.50"
    again = stored(project_file)
    assert again.expenses[new_id].amount == 1250.5 and again.expenses[new_id].task_id == 3


@pytest.mark.parametrize(
    ("column", "text", "message"),
    [
        (1, "lots", "amount 'lots' is not an amount: type a number such as 1250"),
        (3, "99", "there is no task 99 (the IDs go from 1 to 3)"),
        (3, "Deploy", "there is no task named 'Deploy'"),
        (0, "2026-12-01", "Tue 2026-12-01 is before the project starts (Mon 2027-01-04)"),
        (0, "2028-01-03", "is after the project finishes"),
    ],
)
def test_bad_input_is_refused_beside_the_cell_and_nothing_is_lost(qtbot, window, project_file, column, text, message):
    page = budget_page(window)
    before = dict(window.session.project.expenses)
    type_in(qtbot, page.ledger, ledger_row(page, 1), column, text)
    note = page.ledger.refusal_note
    qtbot.waitUntil(note.isVisible)
    assert message in note.text()
    assert window.session.project.expenses == before
    assert stored(project_file).expenses == before


def test_a_negative_amount_is_a_credit_and_shown_as_one(qtbot, window):
    page = budget_page(window)
    type_in(qtbot, page.ledger, ledger_row(page, 1), 1, "-400")
    assert window.session.project.expenses[1].amount == -400
    assert page.ledger.model().index(ledger_row(page, 1), 1).data() == "€400.00 CR"
    type_in(qtbot, page.ledger, ledger_row(page, 1), 1, "250 CR")
    assert window.session.project.expenses[1].amount == -250


def test_insert_delete_and_undo_in_the_ledger(qtbot, window, project_file):
    page = budget_page(window)
    page.ledger.setFocus()
    page.ledger.setCurrentIndex(page.ledger.model().index(0, 0))
    count = len(window.session.project.expenses)
    qtbot.keyClick(page.ledger, Qt.Key.Key_Insert)
    assert len(window.session.project.expenses) == count + 1
    new_id = max(window.session.project.expenses)
    assert window.session.project.expenses[new_id].date == date(
        2027, 1, 4
    )  # no status date: today, kept in the project
    page.ledger.select_id(1)
    qtbot.keyClick(page.ledger, Qt.Key.Key_Delete)
    assert 1 not in window.session.project.expenses
    assert 1 not in stored(project_file).expenses
    window.session.undo_stack.undo()
    assert window.session.project.expenses[1].vendor == "Atlassian"
    assert stored(project_file).expenses[1].vendor == "Atlassian"


def test_a_click_on_a_header_sorts_the_ledger(qtbot, window):
    page = budget_page(window)
    header = page.ledger.horizontalHeader()
    page.ledger.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    amounts = [page.ledger.model().index(r, 1).data() for r in range(page.ledger.model().rowCount())]
    assert amounts == ["€1,200.00", "€200.00", "€50.00"]
    assert header.sortIndicatorSection() == 1


def test_the_budget_lines_are_typed_like_the_ledger(qtbot, window, project_file):
    page = budget_page(window)
    qtbot.mouseClick(page.buttons["add_budget"], Qt.MouseButton.LeftButton)
    new_id = max(window.session.project.budget_lines)
    table = page.budget_lines
    row = table.index_of(new_id, 0).row()
    type_in(qtbot, table, row, 4, "2500")
    type_in(qtbot, table, table.index_of(new_id, 0).row(), 2, "Licences")
    type_in(qtbot, table, table.index_of(new_id, 0).row(), 1, "Management reserve")
    line = stored(project_file).budget_lines[new_id]
    assert (line.amount, line.account_id, line.kind.value) == (2500, LICENCES, "reserve")
    qtbot.waitUntil(lambda: tree_rows(page.by_phase)["Management reserve"][0] == "€2,500")
    type_in(qtbot, table, table.index_of(new_id, 0).row(), 4, "-5")
    qtbot.waitUntil(table.refusal_note.isVisible)
    assert "cannot be negative" in table.refusal_note.text()


def test_the_tab_survives_a_reopen(qtbot, window, project_file):
    page = budget_page(window)
    type_in(qtbot, page.ledger, ledger_row(page, 2), 6, "second instalment")
    window.close_project()
    assert window.open_path(project_file)
    page = budget_page(window)
    assert page.ledger.model().index(ledger_row(page, 2), 6).data() == "second instalment"
    assert tree_rows(page.by_phase)["Phase 1"][0] == "€10,000"


def test_the_page_looks_right(qtbot, window, tmp_path):
    """Nothing clipped: every column of the budget table fits its figures."""
    page = budget_page(window)
    qtbot.waitUntil(lambda: page.isVisible())
    tree = page.by_phase
    metrics = tree.fontMetrics()
    for column in range(1, 6):
        needed = metrics.horizontalAdvance("€1,000,000") + 8
        assert tree.header().sectionSize(column) >= needed
    page.grab().save(str(tmp_path / "budget.png"))
    assert BUILD in window.session.project.tasks


def test_contingency_is_offered_from_the_risk_register(qtbot, window, project_file):
    from datetime import date as day

    from planner.core.edits.edit import Edit, Put
    from planner.core.risk.entities import Risk

    page = budget_page(window)
    assert not page.buttons["contingency"].isEnabled()  # no risks yet
    risk = Risk(1, "Vendor late", probability=0.5, cost_impact=8000, identified=day(2027, 1, 4))
    window.session.run(Edit("Add risk", (Put("risks", None, risk),)))
    qtbot.waitUntil(page.buttons["contingency"].isEnabled)
    assert "€4,000" in page.buttons["contingency"].toolTip()
    qtbot.mouseClick(page.buttons["contingency"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tree_rows(page.by_phase)["Contingency reserve"][0] == "€4,000")
    assert stored(project_file).budget_lines[2].amount == 4000


def test_an_edit_in_another_tab_refreshes_the_budget_when_it_is_shown(qtbot, window):
    page = budget_page(window)
    window.tabs.setCurrentWidget(window.page("gantt"))
    from planner.core.cost.budget_edits import set_fixed_cost

    window.session.run(set_fixed_cost(window.session.project, BUILD, 3000))
    assert tree_rows(page.by_phase)["Phase 1"][3] == "€10,350"  # hidden: not worked out yet
    budget_page(window)
    assert tree_rows(page.by_phase)["Phase 1"][3] == "€12,150"  # 1,800 of the 3,000 unspent
