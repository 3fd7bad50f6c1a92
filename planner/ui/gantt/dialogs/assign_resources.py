"""Assign Resources (Alt+F10), as MS Project's: modeless, it follows the task selected in the table.

The task's resources come first with a check mark, their units and work editable in place;
the others below. Assign puts the selected resources on the task (at the units typed in
their row, else 100% or 1), Remove takes them off, Replace hands an assignment to another
resource with its units and work. Each button is one edit (one Ctrl+Z); MS Project's rules
for the task's type decide what moves (core/resources/effort.py). A refusal shows under
the list and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.edits import assignment_edits as edits
from planner.core.edits.changes import Changes
from planner.core.edits.compose import compose
from planner.core.edits.edit import Edit
from planner.core.errors import InputError
from planner.core.model.entities import Project, Resource
from planner.core.resources.names import format_units
from planner.ui.gantt.table.assigned_facts import format_hours
from planner.ui.gantt.table.signs import warning_color
from planner.ui.session import Session

RESOURCE, UNITS, WORK = range(3)
ResourceRole = Qt.ItemDataRole.UserRole + 1
CHECK = "✓ "


def pick_replacement(parent: QWidget, names: list[str], current: str) -> str | None:
    """Which resource takes over `current`'s assignment (tests replace this)."""
    name, ok = QInputDialog.getItem(parent, "Replace resource", f"Replace {current} with:", names, 0, False)
    return name if ok else None


