"""A small picture of a layout's first page, for the page setup dialog's live preview."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap

from planner.ui.printing.layout import PrintLayout
from planner.ui.printing.page_paint import PagePainter
from planner.ui.printing.style import LOGICAL_DPI, Fonts


def first_page(layout: PrintLayout, width: int) -> QPixmap:
    """Page 1 of `layout`, `width` pixels wide, with a thin edge like a sheet of paper."""
    scale = width / layout.page_w
    height = round(layout.page_h * scale)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots = round(LOGICAL_DPI * scale / 0.0254)
    image.setDotsPerMeterX(max(1, dots))
    image.setDotsPerMeterY(max(1, dots))
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.scale(scale, scale)
    PagePainter(layout, Fonts(image)).paint(painter, layout.pages[0])
    painter.resetTransform()
    painter.setPen(QPen(QColor("#8a8f98"), 1))
    painter.drawRect(QRectF(0.5, 0.5, width - 1, height - 1))
    painter.end()
    return QPixmap.fromImage(image)
