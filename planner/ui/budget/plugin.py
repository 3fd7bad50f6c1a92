"""The Budget tab's registration: its page, its Edit menu entries (Insert and Delete act on the
ledger or the budget lines, whichever has the focus) and the ledger's import."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from planner.core.cost.budget_edits import add_budget_line, contingency_from_risks, delete_budget_lines
from planner.core.cost.expense_edits import add_expense, default_day, delete_expenses
from planner.ui.budget.page import BudgetPage
from planner.ui.budget.records_table import RecordsTable
from planner.ui.evm.budget_widgets import add_evm_widgets
from planner.ui.session import Session
from planner.ui.tabs import MenuEntries, Tab, TabHost


class BudgetTabPlugin(Tab):
    key = "budget"
    title = "&Budget"

    def __init__(self, host: TabHost) -> None:
        super().__init__(host)
        window = host.window()
        self.add_action = QAction("&Add Expense", window)
        self.add_action.setShortcut(QKeySequence("Insert"))
        self.add_action.setStatusTip("A new line in the ledger (or in the budget lines, when they have the focus)")
        self.add_action.triggered.connect(self.add_line)
        self.delete_action = QAction("&Delete Lines", window)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self.delete_lines)
        self.add_budget_action = QAction("Add &Budget Line", window)
        self.add_budget_action.triggered.connect(self.add_budget)
        self.import_action = QAction("&Import Expenses…", window)
        self.import_action.setStatusTip("Read a bank or ERP export (CSV or Excel) into the ledger, with a preview")
        self.import_action.triggered.connect(self.import_expenses)
        self.session: Session | None = None

    @property
    def budget(self) -> BudgetPage | None:
        return self.page if isinstance(self.page, BudgetPage) else None

    def open(self, session: Session) -> QWidget:
        self.session = session
        page = BudgetPage(session, self.host.settings)
        page.message.connect(lambda text, error: self.host.status(text, error))
        buttons = page.buttons
        buttons["add_expense"].clicked.connect(self.add_expense)
        buttons["delete_expense"].clicked.connect(lambda: self._delete(page.ledger))
        buttons["import_expenses"].clicked.connect(self.import_expenses)
        buttons["add_budget"].clicked.connect(self.add_budget)
        buttons["delete_budget"].clicked.connect(lambda: self._delete(page.budget_lines))
        buttons["contingency"].clicked.connect(self.contingency_from_risks)
        page.earned_value = add_evm_widgets(page)  # the KPI strip on top, the S-curve, cash flow, burn rate
        return page

    def close(self) -> None:
        page = self.budget
        if page is not None:
            for table in (page.ledger, page.budget_lines):
                editor = table.indexWidget(table.currentIndex())
                if editor is not None:
                    table.commitData(editor)
            page.save_layout()
        self.session = None

    def actions(self) -> list[QAction]:
        return [self.add_action, self.delete_action, self.add_budget_action, self.import_action]

    def menu_entries(self) -> MenuEntries:
        return {"Edit": [None, self.add_action, self.add_budget_action, self.delete_action, self.import_action]}

    # -- what the actions do -----------------------------------------------------------
    def _focused(self) -> RecordsTable | None:
        page = self.budget
        if page is None:
            return None
        return page.budget_lines if page.budget_lines.hasFocus() else page.ledger

    def add_line(self) -> None:
        table = self._focused()
        if table is not None and self.budget is not None and table is self.budget.budget_lines:
            self.add_budget()
        else:
            self.add_expense()

    def delete_lines(self) -> None:
        table = self._focused()
        if table is not None:
            self._delete(table)

    def add_expense(self) -> None:
        page, session = self.budget, self.session
        if page is None or session is None:
            return
        day = default_day(session.schedule)
        edit = session.attempt(lambda project: add_expense(project, day), self._refused)
        if edit is not None:
            page.ledger.setFocus()
            page.ledger.select_id(edit.changes[0].after.id, 1)
            self.host.status(f"Added an expense on {day:%a %Y-%m-%d}: type its amount, account and task")

    def add_budget(self) -> None:
        page, session = self.budget, self.session
        if page is None or session is None:
            return
        edit = session.attempt(add_budget_line, self._refused)
        if edit is not None:
            page.views.setCurrentWidget(page.budget_lines.parentWidget())
            page.budget_lines.setFocus()
            page.budget_lines.select_id(edit.changes[0].after.id, 0)

    def contingency_from_risks(self) -> None:
        session = self.session
        if session is None:
            return
        edit = session.attempt(contingency_from_risks, self._refused)
        if edit is not None:
            amount = edit.changes[-1].after.amount
            self.host.status(f"The contingency reserve is now the risk register's EMV, {amount:,.2f}")

    def _delete(self, table: RecordsTable) -> None:
        session, page = self.session, self.budget
        if session is None or page is None:
            return
        ids = table.selected_ids()
        remove = delete_budget_lines if table is page.budget_lines else delete_expenses
        edit = session.attempt(lambda project: remove(project, ids), self._refused)
        if edit is not None:
            self.host.status(f"{edit.label}; Undo (Ctrl+Z) brings them back")

    def import_expenses(self) -> None:
        page, session = self.budget, self.session
        if page is None or session is None:
            return
        from planner.ui.budget.import_dialog import import_expenses_from_file

        import_expenses_from_file(session, self.host)

    def _refused(self, why: str) -> None:
        self.host.status(why, error=True)
