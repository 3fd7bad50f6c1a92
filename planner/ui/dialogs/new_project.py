"""File > New: the project's name, its start date, and whose public holidays it keeps."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from planner.core.errors import PlannerError
from planner.core.model.entities import Project
from planner.core.model.factory import new_project
from planner.ui.dialogs.date_field import DateField
from planner.ui.gantt.table.signs import warning_color


@lru_cache(maxsize=1)
def countries() -> list[tuple[str, str]]:
    """(name, two-letter code) of every country whose public holidays the `holidays` package has, by name.

    Countries it lists without a single holiday this year or next (uninhabited territories,
    Ukraine while its holidays are suspended) are left out: choosing one would change nothing.
    Checking them all takes under a second, once per run, when the first dialog opens.
    """
    import holidays  # several hundred tables: loaded only when the dialog opens

    year = date.today().year
    found = []
    for code in holidays.list_supported_countries():
        if len(code) != 2 or not holidays.country_holidays(code, years=(year, year + 1)):
            continue
        territory = QLocale.codeToTerritory(code)
        name = QLocale.territoryToString(territory) if territory != QLocale.Country.AnyTerritory else code
        found.append((name, code))
    return sorted(found)


def next_monday(today: date) -> date:
    """Projects start on a Monday more often than not: today if it is one, else the next."""
    return today + timedelta(days=-today.weekday() % 7)


class NewProjectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New project")
        self.name = QLineEdit("New project", self)
        self.name.selectAll()
        self.start = DateField(next_monday(today or date.today()), "start date", parent=self)
        self.country = QComboBox(self)
        self.country.addItem("None (weekends only)", "")
        for name, code in countries():
            self.country.addItem(f"{name} ({code})", code)
        home = QLocale.territoryToCode(QLocale.system().territory())
        self.country.setCurrentIndex(max(0, self.country.findData(home)))
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {warning_color(self.palette()).name()};")
        self.problem.hide()
        self.start.edited.connect(self.problem.hide)
        note = QLabel("Next you choose where the project file goes. Every change is saved to it as you work.", self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Create…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Project &name:", self.name)
        form.addRow("&Start date:", self.start)
        form.addRow("Public &holidays of:", self.country)
        form.addRow(self.problem)
        form.addRow(note)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        """Stay open, saying why, on a start date or name that cannot be taken."""
        try:
            self.project()
        except PlannerError as error:
            self.problem.setText(str(error))
            self.problem.show()
            self.adjustSize()
            return
        super().accept()

    def project(self) -> Project:
        """The new project; raises InputError (a date not understood, an empty name)."""
        start = self.start.moment().date()
        return new_project(self.name.text(), start, self.country.currentData() or "")
