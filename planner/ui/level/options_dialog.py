"""Level Resources, as MS Project's dialog: what to level (the whole project or chosen
resources, all dates or a from/to range), how (within available slack only; priority then
the standard order or ID), and Clear Levelling. "Level Now" asks for the levelling; the
window runs it through the job runner and shows the preview before anything changes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import InputError
from planner.core.level.project_level import LevelOptions
from planner.core.model.entities import Project
from planner.ui.dialogs.date_field import DateField
from planner.ui.dialogs.project_info import problem_label

ORDERS = (("Priority, Standard", "standard"), ("Priority, ID", "id"))


class LevelDialog(QDialog):
    """The options; `level_now` carries them when the user asks to level, `clear` for Clear Levelling."""

    level_now = Signal(object)  # LevelOptions
    clear = Signal()

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Level Resources")
        self.whole = QRadioButton("&Entire project", self)
        self.chosen = QRadioButton("&Selected resources:", self)
        self.whole.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.chosen)
        self.resources = QListWidget(self)
        for resource in sorted(project.resources.values(), key=lambda r: r.name.casefold()):
            if resource.kind != "work":
                continue
            item = QListWidgetItem(resource.name, self.resources)
            item.setData(Qt.ItemDataRole.UserRole, resource.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.resources.setMaximumHeight(140)
        self.resources.setEnabled(False)
        self.chosen.toggled.connect(self.resources.setEnabled)
        self.level_from = DateField(None, "level from date", parent=self)
        self.level_to = DateField(None, "level to date", parent=self)
        for field in (self.level_from, self.level_to):
            field.line.setPlaceholderText("any date")
        self.within_slack = QCheckBox("Level only within available &slack", self)
        self.order = QComboBox(self)
        for label, key in ORDERS:
            self.order.addItem(label, key)
        self.problem = problem_label(self)
        self._layout()

    def _layout(self) -> None:
        scope = QGroupBox("Level", self)
        scope_layout = QVBoxLayout(scope)
        for widget in (self.whole, self.chosen, self.resources):
            scope_layout.addWidget(widget)
        dates = QGroupBox("Leveling range", self)
        form = QFormLayout(dates)
        form.addRow("Level &from:", self.level_from)
        form.addRow("Level &to:", self.level_to)
        how = QGroupBox("Resolving overallocations", self)
        how_form = QFormLayout(how)
        how_form.addRow("Leveling &order:", self.order)
        how_form.addRow(self.within_slack)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.clear_button = QPushButton("&Clear Leveling", self)
        self.level_button = QPushButton("&Level Now", self)
        self.level_button.setDefault(True)
        buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.level_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.level_button.clicked.connect(self._level)
        self.clear_button.clicked.connect(self._clear)
        layout = QVBoxLayout(self)
        for widget in (scope, dates, how, self.problem, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(420)

    def choose(self, resource_ids: list[int]) -> None:
        """Level the selected resources, these ticked."""
        self.chosen.setChecked(True)
        wanted = set(resource_ids)
        for i in range(self.resources.count()):
            item = self.resources.item(i)
            ticked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def options(self) -> LevelOptions:
        """What the user chose; InputError for a date it cannot read or a range the wrong way."""
        low = self.level_from.moment() if self.level_from.line.text().strip() else None
        high = self.level_to.moment() if self.level_to.line.text().strip() else None
        if low is not None and high is not None and low > high:
            raise InputError("the level from date is after the level to date")
        ids = None
        if self.chosen.isChecked():
            items = [self.resources.item(i) for i in range(self.resources.count())]
            ids = frozenset(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)
            if not ids:
                raise InputError("tick the resources to level, or level the entire project")
        return LevelOptions(self.within_slack.isChecked(), low, high, ids, self.order.currentData())

    def _level(self) -> None:
        try:
            options = self.options()
        except InputError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return
        self.problem.hide()
        self.level_now.emit(options)
        self.accept()

    def _clear(self) -> None:
        self.clear.emit()
        self.accept()