class AssignResourcesDialog(QDialog):
    def __init__(self, session: Session, current_task: Callable[[], int | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("assignResourcesDialog")
        self.setWindowTitle("Assign Resources")
        self.session = session
        self.current_task = current_task
        self.task_id: int | None = None
        self._filling = False
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(["Resource", "Units", "Work"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(RESOURCE, 190)
        self.table.setColumnWidth(UNITS, 70)
        self.table.setColumnWidth(WORK, 70)
        self.table.itemChanged.connect(self._typed)
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {warning_color(self.palette()).name()};")
        self.assign_button = self._button("&Assign", self.assign)
        self.remove_button = self._button("&Remove", self.remove)
        self.replace_button = self._button("Re&place…", self.replace)
        close = self._button("Close", self.close)
        buttons = QVBoxLayout()
        for button in (self.assign_button, self.remove_button, self.replace_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)
        layout.addWidget(self.problem)
        self.resize(470, 380)
        session.changed.connect(self._changed)
        self.refresh()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- showing the task ------------------------------------------------------------
    def _changed(self, _changes: Changes) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Show the table's current task (or say there is none to assign)."""
        project = self.session.project
        task_id = self.current_task()
        self.task_id = task_id if task_id in project.tasks else None
        summary = self.task_id is not None and self.session.schedule.outline.is_summary(self.task_id)
        if self.task_id is None:
            self.heading.setText("Select a task in the table to assign resources to it.")
        else:
            row = self.session.schedule.outline.ids.id_of(self.task_id)
            self.heading.setText(f"<b>Task {row}: {project.tasks[self.task_id].name}</b>")
            if summary:
                self.heading.setText(self.heading.text() + "<br>A summary task's work is its subtasks'.")
        for button in (self.assign_button, self.remove_button, self.replace_button):
            button.setEnabled(self.task_id is not None and not summary)
        self._fill(project)

    def _fill(self, project: Project) -> None:
        mine = {a.resource_id: a for a in edits.task_assignments(project, self.task_id)} if self.task_id else {}
        ordered = sorted(project.resources.values(), key=lambda r: (r.id not in mine, r.name.casefold()))
        self._filling = True
        try:
            self.table.setRowCount(len(ordered))
            for row, resource in enumerate(ordered):
                held = mine.get(resource.id)
                name = QTableWidgetItem((CHECK if held else "") + resource.name)
                name.setData(ResourceRole, resource.id)
                name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
                units = QTableWidgetItem(_units_text(resource, held.units) if held else "")
                work = QTableWidgetItem(format_hours(held.work_minutes) if held and resource.kind == "work" else "")
                if not held or resource.kind != "work":
                    work.setFlags(work.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if resource.kind == "cost":
                    units.setFlags(units.flags() & ~Qt.ItemFlag.ItemIsEditable)
                for column, item in ((RESOURCE, name), (UNITS, units), (WORK, work)):
                    if column != RESOURCE:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(row, column, item)
        finally:
            self._filling = False

    # -- what the user does ----------------------------------------------------------
    def selected_resources(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.table.item(r, RESOURCE).data(ResourceRole) for r in rows]

    def _assigned(self, resource_id: int) -> bool:
        return self.task_id is not None and any(
            a.resource_id == resource_id for a in edits.task_assignments(self.session.project, self.task_id)
        )

    def assign(self) -> None:
        """The selected resources not yet on the task join it, at the units typed in their row."""
        task_id = self.task_id
        wanted = [r for r in self.selected_resources() if not self._assigned(r)]
        if task_id is None or not wanted:
            return self._say("Select resources that are not on the task yet, then Assign.")
        try:
            typed = {r: self._row_units(r) for r in wanted}
        except InputError as error:
            return self._say(str(error))
        builders = [lambda p, r=r, u=u: edits.add_resource(p, task_id, r, u) for r, u in typed.items()]
        self._attempt(lambda project: compose(project, "Assign resources", builders))
        return None

    def remove(self) -> None:
        task_id = self.task_id
        gone = [r for r in self.selected_resources() if self._assigned(r)]
        if task_id is None or not gone:
            return self._say("Select resources on the task (marked ✓), then Remove.")
        builders = [lambda p, r=r: edits.remove_resource(p, task_id, r) for r in gone]
        self._attempt(lambda project: compose(project, "Remove resources", builders))
        return None

    def replace(self) -> None:
        task_id = self.task_id
        chosen = [r for r in self.selected_resources() if self._assigned(r)]
        if task_id is None or len(chosen) != 1:
            return self._say("Select one resource on the task (marked ✓), then Replace.")
        project = self.session.project
        old = project.resources[chosen[0]]
        others = [r for r in project.resources.values() if r.kind == old.kind and not self._assigned(r.id)]
        if not others:
            return self._say(f"There is no other {old.kind} resource to take over from {old.name}.")
        names = sorted((r.name for r in others), key=str.casefold)
        picked = pick_replacement(self, names, old.name)
        if picked is None:
            return None
        new_id = next(r.id for r in others if r.name == picked)
        self._attempt(lambda p: edits.replace_resource(p, task_id, old.id, new_id))
        return None

    def _typed(self, item: QTableWidgetItem) -> None:
        """Units or work typed in the row of an assigned resource change the assignment."""
        if self._filling or self.task_id is None or item.column() == RESOURCE:
            return
        resource_id = self.table.item(item.row(), RESOURCE).data(ResourceRole)
        if not self._assigned(resource_id):
            return  # units typed before Assign: read when Assign is clicked
        task_id, text = self.task_id, item.text()
        if item.column() == UNITS:
            self._attempt(lambda p: edits.set_units(p, task_id, resource_id, _parse_units(p, resource_id, text)))
        else:
            self._attempt(lambda p: edits.set_assignment_work(p, task_id, resource_id, text))

    def _row_units(self, resource_id: int) -> float | None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, RESOURCE).data(ResourceRole) == resource_id:
                text = self.table.item(row, UNITS).text().strip()
                return _parse_units(self.session.project, resource_id, text) if text else None
        return None

    def _attempt(self, build: Callable[[Project], Edit | None]) -> None:
        self.problem.clear()
        try:
            self.session.attempt(build, self._say)
        except InputError as error:  # raised while reading the dialog, before any edit
            self._say(str(error))
        self.refresh()

    def _say(self, text: str) -> None:
        self.problem.setText(text)


def _units_text(resource: Resource, units: float) -> str:
    if resource.kind == "cost":
        return ""
    shown = format_units(resource, units).strip("[]")
    if not shown:
        return "1" if resource.kind == "material" else "100%"
    return shown


def _parse_units(project: Project, resource_id: int, text: str) -> float:
    """`50%` or `50` for a person (percent), `2` for a material amount."""
    resource = project.resources[resource_id]
    cleaned = text.strip().removesuffix("%").strip()
    try:
        value = float(cleaned)
    except ValueError:
        raise InputError(f"{resource.name}: units {text.strip()!r} are not a number; write e.g. 50%") from None
    if value <= 0:
        raise InputError(f"{resource.name}: units must be above 0; Remove takes a resource off the task")
    return value if resource.kind == "material" else value / 100
