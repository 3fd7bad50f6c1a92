"""Import Expenses: a bank or ERP export (.csv or .xlsx) into the ledger, after a preview.

The columns are guessed from the header (planner.exchange.expense_import); the preview
shows, per field, which column it is read from (change any of them) and the lines as
they will be booked, with every bad row by its spreadsheet row number. Import is only
offered when no row is bad: nothing is written until every line can be taken, and then
all of them are, as one edit (one Undo).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.cost.lookups import account_name
from planner.core.errors import PlannerError
from planner.core.model.dates import day_text
from planner.exchange.expense_import import FIELD_TITLES, LedgerImport, Mapping, read_ledger
from planner.ui.budget.money import credit_money
from planner.ui.session import Session
from planner.ui.tabs import TabHost

LEDGER_FILTER = "Ledgers (*.csv *.xlsx *.xlsm);;CSV files (*.csv);;Excel workbooks (*.xlsx *.xlsm);;All files (*)"
PREVIEW_ROWS = 200


def ask_ledger_path(parent: QWidget) -> Path | None:
    """The file picker; tests replace this function."""
    name, _ = QFileDialog.getOpenFileName(parent, "Import expenses", str(Path.home()), LEDGER_FILTER)
    return Path(name) if name else None


class LedgerImportDialog(QDialog):
    def __init__(self, session: Session, first: LedgerImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result = first
        self.setWindowTitle(f"Import Expenses — {first.source.name}")
        self.resize(900, 560)
        self.columns: dict[str, QComboBox] = {}
        form = QFormLayout()
        for field, title in FIELD_TITLES.items():
            combo = QComboBox(self)
            combo.addItem("(not imported)", None)
            for index, header in enumerate(first.sheet.header):
                combo.addItem(header or f"column {index + 1}", index)
            combo.setCurrentIndex(
                combo.findData(first.mapping.get(field)) if first.mapping.get(field) is not None else 0
            )
            combo.currentIndexChanged.connect(self._reread)
            self.columns[field] = combo
            form.addRow(f"{title}:", combo)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.preview = QTableWidget(self)
        self.preview.setColumnCount(len(FIELD_TITLES))
        self.preview.setHorizontalHeaderLabels(list(FIELD_TITLES.values()))
        self.preview.verticalHeader().hide()
        self.problems = QListWidget(self)
        self.problems.setMaximumHeight(110)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self._show(first)

    def mapping(self) -> Mapping:
        return {field: combo.currentData() for field, combo in self.columns.items()}

    def _reread(self) -> None:
        try:
            result = read_ledger(self.result.source, self.session.schedule, self.mapping())
        except PlannerError as error:
            self.summary.setText(str(error))
            self.problems.clear()
            self.preview.setRowCount(0)
            self.import_button.setEnabled(False)
            return
        self._show(result)

    def _show(self, result: LedgerImport) -> None:
        self.result = result
        project, currency = self.session.project, self.session.project.currency
        accounts = {a.id: a.name for a in result.new_accounts}
        shown = result.expenses[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        for row, e in enumerate(shown):
            task = project.tasks[e.task_id].name if e.task_id in project.tasks else ""
            account = accounts.get(e.account_id) or account_name(project, e.account_id)
            cells = (day_text(e.date), credit_money(e.amount, currency), account, task, e.vendor, e.invoice, e.note)
            for column, text in enumerate(cells):
                self.preview.setItem(row, column, QTableWidgetItem(text))
        self.preview.resizeColumnsToContents()
        self.problems.clear()
        self.problems.addItems(result.problems)
        self.problems.setVisible(bool(result.problems))
        count, total = len(result.expenses), sum(e.amount for e in result.expenses)
        if result.problems:
            bad = len(result.problems)
            text = (
                f"{bad} row{'s' * (bad != 1)} cannot be taken (below); nothing will be imported until they are fixed."
            )
        else:
            credits = f", {result.credits} of them credit{'s' * (result.credits != 1)}" if result.credits else ""
            new = ", ".join(a.name for a in result.new_accounts)
            lines = f"{count} expense{'s' * (count != 1)}"
            text = f"{lines}{credits}, {credit_money(total, currency)} in all, will be added to the ledger."
            text += f" New cost accounts: {new}." if new else ""
        self.summary.setText(text)
        self.import_button.setEnabled(not result.problems and count > 0)
        self.import_button.setText(f"Import {count} Expense{'s' * (count != 1)}")


def import_expenses_from_file(session: Session, host: TabHost, path: Path | None = None) -> bool:
    """Ask for a ledger file, preview it, and on Import add its lines as one edit."""
    path = path or ask_ledger_path(host.window())
    if path is None:
        return False
    try:
        first = read_ledger(path, session.schedule)
    except PlannerError as error:
        host.status(str(error), error=True)
        return False
    dialog = LedgerImportDialog(session, first, host.window())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    result = dialog.result
    try:
        session.run(result.edit())
    except PlannerError as error:
        host.status(str(error), error=True)
        return False
    host.status(f"Imported {len(result.expenses)} expenses from {path.name}; Undo (Ctrl+Z) takes them out again")
    return True
