"""The money tables and the assignment columns of 0007_costs in the project file."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from planner.core.edits.edit import Edit, Put, apply_edit
from planner.core.edits.outline_edits import delete_tasks
from planner.core.errors import InputError
from planner.core.model.costs import Expense
from planner.store.document import Document
from planner.store.errors import BadData
from planner.store.projectfile import ProjectFile
from tests.core.cost.example import PHASE, costed_project

SAMPLES = Path(__file__).parent.parent / "samples"


def test_costs_survive_a_reopen(tmp_path):
    project = costed_project()
    ProjectFile.create(tmp_path / "c.plandb", project).close()
    with ProjectFile.open(tmp_path / "c.plandb") as file:
        again = file.load()
    for table in ("cost_accounts", "task_costs", "resource_costs", "budget_lines", "expenses", "assignments"):
        assert again.table(table) == project.table(table), table


def test_an_expense_edit_is_saved_and_does_not_reschedule(tmp_path):
    ProjectFile.create(tmp_path / "c.plandb", costed_project()).close()
    with Document.open(tmp_path / "c.plandb") as document:
        before = document.schedule
        uid = document.project.next_id("expenses")
        document.apply(Edit("Add expense", (Put("expenses", None, Expense(uid, date(2027, 1, 7), -30.5)),)))
        assert document.schedule is before
    with Document.open(tmp_path / "c.plandb") as document:
        assert document.project.expenses[uid] == Expense(uid, date(2027, 1, 7), -30.5)


def test_a_task_with_expenses_is_not_deleted_with_them():
    project = costed_project()
    with pytest.raises(InputError, match="task 2 cannot be deleted: expense 1 uses it as its task"):
        delete_tasks(project, [PHASE])


def test_deleting_a_task_takes_its_fixed_cost_and_budget_lines():
    project = costed_project()
    project.expenses.clear()
    apply_edit(project, delete_tasks(project, [PHASE]))
    assert project.task_costs == {} and [b.name for b in project.budget_lines.values()] == ["Contingency"]


def test_an_older_file_is_migrated_and_has_no_costs(tmp_path):
    path = tmp_path / "old.plandb"
    shutil.copy(SAMPLES / "schema-3.plandb", path)
    with ProjectFile.open(path) as file:
        project = file.load()
    assert project.expenses == {} and project.cost_accounts == {}
    assert all(a.actual_work_minutes is None and a.cost == 0 for a in project.assignments.values())


def test_text_in_a_stored_amount_is_refused_naming_the_row(tmp_path):
    ProjectFile.create(tmp_path / "c.plandb", costed_project()).close()
    connection = sqlite3.connect(tmp_path / "c.plandb")
    connection.execute("UPDATE expenses SET amount = 'lots' WHERE id = 2")
    connection.commit()
    connection.close()
    with pytest.raises(BadData, match="expense 2: amount 'lots' is not a number"):
        ProjectFile.open(tmp_path / "c.plandb").load()
