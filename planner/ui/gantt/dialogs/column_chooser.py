"""Which columns the task table shows: a checklist in table order (View > Columns…)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from planner.ui.gantt.table.columns import COLUMNS

ALWAYS = ("name",)  # a table without task names is no use


def column_label(index: int) -> str:
    return COLUMNS[index].title or "Indicators"


class ColumnChooser(QDialog):
    def __init__(self, header: QHeaderView, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Columns")
        self.header = header
        self.list = QListWidget(self)
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            item = QListWidgetItem(column_label(logical), self.list)
            item.setData(Qt.ItemDataRole.UserRole, logical)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if COLUMNS[logical].key in ALWAYS:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Unchecked if header.isSectionHidden(logical) else Qt.CheckState.Checked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Show these columns in the task table:", self))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def accept(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            logical = item.data(Qt.ItemDataRole.UserRole)
            self.header.setSectionHidden(logical, item.checkState() != Qt.CheckState.Checked)
        super().accept()
