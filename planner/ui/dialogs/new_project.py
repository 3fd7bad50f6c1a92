"""File > New: the project's name, its start date, and whose public holidays it keeps."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from planner.core.model.entities import Project
from planner.core.model.factory import new_project


@lru_cache(maxsize=1)
def countries() -> list[tuple[str, str]]:
    """(name, two-letter code) of every country the `holidays` package knows, by name."""
    import holidays  # several hundred tables: loaded only when the dialog opens

    found = []
    for code in holidays.list_supported_countries():
        if len(code) != 2:
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
        self.start = QDateEdit(QDate(next_monday(today or date.today())), self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("ddd yyyy-MM-dd")
        self.country = QComboBox(self)
        self.country.addItem("None (weekends only)", "")
        for name, code in countries():
            self.country.addItem(f"{name} ({code})", code)
        home = QLocale.territoryToCode(QLocale.system().territory())
        self.country.setCurrentIndex(max(0, self.country.findData(home)))
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
        form.addRow(note)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def project(self) -> Project:
        """The new project; raises InputError (e.g. an empty name)."""
        return new_project(self.name.text(), self.start.date().toPython(), self.country.currentData() or "")
