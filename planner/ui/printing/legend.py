"""The legend at the foot of every printed page, as MS Project prints one: what each bar means.

Drawn left of the page number, in as many of its entries as the footer has room for
(on a narrow portrait page the rarer ones give way first).
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QPolygonF

from planner.ui.gantt.chart.baseline_bars import baseline_color
from planner.ui.gantt.chart.colors import ChartColors

SWATCH_W, SWATCH_H, GAP, SPACING = 16.0, 6.0, 4.0, 12.0
ENTRIES = ("task", "critical", "summary", "milestone", "status", "progress", "deadline", "baseline")
LABELS = {"task": "Task", "critical": "Critical", "summary": "Summary", "milestone": "Milestone",
          "status": "Status date", "progress": "Progress", "deadline": "Deadline", "baseline": "Baseline"}  # fmt: skip


def legend_entries(baseline: bool, status: bool) -> list[str]:
    return [e for e in ENTRIES if (e != "baseline" or baseline) and (e != "status" or status)]


def paint_legend(p: QPainter, colors: ChartColors, band: QRectF, entries: list[str]) -> float:
    """The entries that fit `band` from its left edge, vertically centred; returns the width used."""
    metrics = QFontMetricsF(p.font(), p.device())
    x, middle = band.left(), band.center().y()
    for entry in entries:
        width = SWATCH_W + GAP + metrics.horizontalAdvance(LABELS[entry])
        if x + width > band.right():
            break
        _swatch(p, colors, entry, QRectF(x, middle - SWATCH_H / 2, SWATCH_W, SWATCH_H))
        p.setPen(colors.text)
        p.drawText(QRectF(x + SWATCH_W + GAP, band.top(), width, band.height()),
                   int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), LABELS[entry])  # fmt: skip
        x += width + SPACING
    return x - band.left()


def _swatch(p: QPainter, colors: ChartColors, entry: str, box: QRectF) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    if entry in ("task", "critical", "progress"):
        fill = colors.critical if entry == "critical" else colors.task
        p.setBrush(fill)
        p.drawRect(box)
        if entry == "progress":
            p.setBrush(colors.progress)
            p.drawRect(QRectF(box.left(), box.top() + box.height() / 3, box.width() * 0.6, box.height() / 3))
    elif entry == "summary":
        p.setBrush(colors.summary)
        p.drawRect(QRectF(box.left(), box.top(), box.width(), box.height() * 0.6))
    elif entry == "milestone":
        c, h = box.center(), box.height() * 0.8
        p.setBrush(colors.milestone)
        p.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - h), QPointF(c.x() + h, c.y()), QPointF(c.x(), c.y() + h),
                                 QPointF(c.x() - h, c.y())]))  # fmt: skip
    elif entry == "deadline":
        c, h = box.center(), box.height() * 0.8
        p.setBrush(colors.deadline)
        p.drawPolygon(QPolygonF([QPointF(c.x() - h, c.y() - h), QPointF(c.x() + h, c.y() - h),
                                 QPointF(c.x(), c.y() + h)]))  # fmt: skip
    elif entry == "status":
        p.setPen(QPen(colors.status, 1.2, Qt.PenStyle.DashLine))
        p.drawLine(QLineF(box.center().x(), box.top() - 2, box.center().x(), box.bottom() + 2))
    else:
        fill = baseline_color(colors)
        p.setPen(QPen(QColor(fill).darker(130), 0.75))
        p.setBrush(fill)
        p.drawRect(box.adjusted(0, 1, 0, -1))
