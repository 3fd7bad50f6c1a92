"""Project > Set Baseline and Clear Baseline, laid out as MS Project's dialogs.

Set Baseline: which baseline (0-10, each saved one with the date it was saved), its name,
for the entire project or the selected tasks, and whether variance is measured against it.
Clear Baseline: which baseline, for the entire project or the selected tasks. OK makes one
undoable edit; a refusal is shown in the dialog, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from planner.core.edits.baseline_edits import clear_baseline, measure_against, save_baseline
from planner.core.edits.compose import compose
from planner.core.edits.edit import Edit
from planner.core.evm.baselines import baseline_numbered, measured_baseline
from planner.core.model.baselines import BASELINE_NUMBERS, baseline_label
from planner.core.model.entities import Project
from planner.ui.dialogs.project_info import problem_label
from planner.ui.session import Session


def baseline_choices(project: Project, combo: QComboBox) -> None:
    """Baseline, Baseline 1 ... Baseline 10; a saved one says when: "Baseline (last saved on 2027-01-04)"."""
    for number in BASELINE_NUMBERS:
        saved = baseline_numbered(project, number)
        text = baseline_label(number)
        if saved is not None:
            name = f" '{saved.name}'" if saved.name else ""
            when = f" (last saved on {saved.saved:%a %Y-%m-%d})" if saved.saved else " (saved)"
            text += name + when
        combo.addItem(text, number)


class _BaselineDialog(QDialog):
    """The parts both dialogs share: the baseline chooser, the scope, the problem line, OK and Cancel."""

    def __init__(self, session: Session, selected: list[int], title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.selected = selected
        self.setWindowTitle(title)
        self.baseline = QComboBox(self)
        baseline_choices(session.project, self.baseline)
        self.entire = QRadioButton("&Entire project", self)
        self.only_selected = QRadioButton(f"Se&lected tasks ({len(selected)})", self)
        self.only_selected.setEnabled(bool(selected))
        self.entire.setChecked(True)
        scope = QButtonGroup(self)
        scope.addButton(self.entire)
        scope.addButton(self.only_selected)
        self.scope = QWidget(self)
        row = QHBoxLayout(self.scope)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.entire)
        row.addWidget(self.only_selected)
        row.addStretch(1)
        self.problem = problem_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.setMinimumWidth(460)

    @property
    def number(self) -> int:
        return int(self.baseline.currentData())

    @property
    def task_ids(self) -> list[int] | None:
        return list(self.selected) if self.only_selected.isChecked() else None

    def finish_layout(self) -> None:
        self.form.addRow("For:", self.scope)
        self.form.addRow(self.problem)
        self.form.addRow(self.buttons)

    def run(self, build: Callable[[Project], Edit | None]) -> None:
        refusals: list[str] = []
        self.session.attempt(build, refusals.append)
        if refusals:
            self.problem.setText(refusals[0])
            self.problem.show()
            return
        super().accept()


class SetBaselineDialog(_BaselineDialog):
    def __init__(self, session: Session, selected: list[int], parent: QWidget | None = None) -> None:
        super().__init__(session, selected, "Set Baseline", parent)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText("e.g. Kick-off, Re-plan after design")
        self.measured = QCheckBox("Measure &variance and earned value against this baseline", self)
        self.baseline.currentIndexChanged.connect(self._chosen)
        self.form.addRow("Set &baseline:", self.baseline)
        self.form.addRow("&Name:", self.name)
        self.finish_layout()
        self.form.insertRow(3, self.measured)
        self._chosen()

    def _chosen(self, _index: int = 0) -> None:
        project = self.session.project
        saved = baseline_numbered(project, self.number)
        self.name.setText(saved.name if saved is not None else "")
        measured = measured_baseline(project)
        self.measured.setChecked(measured is None or measured.number == self.number)
        self.problem.hide()

    def accept(self) -> None:
        number, task_ids, name = self.number, self.task_ids, self.name.text()
        measured = self.measured.isChecked()
        saved = datetime.now().replace(second=0, microsecond=0)
        schedule = self.session.schedule

        def build(project: Project) -> Edit | None:
            steps = [lambda p: save_baseline(schedule, number, saved, name=name, task_ids=task_ids)]
            if measured:
                steps.append(lambda p: measure_against(p, number))
            return compose(project, f"Save {baseline_label(number)}", steps)

        self.run(build)


class ClearBaselineDialog(_BaselineDialog):
    def __init__(self, session: Session, selected: list[int], parent: QWidget | None = None) -> None:
        super().__init__(session, selected, "Clear Baseline", parent)
        measured = measured_baseline(session.project)
        if measured is not None:
            self.baseline.setCurrentIndex(self.baseline.findData(measured.number))
        self.form.addRow("Clear &baseline:", self.baseline)
        self.finish_layout()

    def accept(self) -> None:
        number, task_ids = self.number, self.task_ids
        self.run(lambda project: clear_baseline(project, number, task_ids))
