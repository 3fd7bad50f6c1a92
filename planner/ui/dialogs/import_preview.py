"""File > Import Tasks: what a CSV/XLSX task list will become, before anything is written.

The sheet is first read by the import job (File > Import, with progress and
Cancel), then read again here with the options shown (name, start, holidays) when
one changes. The preview lists the tasks as they will be scheduled and every
row problem with its spreadsheet row number; rows with problems are left out. A
loop of links stops the import (as `planner import` does), with the loop named.
Importing writes a NEW project file: the sheet itself is never changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.edits.predecessors import format_predecessors
from planner.core.errors import PlannerError
from planner.core.model.duration import format_duration
from planner.core.model.entities import Project
from planner.core.model.task_ids import TaskIds
from planner.core.schedule.engine import schedule
from planner.ui.dialogs.new_project import countries
from planner.ui.gantt.table.formats import format_date, working_day_bounds
from planner.ui.gantt.table.signs import warning_color

if TYPE_CHECKING:
    from planner.exchange.task_import import ImportResult

ROOT = QModelIndex()
FIT_LIMIT = 2000  # rows up to which the columns are sized to their contents (it reads every cell)
HEADERS = ("ID", "Task name", "Duration", "Start", "Finish", "Predecessors")


def preview_rows(project: Project) -> list[tuple[str, ...]]:
    """The imported tasks in WBS order as the table will show them (names indented by level).

    Qt-free, so the import job computes them in its worker thread; start and finish
    come from `Schedule.span`, five times cheaper than a task's full dates.
    """
    try:
        plan = schedule(project)
    except PlannerError:
        plan = None
    outline = plan.outline if plan else None
    bounds = working_day_bounds(project.calendar)
    incoming: dict[int, list] = {}
    for link in project.links.values():
        incoming.setdefault(link.successor_id, []).append(link)
    order = list(outline.rows()) if outline else sorted(project.tasks)
    ids = TaskIds(order)
    rows = []
    for task_id in order:
        task = project.tasks[task_id]
        level = outline.level(task_id) - 1 if outline else 0
        span = plan.span(task_id) if plan else None
        rows.append(
            (
                str(ids.id_of(task_id)),
                "    " * level + task.name,
                format_duration(task.duration, project.units) if not (outline and outline.is_summary(task_id)) else "",
                format_date(span[0], bounds) if span else "",
                format_date(span[1], bounds) if span else "",
                format_predecessors(incoming.get(task_id, []), ids, project.units),
            )
        )
    return rows


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None


class ImportPreviewDialog(QDialog):
    """`result` is the sheet as first read (by the import job); changing an option reads it again here."""

    def __init__(
        self,
        source: Path,
        parent: QWidget | None = None,
        result: ImportResult | None = None,
        rows: list[tuple[str, ...]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = Path(source)
        self.result: ImportResult | None = None
        self.setWindowTitle(f"Import tasks — {self.source.name}")
        self.name = QLineEdit(self.source.stem, self)
        self.from_sheet = QCheckBox("from the sheet (its earliest Start)", self)
        self.from_sheet.setChecked(True)
        self.start = QDateEdit(QDate.currentDate(), self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("ddd yyyy-MM-dd")
        self.start.setEnabled(False)
        self.country = QComboBox(self)
        self.country.addItem("None (weekends only)", "")
        for name, code in countries():
            self.country.addItem(f"{name} ({code})", code)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = PreviewModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.problems = QListWidget(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton("&Import…", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.from_sheet.toggled.connect(lambda on: (self.start.setEnabled(not on), self.read()))
        self.start.editingFinished.connect(self.read)
        self.country.currentIndexChanged.connect(lambda _i: self.read())
        self.resize(860, 600)
        if result is None:
            self.read()
        else:
            self.show_result(result, rows)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow("Project &name:", self.name)
        start = QHBoxLayout()
        start.addWidget(self.from_sheet)
        start.addWidget(self.start)
        start.addStretch(1)
        label = QLabel("Project &start:", self)
        label.setBuddy(self.from_sheet)
        form.addRow(label, start)
        form.addRow("Public &holidays of:", self.country)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.problems)
        splitter.setSizes([400, 120])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def read(self) -> None:
        """Read the sheet with the current options and show what it gives."""
        from planner.exchange.task_import import read_task_sheet  # not needed to open the window

        start = None if self.from_sheet.isChecked() else self.start.date().toPython()
        self.problems.clear()
        try:
            result = read_task_sheet(
                self.source, start=start, country=self.country.currentData() or "", name=self.name.text() or None
            )
        except PlannerError as error:
            self._refuse(str(error))
            return
        self.show_result(result)

    def _refuse(self, text: str) -> None:
        self.result = None
        self.model.set_rows([])
        self.problems.hide()
        self._say(text, problem=True)
        self.import_button.setEnabled(False)

    def show_result(self, result: ImportResult, rows: list[tuple[str, ...]] | None = None) -> None:
        """Show what the sheet gives (`rows`: its preview_rows, if already made); a loop stops the import."""
        self.result = result
        self.problems.clear()
        self.model.set_rows(preview_rows(result.project) if rows is None else rows)
        if len(self.model.rows) <= FIT_LIMIT:
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for problem in self.result.problems:
            self.problems.addItem(f"Problem: {problem}")
        for warning in self.result.warnings:
            if warning != self.result.start_note:  # worded for the command line; said for the window below
                self.problems.addItem(f"Note: {warning}")
        self.problems.setVisible(self.problems.count() > 0)
        self._say(self._summary_text(), problem=not self.result.ok)
        self.import_button.setEnabled(bool(self.result.project.tasks) and not self.result.loops)

    def _summary_text(self) -> str:
        result = self.result
        tasks = len(result.project.tasks)
        text = (
            f"{tasks} task{'s' * (tasks != 1)} from {result.rows} row{'s' * (result.rows != 1)} of {self.source.name}."
        )
        bad = len({p.row for p in result.problems if p.row})
        if result.start_note:
            when = format_date(result.project.start, working_day_bounds(result.project.calendar))
            text += (
                f" The sheet gives no Start dates, so the project starts {when};"
                " untick “from the sheet” to choose another start."
            )
        if result.loops:
            rows = ", ".join(str(p.row) for p in result.loops)
            text += (
                f" The links form a loop (closed by row{'s' * (len(result.loops) != 1)} {rows}, listed below): "
                "nothing can be imported until the sheet is fixed."
            )
        elif bad:
            text += f" {bad} row{'s have' if bad != 1 else ' has'} problems and will be left out (listed below)."
        elif result.problems:
            text += " The sheet has problems (listed below)."
        return text

    def _say(self, text: str, problem: bool) -> None:
        self.summary.setText(text)
        color = warning_color(self.palette()).name() if problem else "palette(text)"
        self.summary.setStyleSheet(f"color: {color};")

    def project(self) -> Project | None:
        """The project to write, named as the user says."""
        if self.result is None:
            return None
        project = self.result.project
        if self.name.text().strip():
            project.name = self.name.text().strip()
        return project
