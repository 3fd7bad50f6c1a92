"""Project > Status Date: the date progress is measured at, in a dialog of its own (as MS Project has it).

OK makes one undoable edit through core's `status_date_edit`; an empty field (or NA)
clears the status date. A date that cannot be taken is shown with its reason and the
dialog stays open.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from planner.core.edits.project_edits import STATUS_TIME, status_date_edit
from planner.ui.dialogs.date_field import DateField
from planner.ui.dialogs.project_info import problem_label
from planner.ui.session import Session


class StatusDateDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle("Status Date")
        self.status_date = DateField(session.project.status_date, "status date", STATUS_TIME, parent=self)
        self.status_date.line.setPlaceholderText("NA (none yet)")
        self.problem = problem_label(self)
        self.status_date.edited.connect(self.problem.hide)
        note = QLabel("Work scheduled before the status date counts as done when you Mark on Track.", self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&Status date:", self.status_date)
        form.addRow(note)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.setMinimumWidth(380)

    def accept(self) -> None:
        refusals: list[str] = []
        typed = self.status_date.line.text()
        self.session.attempt(lambda project: status_date_edit(project, typed), refusals.append)
        if refusals:
            self.problem.setText(refusals[0])
            self.problem.show()
            return
        super().accept()
