"""MS Project's % cursor (a "%" over a right arrow) for dragging progress; Qt has no such shape."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPainterPath, QPen, QPixmap


@cache
def percent_cursor() -> QCursor:
    """A 24 px cursor drawn once: black glyphs outlined in white, readable on any bar colour."""
    pixmap = QPixmap(24, 24)
    pixmap.fill(Qt.GlobalColor.transparent)
    font = QFont()
    font.setPixelSize(12)
    font.setBold(True)
    text = QPainterPath()
    text.addText(QPointF(2, 11), font, "%")
    arrow = QPainterPath()
    arrow.moveTo(2, 17)
    arrow.lineTo(17, 17)
    arrow.moveTo(13, 13.5)
    arrow.lineTo(17, 17)
    arrow.lineTo(13, 20.5)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for path in (text, arrow):
        p.strokePath(path, QPen(QColor("white"), 3))
    p.fillPath(text, QColor("black"))
    p.strokePath(arrow, QPen(QColor("black"), 1.4))
    p.end()
    return QCursor(pixmap, 17, 17)
