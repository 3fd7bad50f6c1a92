"""Paints the usage view's period cells straight from the rows' hours: one Python call a cell.

Qt's standard delegate asks the model for eight roles per cell on every paint; at a few
hundred cells a frame that is most of a frame's time. This one reads the cached hours and
over-allocation flags and draws the text, the red of an over-allocated period, the
selection and the alternating rows itself.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from planner.ui.workload.usage_model import FIRST_PERIOD, UsageModel, over_color
from planner.ui.workload.usage_rows import RESOURCE

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
PAD = 4
SELECTED, ALTERNATE = QStyle.StateFlag.State_Selected, QStyleOptionViewItem.ViewItemFeature.Alternate
HIGHLIGHT, ALTERNATE_BASE = QPalette.ColorRole.Highlight, QPalette.ColorRole.AlternateBase
TEXT, HIGHLIGHTED_TEXT = QPalette.ColorRole.Text, QPalette.ColorRole.HighlightedText


class PeriodDelegate(QStyledItemDelegate):
    def __init__(self, model: UsageModel) -> None:
        super().__init__()
        self.model = model
        self._red = over_color()
        self._bold = QFont()
        self._bold.setBold(True)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex):
        rows = self.model.source
        column = index.column()
        if rows is None or column < FIRST_PERIOD:
            super().paint(painter, option, index)
            return
        row, period = index.row(), column - FIRST_PERIOD
        resource = rows.rows[row].kind == RESOURCE
        rect = option.rect
        selected = bool(option.state & SELECTED)
        if selected:
            painter.fillRect(rect, option.palette.brush(HIGHLIGHT))
        elif resource and rows.over(row)[period]:
            painter.fillRect(rect, self._red)
        elif option.features & ALTERNATE:
            painter.fillRect(rect, option.palette.brush(ALTERNATE_BASE))
        text = rows.text(row, period)
        if text:
            painter.setPen(option.palette.color(HIGHLIGHTED_TEXT if selected else TEXT))
            painter.setFont(self._bold if resource else option.font)
            painter.drawText(rect.adjusted(PAD, 0, -PAD, 0), RIGHT, text)
