"""The indicator signs, drawn with shapes so they look the same whatever fonts are installed.

Colours follow the palette: a warning red and a success green picked per light or
dark theme, and the text colour for neutral signs.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen

from planner.ui.gantt.table.gate_sign import amber_color, paint_gate_sign
from planner.ui.gantt.table.indicators import CONSTRAINT, CRITICAL, DONE, GATE, LATE, NOTE, OVERALLOCATED, Indicator

SIGN = 12  # px, one indicator sign
GAP = 3


def warning_color(palette: QPalette) -> QColor:
    """A red that reads on the palette's base colour, light or dark."""
    dark = palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5
    return QColor("#ef6a6a") if dark else QColor("#c62828")


def success_color(palette: QPalette) -> QColor:
    dark = palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5
    return QColor("#66bb6a") if dark else QColor("#2e7d32")


def _pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def paint_sign(painter: QPainter, sign: Indicator, box: QRectF, ink: QColor, palette: QPalette) -> None:
    """One indicator sign in `box`; `ink` is the text colour of the cell."""
    red, green = warning_color(palette), success_color(palette)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if sign.kind == LATE:
        _late(painter, box, red)
    elif sign.kind == CONSTRAINT:
        _calendar(painter, box, red if sign.strong else ink)
    elif sign.kind == NOTE:
        _note(painter, box, ink)
    elif sign.kind == CRITICAL:
        _critical(painter, box, red)
    elif sign.kind == DONE:
        _check(painter, box, green)
    elif sign.kind == OVERALLOCATED:
        _person(painter, box, red)
    elif sign.kind == GATE:
        paint_gate_sign(painter, box, red if sign.strong else amber_color(palette))


def _late(painter: QPainter, box: QRectF, color: QColor) -> None:
    """A red diamond with an exclamation mark: a missed deadline."""
    c = box.center()
    r = box.width() / 2
    path = QPainterPath(QPointF(c.x(), c.y() - r))
    for point in (QPointF(c.x() + r, c.y()), QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y())):
        path.lineTo(point)
    path.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPath(path)
    painter.setPen(_pen(QColor("white"), 1.6))
    painter.drawLine(QPointF(c.x(), c.y() - r * 0.45), QPointF(c.x(), c.y() + r * 0.1))
    painter.drawPoint(QPointF(c.x(), c.y() + r * 0.45))


def _calendar(painter: QPainter, box: QRectF, color: QColor) -> None:
    """A small calendar page: a date constraint."""
    page = box.adjusted(1, 1.5, -1, -0.5)
    painter.setPen(QPen(color, 1.2))
    painter.drawRoundedRect(page, 1.5, 1.5)
    painter.fillRect(QRectF(page.left(), page.top(), page.width(), 3), color)
    painter.setPen(QPen(color, 1.4))
    for dx in (0.3, 0.6):
        for dy in (0.55, 0.8):
            painter.drawPoint(QPointF(page.left() + page.width() * dx + 1, page.top() + page.height() * dy))


def _note(painter: QPainter, box: QRectF, color: QColor) -> None:
    """A page with a folded corner and lines: a note."""
    page = box.adjusted(2, 0.5, -2, -0.5)
    fold = 3.5
    path = QPainterPath(page.topLeft())
    path.lineTo(page.right() - fold, page.top())
    path.lineTo(page.right(), page.top() + fold)
    path.lineTo(page.bottomRight())
    path.lineTo(page.bottomLeft())
    path.closeSubpath()
    painter.setPen(QPen(color, 1.1))
    painter.drawPath(path)
    for fraction in (0.45, 0.65, 0.85):
        y = page.top() + page.height() * fraction
        painter.drawLine(QPointF(page.left() + 2, y), QPointF(page.right() - 2, y))


def _critical(painter: QPainter, box: QRectF, color: QColor) -> None:
    """A red bar with an arrow tip pointing right: on the critical path."""
    c = box.center()
    path = QPainterPath(QPointF(box.left() + 1, c.y() - 2.5))
    path.lineTo(box.right() - 4, c.y() - 2.5)
    path.lineTo(box.right() - 4, c.y() - 5)
    path.lineTo(box.right(), c.y())
    path.lineTo(box.right() - 4, c.y() + 5)
    path.lineTo(box.right() - 4, c.y() + 2.5)
    path.lineTo(box.left() + 1, c.y() + 2.5)
    path.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPath(path)


def _check(painter: QPainter, box: QRectF, color: QColor) -> None:
    """A check mark: complete."""
    painter.setPen(_pen(color, 2.0))
    path = QPainterPath(QPointF(box.left() + 1.5, box.center().y()))
    path.lineTo(box.left() + box.width() * 0.42, box.bottom() - 2)
    path.lineTo(box.right() - 1, box.top() + 2)
    painter.drawPath(path)


def _person(painter: QPainter, box: QRectF, color: QColor) -> None:
    """A red person (head and shoulders), as MS Project marks an over-allocated resource's task."""
    c = box.center()
    r = box.width() / 2
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(QPointF(c.x(), box.top() + r * 0.55), r * 0.45, r * 0.45)
    body = QPainterPath(QPointF(box.left() + 1, box.bottom()))
    body.quadTo(QPointF(box.left() + 1, c.y() + r * 0.05), QPointF(c.x(), c.y() + r * 0.05))
    body.quadTo(QPointF(box.right() - 1, c.y() + r * 0.05), QPointF(box.right() - 1, box.bottom()))
    body.closeSubpath()
    painter.drawPath(body)
