"""The gate warning sign: a warning triangle, red when a checklist item failed, amber while items are open.

Drawn with shapes as the other indicator signs (signs.py), in the Indicators column and
beside a gate's diamond in the chart.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen


def amber_color(palette: QPalette) -> QColor:
    """An amber that reads on the palette's base colour, light or dark: open, not yet wrong."""
    dark = palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5
    return QColor("#ffb74d") if dark else QColor("#e08600")


def paint_gate_sign(painter: QPainter, box: QRectF, color: QColor) -> None:
    """A filled warning triangle with a white exclamation mark."""
    path = QPainterPath(QPointF(box.center().x(), box.top() + 0.5))
    path.lineTo(box.right(), box.bottom() - 0.5)
    path.lineTo(box.left(), box.bottom() - 0.5)
    path.closeSubpath()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPath(path)
    pen = QPen(QColor("white"), max(1.4, box.width() / 8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    x = box.center().x()
    painter.drawLine(QPointF(x, box.top() + box.height() * 0.4), QPointF(x, box.top() + box.height() * 0.64))
    painter.drawPoint(QPointF(x, box.top() + box.height() * 0.82))
    painter.restore()
