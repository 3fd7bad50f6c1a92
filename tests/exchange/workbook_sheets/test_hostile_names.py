"""Names a user typed (phases, accounts, people) reach the sheets as text, never as formulas."""

from __future__ import annotations

from openpyxl import load_workbook

from planner.core.schedule.engine import schedule
from planner.exchange.demo import demo_project
from planner.exchange.workbook.book import build_workbook
from planner.exchange.workbook.budget_sheet import SHEET as BUDGET
from planner.exchange.workbook.resources_sheet import SHEET as RESOURCES

PHASE, ACCOUNT, PERSON = '=HYPERLINK("http://evil","x")', "+1-2", "@SUM(A1)"


def test_hostile_names_read_back_as_the_same_text(tmp_path) -> None:
    project = demo_project()
    top = min(t.id for t in project.tasks.values() if t.parent_id is None)
    project.tasks[top].name = PHASE
    next(iter(project.cost_accounts.values())).name = ACCOUNT
    next(iter(project.resources.values())).name = PERSON
    build_workbook(schedule(project)).save(tmp_path / "hostile.xlsx")
    book = load_workbook(tmp_path / "hostile.xlsx")
    cells = [c for sheet in (book[BUDGET], book[RESOURCES]) for row in sheet.iter_rows() for c in row]
    found = {c.value: c.data_type for c in cells if c.value in (PHASE, ACCOUNT, PERSON)}
    assert found == {PHASE: "s", ACCOUNT: "s", PERSON: "s"}
