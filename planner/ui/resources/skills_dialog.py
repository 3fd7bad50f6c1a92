"""Project > Skills List: the project's skills, added, renamed and deleted, each an undoable edit.

A skill's row says how many people have it and how many tasks need it, so a PM sees what a
delete takes along (the undo step names it too). Skills typed in a Skills cell that the
list lacks join it by themselves; this dialog is for tidying the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.team.skill_list import add_skill, delete_skill, rename_skill
from planner.ui.dialogs.project_info import problem_label
from planner.ui.session import Session

COLUMNS = ("Skill", "People", "Tasks needing it")


class SkillsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle("Skills List")
        self.setObjectName("skillsDialog")
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add = QPushButton("&Add Skill", self)
        self.add.clicked.connect(self.add_skill)
        self.delete = QPushButton("&Delete Skill", self)
        self.delete.clicked.connect(self.delete_current)
        self.problem = problem_label(self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.delete)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(close)
        self.resize(460, 420)
        self.fill()
        self.table.itemChanged.connect(self._renamed)

    def fill(self) -> None:
        project = self.session.project
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row, skill in enumerate(sorted(project.skills.values(), key=lambda s: s.name.casefold())):
            people = sum(1 for r in project.resource_skills.values() if r.skill_id == skill.id)
            tasks = sum(1 for t in project.task_skills.values() if t.skill_id == skill.id)
            self.table.insertRow(row)
            name = QTableWidgetItem(skill.name)
            name.setData(Qt.ItemDataRole.UserRole, skill.id)
            self.table.setItem(row, 0, name)
            for column, count in ((1, people), (2, tasks)):
                item = QTableWidgetItem(str(count))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)

    def skill_names(self) -> list[str]:
        return [self.table.item(r, 0).text() for r in range(self.table.rowCount())]

    def _say(self, why: str) -> None:
        self.problem.setText(why)
        self.problem.show()

    def add_skill(self, name: str = "") -> None:
        """A new skill named `name` (or `New skill`), its name ready to type over."""
        self.problem.hide()
        made = self.session.attempt(lambda p: add_skill(p, name or _free(p)), self._say)
        if made is None:
            return
        self.fill()
        uid = made.changes[0].after.id
        row = next(
            r for r in range(self.table.rowCount()) if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == uid
        )
        self.table.setCurrentCell(row, 0)
        if not name:
            self.table.editItem(self.table.item(row, 0))

    def _renamed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        self.problem.hide()
        uid, text = item.data(Qt.ItemDataRole.UserRole), item.text()
        self.session.attempt(lambda p: rename_skill(p, uid, text), self._say)
        QTimer.singleShot(0, self.fill)  # not while the table is still committing its editor

    def delete_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        uid = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        self.problem.hide()
        if self.session.attempt(lambda p: delete_skill(p, uid), self._say) is not None:
            self.fill()


def _free(project) -> str:
    taken = {s.name.casefold() for s in project.skills.values()}
    number = 1
    while (f"new skill{'' if number == 1 else f' {chr(64 + number)}'}") in taken:
        number += 1
    return "New skill" if number == 1 else f"New skill {chr(64 + number)}"
