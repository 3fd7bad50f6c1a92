"""Import… on a register page: a CSV/XLSX sheet previewed (rows to add, rows refused) before anything is added.

The rows are read by planner.exchange.register_import (headers matched to the
register's column titles, field names or aliases; every row checked as its cells
would be typed). The dialog shows the records to add as the table would show them,
the refused rows with their spreadsheet row numbers and messages, and the columns it
did not understand. While rows are refused nothing is imported unless "Skip bad
rows" is ticked; Import adds the good rows as one undo step (`planner
register-import --skip-bad-rows` does the same from the command line).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import PlannerError
from planner.core.model.entities import Project
from planner.core.records.values import shown
from planner.exchange.register_import import RegisterImport, read_register_sheet
from planner.ui.dialogs.project_info import problem_label

if TYPE_CHECKING:
    from planner.ui.registers.register_page import RegisterPage

SHOWN_REFUSALS = 200


class RegisterImportDialog(QDialog):
    def __init__(self, source: Path, project: Project, found: RegisterImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = found
        spec = found.spec
        self.setWindowTitle(f"Import {spec.plural.capitalize()} from {source.name}")
        self.summary = QLabel(self._summary(), self)
        self.summary.setWordWrap(True)
        self.table = self._records_table(project)
        self.refused = QListWidget(self)
        self.refused.addItems(found.problems()[:SHOWN_REFUSALS])
        self.refused.setVisible(bool(found.refused))
        line = self.fontMetrics().height() + 4
        self.refused.setFixedHeight(min(max(len(found.refused), 1), 6) * line + 8)
        refusal_title = problem_label(self)
        count = len(found.refused)
        refusal_title.setText(f"{count} row{'s' * (count != 1)} refused; while they are, nothing is imported:")
        refusal_title.setVisible(bool(found.refused))
        self.skip = QCheckBox("&Skip bad rows and import the others", self)
        self.skip.setVisible(bool(found.refused))
        self.skip.toggled.connect(self._enable)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton("&Import", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(refusal_title)
        layout.addWidget(self.refused)
        layout.addWidget(self.skip)
        layout.addWidget(buttons)
        self.resize(900, 500)
        self._enable()

    def _summary(self) -> str:
        found, spec = self.found, self.found.spec
        count = len(found.records)
        noun = spec.singular if count == 1 else spec.plural
        text = (
            f"{count} {noun} to add, as one step (Edit > Undo takes them all back)."
            if count
            else f"No {spec.singular} to add."
        )
        if found.ignored_columns:
            text += f" Columns not understood, left out: {', '.join(found.ignored_columns)}."
        return text

    def _records_table(self, project: Project) -> QTableWidget:
        spec = self.found.spec
        fields = [f for f in spec.fields if f.shown]
        table = QTableWidget(len(self.found.records), len(fields), self)
        table.setHorizontalHeaderLabels([f.title for f in fields])
        for row, record in enumerate(self.found.records):
            for column, field in enumerate(fields):
                text = " ".join(shown(project, field, getattr(record, field.key)).split())
                table.setItem(row, column, QTableWidgetItem(text))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        unit = self.fontMetrics().horizontalAdvance("0")
        for column, field in enumerate(fields):
            header.resizeSection(column, field.width * unit + 14)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return table

    def _enable(self) -> None:
        blocked = bool(self.found.refused) and not self.skip.isChecked()
        self.import_button.setEnabled(bool(self.found.records) and not blocked)


def import_into(page: RegisterPage, path: Path) -> bool:
    """Preview `path` for the page's register; on Import, add its rows as one undo step. True when added."""
    spec, session, host = page.spec, page.session, page.host
    try:
        found = read_register_sheet(path, session.project, spec, skip_bad_rows=True)
    except PlannerError as problem:
        box = QMessageBox(QMessageBox.Icon.Warning, f"Import {spec.plural.capitalize()}",
                          f"{path.name} was not imported", parent=host.window())  # fmt: skip
        box.setInformativeText(str(problem))
        page.last_import = box
        box.open()
        return False
    dialog = RegisterImportDialog(path, session.project, found, host.window())
    page.last_import = dialog
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    skip = dialog.skip.isChecked()
    edit = session.attempt(lambda p: read_register_sheet(path, p, spec, skip_bad_rows=skip).edit, page.table.report)
    if edit is None:
        return False
    count = len(edit.changes)
    noun = spec.singular if count == 1 else spec.plural
    host.status(f"Imported {count} {noun} from {path.name} (Undo takes them back)")
    page.reveal(edit.changes[-1].after.id)
    return True
