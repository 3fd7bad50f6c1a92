"""Update Tasks and Update Project, as MS Project's Tracking dialogs.

Update Tasks shows the current task's progress (% complete, actual and remaining duration,
actual start and finish, with the scheduled start and finish beside them); OK applies only
the fields the PM changed, as one undoable edit (core's update_task). Update Project marks
work as complete through a date, for the entire project or the selected tasks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from planner.core.edits.project_edits import STATUS_TIME
from planner.core.edits.tracking_edits import remaining_minutes
from planner.core.edits.update_edits import TaskUpdate, update_project, update_task
from planner.core.errors import InputError
from planner.core.model.dates import WORKING_DAY, format_date
from planner.ui.dialogs.date_field import DateField
from planner.ui.dialogs.project_info import problem_label
from planner.ui.gantt.table.formats import format_work, parse_percent
from planner.ui.session import Session


class UpdateTasksDialog(QDialog):
    def __init__(self, session: Session, task_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.task_id = session, task_id
        project, schedule = session.project, session.schedule
        task = project.tasks[task_id]
        dates = schedule.dates(task_id)
        units = project.units
        self.setWindowTitle("Update Tasks")
        elapsed = task.duration.elapsed
        done = task.duration.minutes - remaining_minutes(task)
        self.shown = {
            "percent": f"{task.percent_complete:g}",
            "actual_duration": format_work(done, units, elapsed),
            "remaining": format_work(remaining_minutes(task), units, elapsed),
        }
        self.percent = QLineEdit(self.shown["percent"], self)
        self.actual_duration = QLineEdit(self.shown["actual_duration"], self)
        self.remaining = QLineEdit(self.shown["remaining"], self)
        self.actual_start = DateField(task.actual_start, "actual start", WORKING_DAY[0], parent=self)
        self.actual_finish = DateField(task.actual_finish, "actual finish", WORKING_DAY[1], parent=self)
        for field in (self.actual_start, self.actual_finish):
            field.line.setPlaceholderText("NA")
        self.shown["actual_start"] = self.actual_start.line.text()
        self.shown["actual_finish"] = self.actual_finish.line.text()
        self.problem = problem_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        grid = QGridLayout()
        grid.addWidget(QLabel("&% Complete:", self, buddy=self.percent), 0, 0)
        grid.addWidget(self.percent, 0, 1)
        grid.addWidget(QLabel("Actual &dur:", self, buddy=self.actual_duration), 1, 0)
        grid.addWidget(self.actual_duration, 1, 1)
        grid.addWidget(QLabel("&Remaining dur:", self, buddy=self.remaining), 2, 0)
        grid.addWidget(self.remaining, 2, 1)
        grid.addWidget(QLabel("Actual &start:", self, buddy=self.actual_start.line), 0, 2)
        grid.addWidget(self.actual_start, 0, 3)
        grid.addWidget(QLabel("Actual &finish:", self, buddy=self.actual_finish.line), 1, 2)
        grid.addWidget(self.actual_finish, 1, 3)
        grid.setColumnStretch(3, 1)
        current = QLabel(
            f"Current: start {format_date(dates.start)}, finish {format_date(dates.finish)}, "
            f"duration {format_work(dates.duration_minutes, units, elapsed)}",
            self,
        )
        name = QLabel(task.name, self)
        name.setTextFormat(Qt.TextFormat.PlainText)  # a name is text, whatever brackets it holds
        bold = name.font()
        bold.setBold(True)
        name.setFont(bold)
        form = QFormLayout(self)
        form.addRow("Name:", name)
        form.addRow(current)
        form.addRow(grid)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.setMinimumWidth(560)

    def _changed(self, key: str, line: QLineEdit) -> str | None:
        text = line.text().strip()
        return None if text == self.shown[key] else text

    def update(self) -> TaskUpdate:
        """The fields the PM changed; InputError for one that cannot be read."""
        percent = self._changed("percent", self.percent)
        start_text = self._changed("actual_start", self.actual_start.line)
        finish_text = self._changed("actual_finish", self.actual_finish.line)
        if (start_text == "" and self.shown["actual_start"]) or (finish_text == "" and self.shown["actual_finish"]):
            raise InputError("to clear progress, set % complete to 0 (an actual date cannot be left empty here)")
        return TaskUpdate(
            percent=None if percent is None else parse_percent(percent),
            actual_duration=self._changed("actual_duration", self.actual_duration),
            remaining_duration=self._changed("remaining", self.remaining),
            actual_start=self.actual_start.moment() if start_text else None,
            actual_finish=self.actual_finish.moment() if finish_text else None,
        )

    def accept(self) -> None:
        refusals: list[str] = []
        try:
            update = self.update()
        except InputError as error:
            refusals.append(str(error))
        else:
            self.session.attempt(lambda _p: update_task(self.session.schedule, self.task_id, update), refusals.append)
        if refusals:
            self.problem.setText(refusals[0])
            self.problem.show()
            return
        super().accept()


class UpdateProjectDialog(QDialog):
    def __init__(self, session: Session, selected: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.selected = session, selected
        self.setWindowTitle("Update Project")
        project = session.project
        self.through = DateField(project.status_date, "date", STATUS_TIME, parent=self)
        self.spread = QRadioButton("Set 0% - 100% complete", self)
        self.all_or_nothing = QRadioButton("Set 0% or 100% complete only", self)
        self.entire = QRadioButton("&Entire project", self)
        self.only_selected = QRadioButton(f"Se&lected tasks ({len(selected)})", self)
        self.only_selected.setEnabled(bool(selected))
        form = QFormLayout(self)
        form.addRow("Update work as complete &through:", self.through)
        form.addRow("Progress:", self._pair(self.spread, self.all_or_nothing))
        form.addRow("For:", self._pair(self.entire, self.only_selected))
        self.spread.setChecked(True)  # once each pair is a group of its own
        self.entire.setChecked(True)
        self.problem = problem_label(self)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(480)

    def _pair(self, first: QRadioButton, second: QRadioButton) -> QWidget:
        holder = QWidget(self)
        group = QButtonGroup(holder)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (first, second):
            group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        return holder

    def accept(self) -> None:
        refusals: list[str] = []
        try:
            through = self.through.moment()
        except InputError as error:
            refusals.append(str(error))
        else:
            ids = list(self.selected) if self.only_selected.isChecked() else None
            exact = self.all_or_nothing.isChecked()
            made = self.session.attempt(
                lambda project: update_project(project, through, ids, all_or_nothing=exact), refusals.append
            )
            if made is None and not refusals:
                refusals.append(f"Every task is up to date through {format_date(through)}: nothing to update")
        if refusals:
            self.problem.setText(refusals[0])
            self.problem.show()
            return
        super().accept()
