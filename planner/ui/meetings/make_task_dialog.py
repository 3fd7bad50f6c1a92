"""Make task: the small dialog asking which phase the action's task goes into.

It offers the plan's phases (its top-level summary tasks) and "the end of the plan", the
current phase chosen (the first with work left: core.communication.action_task), and
says what the task will be: one day, the action's due date as its deadline, its owner
assigned when a resource of the plan.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from planner.core.communication.action_task import default_phase, owner_resource, phases
from planner.core.communication.entities import ActionItem
from planner.core.communication.registers import ACTIONS
from planner.core.model.entities import Project
from planner.core.model.wbs import Outline

END_OF_PLAN = "At the end of the plan"


class MakeTaskDialog(QDialog):
    def __init__(self, project: Project, action: ActionItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Make task from {ACTIONS.label(action.id)}")
        ids = Outline.of(project).ids
        self.phase = QComboBox(self)
        for phase in phases(project):
            self.phase.addItem(f"{ids.id_of(phase.id)} {phase.name}", phase.id)
        self.phase.addItem(END_OF_PLAN, None)
        chosen = default_phase(project)
        self.phase.setCurrentIndex(max(0, self.phase.findData(chosen)) if chosen is not None else 0)
        about = QLabel(self._about(action, owner_resource(project, action) is not None), self)
        about.setWordWrap(True)
        form = QFormLayout()
        form.addRow("&Phase:", self.phase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Make task")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    @staticmethod
    def _about(action: ActionItem, assignable: bool) -> str:
        deadline = f", with the deadline {action.due.isoformat()} (its due date)" if action.due else ""
        owner = ""
        if action.owner:
            owner = f" {action.owner} is assigned." if assignable else f" {action.owner} is no resource of the plan."
        return (
            f"<b>{action.title}</b> becomes a one-day task at the end of the phase{deadline}, "
            f"above its closing milestone if it has one.{owner}"
        )

    def phase_id(self) -> int | None:
        return self.phase.currentData()
