"""Risk Information: the long fields of one risk, edited with room to write, as one undoable edit."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.risk.edits import change_risk
from planner.core.risk.register import review_day
from planner.ui.session import Session

LONG_FIELDS = (
    ("cause", "&Cause"),
    ("event", "&Event"),
    ("effect", "E&ffect"),
    ("response_plan", "&Response plan"),
    ("contingency_plan", "C&ontingency plan"),
    ("trigger", "&Trigger"),
    ("notes", "&Notes"),
)


class RiskInfoDialog(QDialog):
    def __init__(self, session: Session, risk_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.risk_id = session, risk_id
        risk = session.project.risks[risk_id]
        self.setWindowTitle(f"Risk Information: R{risk_id}")
        self.title = QLineEdit(risk.title, self)
        self.fields: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.addRow("T&itle", self.title)
        for field, label in LONG_FIELDS:
            edit = QPlainTextEdit(getattr(risk, field), self)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * (4 if field == "notes" else 2) + 14)
            self.fields[field] = edit
            form.addRow(label, edit)
            form.labelForField(edit).setBuddy(edit)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def accept(self) -> None:
        values = {field: edit.toPlainText().strip() for field, edit in self.fields.items()}
        values["notes"] = self.fields["notes"].toPlainText()
        values["title"] = self.title.text().strip()

        def build(project):
            return change_risk(project, self.risk_id, review_day(project, date.today()), "Edit risk", **values)

        problems: list[str] = []
        self.session.attempt(build, problems.append)
        if problems:
            self.problem.setText(problems[0])
            self.problem.show()
            return
        super().accept()
