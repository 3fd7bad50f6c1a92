"""Risk Scales: the project's wording of each level (what "cost 3" means) and the limits scores are read by."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import InputError
from planner.core.risk.entities import Dimension
from planner.core.risk.scale_edits import LIMITED, LevelWording, set_scales
from planner.core.risk.scales import Scales
from planner.core.risk.values import parse_amount, parse_probability
from planner.ui.session import Session

HEADERS = ("Scale", "Level", "Meaning", "Up to")


def limit_text(dimension: Dimension, limit: float | None) -> str:
    if limit is None:
        return ""
    if dimension is Dimension.PROBABILITY:
        return f"{limit * 100:g}%"
    if dimension is Dimension.SCHEDULE:
        return f"{limit:g} d"
    return f"{limit:,.0f}"


def limit_of(dimension: Dimension, text: str, level: int) -> float | None:
    what = f"{dimension.value} level {level}'s limit"
    cleaned = text.strip()
    if not cleaned:
        return None
    if dimension is Dimension.PROBABILITY:
        return parse_probability(cleaned, what)
    if dimension is Dimension.SCHEDULE:
        return parse_amount(cleaned.removesuffix("d").strip(), what)
    return parse_amount(cleaned, what)


class RiskScalesDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle("Risk Scales")
        scales = Scales(session.project.risk_scales)
        self.table = QTableWidget(25, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for row, (dimension, level) in enumerate((d, lv) for d in Dimension for lv in scales.of(d)):
            fixed = [dimension.value.capitalize(), f"{level.level} {level.name}"]
            for column, text in enumerate(fixed):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
            self.table.setItem(row, 2, QTableWidgetItem(level.label))
            limit = QTableWidgetItem(limit_text(dimension, level.limit))
            if dimension not in LIMITED or level.level == 5:
                limit.setFlags(limit.flags() & ~Qt.ItemFlag.ItemIsEditable)
            limit.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 3, limit)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = QLabel("What each level means in this project. A probability or an amount is scored by the first "
                      "level whose limit it does not pass; scores already typed keep their levels.", self)  # fmt: skip
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(640, 620)

    def wording(self) -> list[LevelWording]:
        """What the table holds; InputError names the first limit that cannot be read."""
        found = []
        for row in range(self.table.rowCount()):
            dimension = list(Dimension)[row // 5]
            level = row % 5 + 1
            limit_cell = self.table.item(row, 3).text()
            limit = 1.0 if dimension is Dimension.PROBABILITY and level == 5 else limit_of(dimension, limit_cell, level)
            found.append(LevelWording(dimension, level, self.table.item(row, 2).text(), limit))
        return found

    def accept(self) -> None:
        problems: list[str] = []
        try:
            wanted = self.wording()
        except InputError as error:
            problems.append(str(error))
        else:
            self.session.attempt(lambda p: set_scales(p, wanted), problems.append)
        if problems:
            self.problem.setText(problems[0])
            self.problem.show()
            return
        super().accept()
