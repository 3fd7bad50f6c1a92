"""The Budget tab's page: the layout other parts add to, the budget table, the ledger, the charts.

    +-------------------------------------------------------------+
    | top strip (earned value's KPIs: page.add_top(widget))        |
    +------------------------------------+------------------------+
    | By phase | By account | Budget lines | charts (add_chart)    |
    +------------------------------------+------------------------+
    | Expenses: [Add] [Delete] [Import...]                          |
    | the ledger                                                   |
    +-------------------------------------------------------------+

After an edit the page refreshes once, as soon as the edit's signals are all out
(a zero timer), and emits `refreshed` with the new costs for what others added.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner.charts.cost_by_account import cost_by_account_figure
from planner.core.cost import ProjectCosts
from planner.core.cost.budget_edits import risk_contingency
from planner.ui.budget.budget_model import BudgetModel, KeyRole
from planner.ui.budget.chart_pane import ChartPane
from planner.ui.budget.cost_book import cost_book
from planner.ui.budget.ledger_model import BudgetLinesModel, LedgerModel
from planner.ui.budget.money import NO_EXCHANGE, money
from planner.ui.budget.records_table import RecordsTable
from planner.ui.session import Session
from planner.ui.shell.settings import Settings

LEDGER_WIDTHS = (15, 13, 12, 24, 16, 12, 20)
BUDGET_WIDTHS = (22, 18, 12, 24, 13)


class BudgetTree(QTreeView):
    """The budget by phase or by account: expandable to tasks, read-only."""

    def __init__(self, model: BudgetModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.budget = model
        self.setModel(model)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTreeView.SelectionBehavior.SelectRows)
        header = self.header()
        unit = self.fontMetrics().horizontalAdvance("0")
        header.resizeSection(0, 28 * unit)
        for column in range(1, 6):
            header.resizeSection(column, 13 * unit)
        header.setStretchLastSection(False)

    def expanded_keys(self) -> list[tuple]:
        found, stack = [], [self.rootIndex()]
        while stack:
            parent = stack.pop()
            for row in range(self.budget.rowCount(parent)):
                index = self.budget.index(row, 0, parent)
                if self.isExpanded(index):
                    found.append(index.data(KeyRole))
                    stack.append(index)
        return found

    def expand_keys(self, keys: list[tuple]) -> None:
        wanted, stack = set(keys), [self.rootIndex()]
        while stack and wanted:
            parent = stack.pop()
            for row in range(self.budget.rowCount(parent)):
                index = self.budget.index(row, 0, parent)
                if index.data(KeyRole) in wanted:
                    wanted.discard(index.data(KeyRole))
                    self.expand(index)
                    stack.append(index)


class BudgetPage(QWidget):
    refreshed = Signal(object)  # the ProjectCosts now shown
    message = Signal(str, bool)

    def __init__(self, session: Session, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetPage")
        self.session = session
        self.settings = settings
        self.book = cost_book(session.document)
        self.top = QVBoxLayout()
        self.top.setContentsMargins(0, 0, 0, 0)
        self.by_phase = BudgetTree(BudgetModel("phase", self), self)
        self.by_account = BudgetTree(BudgetModel("account", self), self)
        self.budget_lines = RecordsTable(BudgetLinesModel(session, self), BUDGET_WIDTHS, self)
        self.views = QTabWidget(self)
        self.views.setDocumentMode(True)
        self.views.addTab(self.by_phase, "By phase")
        self.views.addTab(self.by_account, "By account")
        self.views.addTab(self._with_bar(self.budget_lines, "budget"), "Budget lines")
        self.charts = QTabWidget(self)
        self.charts.setDocumentMode(True)
        self.cost_chart = ChartPane(lambda: cost_by_account_figure(self.book.costs), self)
        self.add_chart("Cost by account", self.cost_chart)
        self.ledger = RecordsTable(LedgerModel(session, self), LEDGER_WIDTHS, self)
        self.totals = QLabel(self)
        self.totals.setToolTip(NO_EXCHANGE.format(currency=session.project.currency))
        self._build_layout()
        self._pending = True  # costs are worked out when the tab is first shown, not at every open
        self._split_done = False
        session.changed.connect(self._schedule_refresh)

    # -- what other parts add ------------------------------------------------------------
    def add_top(self, widget: QWidget) -> None:
        """A strip over the whole page (earned value's KPIs)."""
        self.top.addWidget(widget)

    def add_chart(self, title: str, widget: QWidget) -> None:
        """A chart beside the budget table, one tab each (a ChartPane redraws itself when stale)."""
        self.charts.addTab(widget, title)

    # -- layout ----------------------------------------------------------------------------
    def _with_bar(self, table: RecordsTable, what: str) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 0, 6, 0)
        if what == "ledger":
            title = QLabel("<b>Expenses</b>", box)
            bar.addWidget(title)
            bar.addSpacing(12)
        self.buttons = getattr(self, "buttons", {})
        for key, text, tip in BUTTONS[what]:
            button = QToolButton(box)
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(False)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        if what == "ledger":
            bar.addWidget(self.totals)
        layout.addLayout(bar)
        layout.addWidget(table, 1)
        return box

    def _build_layout(self) -> None:
        upper = QSplitter(Qt.Orientation.Horizontal, self)
        upper.setChildrenCollapsible(False)
        upper.addWidget(self.views)
        upper.addWidget(self.charts)
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("budgetSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self._with_bar(self.ledger, "ledger"))
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.upper = upper
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self.top)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.ledger)
        state = self.settings.bytes("budget/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._pending:
            QTimer.singleShot(0, self._refresh_if_shown)
        if not self._split_done:  # the table gets most of the width; the chart the rest
            self._split_done = True
            width = max(self.upper.width(), 800)
            self.upper.setSizes([int(width * 0.6), width - int(width * 0.6)])
            if self.settings.bytes("budget/splitter") is None:
                height = max(self.splitter.height(), 400)
                self.splitter.setSizes([int(height * 0.55), height - int(height * 0.55)])

    def save_layout(self) -> None:
        self.settings.set_bytes("budget/splitter", self.splitter.saveState())

    # -- following the document ------------------------------------------------------------
    def _schedule_refresh(self, _changes=None) -> None:
        """Refresh once the edit's signals are all out; while the tab is hidden, when it is shown
        (an edit in the Gantt tab then costs the budget nothing)."""
        if self._pending:
            return
        self._pending = True
        if self.isVisible():
            QTimer.singleShot(0, self._refresh_if_shown)

    def _refresh_if_shown(self) -> None:
        if self.isVisible() and self._pending:
            self.refresh()

    def refresh(self) -> None:
        """Show the costs as they are now: both budget tables, the totals, then the charts."""
        if not self._pending and self.rows_shown():
            return  # refreshed already (a show right after an edit asks twice)
        self._pending = False
        costs = self.book.costs
        for tree in (self.by_phase, self.by_account):
            expanded = tree.expanded_keys()
            if tree.budget.set_costs(costs):
                tree.expand_keys(expanded)
            tree.viewport().update()
        self._show_totals(costs)
        for index in range(self.charts.count()):
            pane = self.charts.widget(index)
            if isinstance(pane, ChartPane):
                pane.mark_stale()
        self.refreshed.emit(costs)

    def rows_shown(self) -> bool:
        return self.by_phase.budget.rows.costs is self.book.costs

    def _show_totals(self, costs: ProjectCosts) -> None:
        currency = costs.schedule.project.currency
        offered = risk_contingency(costs.schedule.project)
        button = self.buttons["contingency"]
        button.setEnabled(offered is not None)
        button.setToolTip(
            "The risk register has no risks yet"
            if offered is None
            else f"Set the contingency reserve to the open risks' expected monetary value, {money(offered, currency)}"
        )
        spent = sum(e.amount for e in costs.schedule.project.expenses.values())
        count = len(costs.schedule.project.expenses)
        self.totals.setText(
            f"{count} expense{'s' * (count != 1)}, {money(spent, currency, 2)} in all · "
            f"budget {money(costs.total_budget, currency)} with reserves"
        )


BUTTONS = {
    "ledger": (
        ("add_expense", "Add expense", "A new line in the ledger, dated the status date (Insert)"),
        ("delete_expense", "Delete", "Delete the selected lines (Delete); Undo brings them back"),
        ("import_expenses", "Import…", "Read a bank or ERP export (CSV or Excel) into the ledger"),
    ),
    "budget": (
        ("add_budget", "Add budget line", "A new line: a budget for a phase or account, or a reserve (Insert)"),
        ("delete_budget", "Delete", "Delete the selected lines (Delete); Undo brings them back"),
        ("contingency", "Contingency from risks", "Set the contingency reserve to the risk register's EMV"),
    ),
}
