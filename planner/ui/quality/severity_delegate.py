"""The Severity cell of the defect log in the severity's colour while the defect is open, as a Jira board
shows priority: a red critical stands out; a fixed or closed one goes quiet (grey text, no fill)."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem

from planner.charts.quality_charts import SEVERITY_COLOURS
from planner.core.quality.entities import Severity
from planner.core.quality.metrics import is_open
from planner.ui.gantt.table.delegate import Index
from planner.ui.registers.record_delegate import RecordDelegate
from planner.ui.registers.record_model import RecordRole

DARK = (Severity.CRITICAL, Severity.MAJOR)  # white text reads better on these fills
QUIET = QColor("#8a8a8a")


class SeverityDelegate(RecordDelegate):
    """The register's delegate (same editing) with the severity's fill on open defects."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        defect = index.data(RecordRole)
        if defect is None:
            return
        if not is_open(defect):
            option.palette.setColor(QPalette.ColorRole.Text, QUIET)
            return
        option.backgroundBrush = QBrush(QColor(SEVERITY_COLOURS[defect.severity]))
        if defect.severity in DARK:
            option.palette.setColor(QPalette.ColorRole.Text, QColor("white"))
        if defect.severity is Severity.CRITICAL:
            font = QFont(option.font)
            font.setBold(True)
            option.font = font
