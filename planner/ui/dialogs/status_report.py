"""File > Status Report: the period the report covers and the name it carries, asked before the PDF
is written. The period defaults to the two weeks ending at the status date (today when none is
set), as `planner report` does; dates are typed as in every date field."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from planner.core.errors import InputError
from planner.core.report.facts import project_manager
from planner.core.report.period import Period, default_period
from planner.ui.dialogs.date_field import DateField
from planner.ui.dialogs.project_info import problem_label
from planner.ui.session import Session

DAY_BOUNDS = (time(0, 0), time(23, 59))  # the fields show days; no time is ever shown


class StatusReportDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Status Report")
        project = session.project
        period = default_period(project.status_date, today or date.today())
        self.first = DateField(period.first, "first day", time(0, 0), DAY_BOUNDS, self)
        self.last = DateField(period.last, "last day", time(0, 0), DAY_BOUNDS, self)
        self.author = QLineEdit(project_manager(session.document.schedule), self)
        self.author.setPlaceholderText("your name")
        self.problem = problem_label(self)
        for field in (self.first, self.last):
            field.edited.connect(self.problem.hide)
        note = QLabel(
            "A PDF for the steering committee: red/amber/green with the rule behind each, what finished and "
            "slipped in the period, what comes next, milestones, issues, earned value and the top risks.",
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save = buttons.addButton("&Save PDF…", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow("&From:", self.first)
        form.addRow("&To:", self.last)
        form.addRow("&Author:", self.author)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.setMinimumWidth(460)
        self.period: Period | None = None

    def accept(self) -> None:
        try:
            self.period = Period(self.first.moment().date(), self.last.moment().date())
        except InputError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return
        super().accept()
