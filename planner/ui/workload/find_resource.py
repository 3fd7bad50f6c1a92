"""Find Resource: for one task, the people ranked by skill fit and free capacity, each with the
reason; Assign (or a double-click) puts the chosen person on the task as one undoable edit.

The list is the core's (planner.core.resources.skill_match); the dialog stays open after an
assignment, so a PM can add a second person, and shows a refusal under the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.resources.assign_edit import assign_edit
from planner.core.resources.skill_match import Candidate, candidates
from planner.core.resources.usage import Usage
from planner.ui.gantt.table.signs import success_color, warning_color
from planner.ui.session import Session

PERSON, FIT, FREE, REASON = range(4)


class FindResourceDialog(QDialog):
    def __init__(self, session: Session, task_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task_id = task_id
        self.found: list[Candidate] = []
        task = session.project.tasks[task_id]
        row_id = session.schedule.outline.ids.id_of(task_id)
        self.setWindowTitle(f"Find Resource — {row_id} {task.name}")
        self.needs = QLabel(self)
        self.needs.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(["Person", "Skills", "Free", "Why"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(lambda _item: self.assign())
        self.units = QSpinBox(self)
        self.units.setRange(1, 1000)
        self.units.setValue(100)
        self.units.setSuffix("%")
        self.assign_button = QPushButton("&Assign", self)
        self.assign_button.setDefault(True)
        self.assign_button.clicked.connect(self.assign)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self._layout()
        self.refresh()

    def _layout(self) -> None:
        controls = QHBoxLayout()
        controls.addWidget(QLabel("&Units:", self, buddy=self.units))
        controls.addWidget(self.units)
        controls.addStretch(1)
        controls.addWidget(self.assign_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.needs)
        layout.addWidget(self.table, 1)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def refresh(self) -> None:
        """Rank the people again (after an assignment, the one assigned shows it)."""
        project = self.session.project
        self.found = candidates(Usage(self.session.schedule), self.task_id)
        needs = [n for n in project.task_skills.values() if n.task_id == self.task_id and n.skill_id in project.skills]
        wanted = ", ".join(f"{project.skills[n.skill_id].name} {n.min_level}+" for n in needs)
        self.needs.setText(
            f"Needs {wanted}. People who hold every skill come first, then by free time in the task's dates."
            if needs
            else "This task requires no skills (add them in the Resources tab); people are ranked by free time."
        )
        self.table.setRowCount(len(self.found))
        green, red = success_color(self.palette()), warning_color(self.palette())
        for row, found in enumerate(self.found):
            name = f"{found.name} (assigned)" if found.assigned else found.name
            fit = ("fits" if found.fits else f"{found.missing} short") if needs else "—"
            cells = (name, fit, f"{found.free:.0%}", found.reason)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == FIT:
                    item.setForeground(green if found.fits else red)
                if column == FREE:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        if self.found:
            self.table.selectRow(0)

    def chosen(self) -> Candidate | None:
        row = self.table.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    def assign(self) -> None:
        """Assign the selected person at the units given, as one edit on the undo stack."""
        person = self.chosen()
        if person is None:
            return
        units = self.units.value() / 100
        edit = self.session.attempt(
            lambda project: assign_edit(project, self.task_id, person.resource_id, units), self._refused
        )
        if edit is not None:
            self._say(f"{edit.label}. Ctrl+Z in the window takes it back.", error=False)
            self.refresh()

    def _refused(self, text: str) -> None:
        self._say(text, error=True)

    def _say(self, text: str, error: bool) -> None:
        color = warning_color(self.palette()) if error else self.palette().color(self.foregroundRole())
        self.message.setStyleSheet(f"color: {color.name()};")
        self.message.setText(text)
        self.message.show()
