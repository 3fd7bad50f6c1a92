"""A small picture of a layout's first page, for the page setup dialog's live preview."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap

from planner.ui.printing.layout import PrintLayout
from planner.ui.printing.page_paint import PagePainter
from planner.ui.printing.style import LOGICAL_DPI, Fonts


def first_page(layout: PrintLayout, width: int) -> QPixmap:
    """Page 1 of `layout`, `width` pixels wide, with a thin edge like a sheet of paper.

    The page is painted at its own size (LOGICAL_DPI) and then scaled down: painting straight
    at thumbnail scale shrank the fonts twice over (the image's dots and the painter's scale)
    and left a page covered by one oversized marker.
    """
    image = QImage(round(layout.page_w), round(layout.page_h), QImage.Format.Format_RGB32)
    dots = round(LOGICAL_DPI / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    PagePainter(layout, Fonts(image)).paint(painter, layout.pages[0])
    painter.end()
    small = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    painter = QPainter(small)
    painter.setPen(QPen(QColor("#8a8f98"), 1))
    painter.drawRect(QRectF(0.5, 0.5, small.width() - 1, small.height() - 1))
    painter.end()
    return QPixmap.fromImage(small)
