"""Project > Change Working Time: the project calendar's week, its exceptions and its country.

Each weekday's hours are typed as MS Project shows them (`08:00-12:00, 13:00-17:00`, empty
for a day off); exceptions (holidays, shutdowns, a half day) are rows of name, start, finish
and hours (empty: not working). The country adds its public holidays. OK hands the text to
core's `working_time_edit`: one undoable edit of the calendar, or the reason it cannot be
taken shown under the fields, with the dialog kept open.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.edits.calendar_edits import TypedException, format_hours, working_time_edit
from planner.core.edits.edit import Edit
from planner.core.model.dates import DAY_NAMES, day_text
from planner.core.model.entities import Calendar, Project
from planner.ui.dialogs.new_project import countries
from planner.ui.dialogs.project_info import problem_label
from planner.ui.session import Session

EXCEPTION_COLUMNS = ("Name", "Start", "Finish", "Hours (empty: off)")


class WorkingTimeDialog(QDialog):
    """Opened on the project's calendar; accept() runs the edit through the session, or shows why not."""

    def __init__(self, session: Session, parent: QWidget | None = None, calendar: Calendar | None = None) -> None:
        super().__init__(parent)
        self.session = session
        calendar = calendar or session.project.calendar
        self.calendar_id = calendar.id
        self.setWindowTitle(f"Change Working Time for '{calendar.name}'")
        self.week = [QLineEdit(format_hours(hours), self) for hours in calendar.week]
        for line in self.week:
            line.setPlaceholderText("non-working")
        self.exceptions = _exception_table(calendar, self)
        self.add = QPushButton("&Add Exception", self)
        self.add.clicked.connect(self.add_exception)
        self.remove = QPushButton("&Remove Exception", self)
        self.remove.clicked.connect(self._remove_exception)
        self.country = _country_choice(calendar.country, self)
        self.problem = problem_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._lay_out(buttons)

    def _lay_out(self, buttons: QDialogButtonBox) -> None:
        week_box = QGroupBox("Working hours each week", self)
        week_form = QFormLayout(week_box)
        for name, line in zip(DAY_NAMES, self.week, strict=True):
            week_form.addRow(f"{name}:", line)
        exception_box = QGroupBox("Exceptions: holidays, shutdowns, days with other hours", self)
        exception_layout = QVBoxLayout(exception_box)
        exception_layout.addWidget(self.exceptions)
        row = QHBoxLayout()
        row.addWidget(self.add)
        row.addWidget(self.remove)
        row.addStretch(1)
        exception_layout.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(week_box)
        layout.addWidget(exception_box, 1)
        country_form = QFormLayout()
        country_form.addRow("Public &holidays of:", self.country)
        layout.addLayout(country_form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def add_exception(self) -> int:
        """A new empty row, its name cell current, ready to type into; returns its row."""
        row = self.exceptions.rowCount()
        self.exceptions.insertRow(row)
        for column in range(len(EXCEPTION_COLUMNS)):
            self.exceptions.setItem(row, column, QTableWidgetItem(""))
        self.exceptions.setCurrentCell(row, 0)
        self.exceptions.setFocus()
        return row

    def _remove_exception(self) -> None:
        row = self.exceptions.currentRow()
        if row >= 0:
            self.exceptions.removeRow(row)

    def typed_exceptions(self) -> list[TypedException]:
        """Every row with anything typed in it (a row left empty is not an exception)."""
        rows = []
        for row in range(self.exceptions.rowCount()):
            cells = [self._cell(row, column) for column in range(len(EXCEPTION_COLUMNS))]
            if any(cell.strip() for cell in cells):
                rows.append(TypedException(*cells))
        return rows

    def _cell(self, row: int, column: int) -> str:
        item = self.exceptions.item(row, column)
        return item.text() if item is not None else ""

    def build_edit(self, project: Project, week: list[str], rows: list[TypedException], country: str) -> Edit | None:
        """The edit OK makes (a resource's dialog makes its own: resources/working_time.py)."""
        return working_time_edit(project, self.calendar_id, week, rows, country)

    def accept(self) -> None:
        """One edit of the calendar; a refusal keeps the dialog open saying why."""
        self.exceptions.setCurrentCell(-1, -1)  # an open cell editor commits what it holds
        week = [line.text() for line in self.week]
        rows, country = self.typed_exceptions(), self.country.currentData() or ""
        refusals: list[str] = []
        self.session.attempt(lambda project: self.build_edit(project, week, rows, country), refusals.append)
        if refusals:
            self.problem.setText(refusals[0])
            self.problem.show()
            return
        super().accept()


def _exception_table(calendar: Calendar, parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(EXCEPTION_COLUMNS), parent)
    table.setHorizontalHeaderLabels(EXCEPTION_COLUMNS)
    header = table.horizontalHeader()  # the name takes the room; dates and hours fit their text
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    for row, exception in enumerate(calendar.exceptions):
        table.insertRow(row)
        cells = (exception.name, day_text(exception.start), day_text(exception.finish), format_hours(exception.hours))
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
    return table


def _country_choice(current: str, parent: QWidget) -> QComboBox:
    choice = QComboBox(parent)
    choice.addItem("None (no public holidays)", "")
    for name, code in countries():
        choice.addItem(f"{name} ({code})", code)
    found = choice.findData(current.upper())
    if found < 0 and current:  # a code the holidays package lists under another name: keep it
        choice.addItem(current.upper(), current.upper())
        found = choice.count() - 1
    choice.setCurrentIndex(max(0, found))
    return choice
