"""How task cells are edited, and the Indicators column painted.

MS Project habits: typing replaces the cell, Enter commits and goes to the row below,
Tab commits and goes right, Escape leaves the value as it was. Only the Indicators
column paints in Python: a Python paint() on every cell would cost more than the
rest of a repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QLineEdit, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from planner.ui.gantt.table.indicators import Indicator
from planner.ui.gantt.table.signs import GAP, SIGN, paint_sign
from planner.ui.gantt.table.task_model import IndicatorsRole

Index = QModelIndex | QPersistentModelIndex
ROW_PADDING = 6  # px added to the font's row height


class TaskDelegate(QStyledItemDelegate):
    entered = Signal()  # Enter committed an edit: the table moves to the row below

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Rows a little taller than the font: easier to read and to hit, as in MS Project."""
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + ROW_PADDING)

    # -- editing ------------------------------------------------------------------
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        tip = index.model().headerData(index.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        editor.setPlaceholderText("" if tip is None else str(tip))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        unchanged = isinstance(editor, QLineEdit) and editor.text() == str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QLineEdit) and not unchanged:
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        enter = event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(editor, QWidget):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            self.entered.emit()
            return True
        return super().eventFilter(editor, event)


class IndicatorDelegate(TaskDelegate):
    """The Indicators column: the cell as usual, then its signs left to right."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        signs: list[Indicator] = index.data(IndicatorsRole) or []
        if not signs:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = option.rect.left() + GAP
        y = option.rect.center().y() - SIGN / 2 + 0.5
        for sign in signs:
            if x + SIGN > option.rect.right():
                break
            paint_sign(painter, sign, QRectF(x, y, SIGN, SIGN), text, option.palette)
            x += SIGN + GAP
        painter.restore()
