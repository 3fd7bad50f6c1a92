"""The pages of the Task information dialog: General, Advanced and Notes.

Each page shows one task's values in widgets and gives back builders for what the
user changed; the dialog combines them into one edit.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.core.communication.actions import action_summary, actions_of_task
from planner.core.edits import task_edits
from planner.core.edits.compose import Builder
from planner.core.edits.tracking_edits import set_percent
from planner.core.edits.update_edits import Scratch
from planner.core.model.duration import format_duration
from planner.core.model.entities import CONSTRAINT_LABELS, ConstraintType, Project
from planner.core.schedule.explain import driver_brief
from planner.core.schedule.result import Schedule
from planner.ui.dialogs.date_field import DateField
from planner.ui.gantt.table.formats import format_date, working_day_bounds

FINISH_KINDS = (ConstraintType.FNET, ConstraintType.FNLT, ConstraintType.MFO)


class GeneralPage(QWidget):
    def __init__(self, project: Project, schedule: Schedule, task_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        task = project.tasks[task_id]
        self.task_id = task_id
        summary = schedule.outline.is_summary(task_id)
        dates = schedule.dates(task_id)
        bounds = working_day_bounds(project.calendar)
        self.name = QLineEdit(task.name, self)
        self.duration = QLineEdit(format_duration(task.duration, project.units), self)
        self.duration.setEnabled(not summary)
        self.duration.setToolTip("30m, 4h, 3d, 2w; 3ed is elapsed days; 0 makes a milestone")
        self.percent = QSpinBox(self)
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.percent.setValue(round(task.percent_complete))
        self.priority = QSpinBox(self)
        self.priority.setRange(0, 1000)
        self.priority.setValue(task.priority)
        self._original = (task.name, self.duration.text(), self.percent.value(), task.priority)
        self._schedule = schedule
        form = QFormLayout(self)
        form.addRow("&Name:", self.name)
        form.addRow("&Duration:", self.duration)
        form.addRow("% &Complete:", self.percent)
        form.addRow("&Priority:", self.priority)
        form.addRow(QLabel(""))
        form.addRow("Start:", QLabel(format_date(dates.start, bounds)))
        form.addRow("Finish:", QLabel(format_date(dates.finish, bounds)))
        why = QLabel(f"Starts then because of {driver_brief(schedule, task_id, schedule.start_driver(task_id))}.")
        why.setWordWrap(True)
        form.addRow("", why)
        for action in actions_of_task(project, task_id):  # the way back to the meeting that asked for it
            came_from = QLabel(action_summary(project, action))
            came_from.setWordWrap(True)
            form.addRow("From action:", came_from)

    def builders(self) -> list[Builder]:
        t = self.task_id
        name, duration, percent, priority = self._original
        found: list[Builder] = []
        if self.name.text() != name:
            found.append(lambda p: task_edits.rename(p, t, self.name.text()))
        if self.duration.isEnabled() and self.duration.text().strip() != duration:
            found.append(lambda p: task_edits.set_duration(p, t, self.duration.text()))
        if self.percent.value() != percent:
            found.append(lambda p: set_percent(Scratch(self._schedule, p), t, self.percent.value()))
        if self.priority.value() != priority:
            found.append(lambda p: task_edits.set_priority(p, t, self.priority.value()))
        return found


class AdvancedPage(QWidget):
    def __init__(self, project: Project, schedule: Schedule, task_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        task = project.tasks[task_id]
        self.task_id = task_id
        start = schedule.dates(task_id).start
        self.kind = QComboBox(self)
        for kind, label in CONSTRAINT_LABELS.items():
            self.kind.addItem(label, kind)
        self.kind.setCurrentIndex(list(CONSTRAINT_LABELS).index(ConstraintType(task.constraint_type)))
        self.bounds = working_day_bounds(project.calendar)
        self.when = DateField(task.constraint_date or start, "constraint date", self.bounds[0], self.bounds, self)
        self.kind.currentIndexChanged.connect(self._enable_date)
        self.has_deadline = QCheckBox("&Deadline:", self)
        self.has_deadline.setChecked(task.deadline is not None)
        deadline = task.deadline or schedule.dates(task_id).finish
        self.deadline = DateField(deadline, "deadline", self.bounds[1], self.bounds, self)
        self.deadline.setEnabled(task.deadline is not None)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.calendar = QComboBox(self)
        self.calendar.addItem(f"Project calendar ({project.calendar.name})", None)
        for calendar in project.calendars.values():
            if calendar.id != project.calendar_id:
                self.calendar.addItem(calendar.name, calendar.id)
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(task.calendar_id)))
        self._original = (self._constraint(), self._deadline(), self.calendar.currentData())
        self._enable_date()
        form = QFormLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.kind, 1)
        row.addWidget(self.when)
        label = QLabel("C&onstraint:", self)
        label.setBuddy(self.kind)
        form.addRow(label, row)
        form.addRow(self.has_deadline, self.deadline)
        form.addRow("C&alendar:", self.calendar)

    def _enable_date(self) -> None:
        self.when.setEnabled(ConstraintType(self.kind.currentData()).needs_date)

    def _constraint(self) -> tuple[ConstraintType, datetime | None]:
        kind = ConstraintType(self.kind.currentData())
        self.when.default_time = self.bounds[1 if kind in FINISH_KINDS else 0]  # as the table reads it
        return kind, self.when.moment() if kind.needs_date else None

    def _deadline(self) -> datetime | None:
        return self.deadline.moment() if self.has_deadline.isChecked() else None

    def builders(self) -> list[Builder]:
        t = self.task_id
        constraint, deadline, calendar = self._original
        found: list[Builder] = []
        if self._constraint() != constraint:
            kind, when = self._constraint()
            found.append(lambda p: task_edits.set_constraint(p, t, kind, when))
        if self._deadline() != deadline:
            found.append(lambda p: task_edits.set_deadline(p, t, self._deadline()))
        if self.calendar.currentData() != calendar:
            found.append(lambda p: task_edits.set_task_calendar(p, t, self.calendar.currentData()))
        return found


class NotesPage(QWidget):
    def __init__(self, project: Project, task_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task_id = task_id
        self._original = project.tasks[task_id].notes
        self.text = QPlainTextEdit(self._original, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def builders(self) -> list[Builder]:
        if self.text.toPlainText() == self._original:
            return []
        return [lambda p: task_edits.set_notes(p, self.task_id, self.text.toPlainText())]
