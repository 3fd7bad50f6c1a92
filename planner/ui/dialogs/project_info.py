"""Project > Project Information: the project's settings in one dialog, OK making one undoable edit.

What is typed goes to core's `project_info_edit` as text, so the dialog, `planner set`
and the checks are one: a refusal is shown under the fields with its reason and the
dialog stays open with what was typed, for the PM to correct.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from planner.core.edits.project_edits import STATUS_TIME, ProjectInfo, project_info_edit
from planner.core.model.entities import Project
from planner.ui.dialogs.date_field import DateField
from planner.ui.gantt.table.signs import warning_color
from planner.ui.session import Session


class ProjectInfoDialog(QDialog):
    """Opened on the session's project; accept() runs the edit through the session, or shows why not."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        project = session.project
        self.setWindowTitle(f"Project Information for '{project.name}'")
        self.name = QLineEdit(project.name, self)
        self.start = DateField(project.start, "start", parent=self)
        self.status_date = DateField(project.status_date, "status date", default_time=STATUS_TIME, parent=self)
        self.status_date.line.setPlaceholderText("NA (none yet)")
        self.calendar = _calendar_choice(project, self)
        self.currency = QLineEdit(project.currency, self)
        self.hours_per_day = QLineEdit(f"{project.units.minutes_per_day / 60:g}", self)
        self.hours_per_week = QLineEdit(f"{project.units.minutes_per_week / 60:g}", self)
        self.problem = problem_label(self)
        for field in (self.name, self.currency, self.hours_per_day, self.hours_per_week):
            field.textEdited.connect(self.problem.hide)
        for date_field in (self.start, self.status_date):
            date_field.edited.connect(self.problem.hide)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._lay_out(buttons)

    def _lay_out(self, buttons: QDialogButtonBox) -> None:
        form = QFormLayout(self)
        form.addRow("&Name:", self.name)
        form.addRow("&Start date:", self.start)
        form.addRow("S&tatus date:", self.status_date)
        form.addRow("&Calendar:", self.calendar)
        form.addRow("C&urrency:", self.currency)
        form.addRow("Hours per &day:", self.hours_per_day)
        form.addRow("Hours per &week:", self.hours_per_week)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def typed(self) -> ProjectInfo:
        """What the fields hold, as text for core to read (an empty status date clears it)."""
        return ProjectInfo(
            name=self.name.text(),
            start=self.start.line.text(),
            status_date=self.status_date.line.text(),
            calendar_id=self.calendar.currentData(),
            currency=self.currency.text(),
            hours_per_day=self.hours_per_day.text(),
            hours_per_week=self.hours_per_week.text(),
        )

    def accept(self) -> None:
        """One edit of every setting that changed; a refusal keeps the dialog open saying why."""
        refusals: list[str] = []
        info = self.typed()
        self.session.attempt(lambda project: project_info_edit(project, info), refusals.append)
        if refusals:
            self.problem.setText(refusals[0])
            self.problem.show()
            return
        super().accept()


def _calendar_choice(project: Project, parent: QWidget) -> QComboBox:
    choice = QComboBox(parent)
    for calendar_id, calendar in sorted(project.calendars.items()):
        choice.addItem(calendar.name, calendar_id)
    choice.setCurrentIndex(max(0, choice.findData(project.calendar_id)))
    return choice


def problem_label(parent: QWidget) -> QLabel:
    """Where a dialog says why it cannot take what was typed: in the warning colour, hidden until then."""
    label = QLabel("", parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {warning_color(parent.palette()).name()};")
    label.hide()
    return label
