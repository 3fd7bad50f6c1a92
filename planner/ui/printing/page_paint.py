"""One printed page: title, the repeated task columns and timescale, the page's rows and dates, footer.

The painter arrives scaled so that one unit is a logical pixel (1/96 inch) with the
page's top left at the origin; PrintLayout says where everything goes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from planner.ui.gantt.chart.colors import ChartColors
from planner.ui.gantt.chart.source import ChartSource
from planner.ui.gantt.chart.timescale import TimeScale, Unit, label_level, pick_label
from planner.ui.printing.chart_paint import ChartPainter
from planner.ui.printing.layout import CELL_PAD, INDENT, Page, PrintLayout
from planner.ui.printing.style import FOOTER_PT, TITLE_PT, Fonts, print_colors

ALIGN = {"left": Qt.AlignmentFlag.AlignLeft, "right": Qt.AlignmentFlag.AlignRight,
         "center": Qt.AlignmentFlag.AlignHCenter}  # fmt: skip
FRAME = 0.75


class PagePainter:
    """Paints the pages of `layout` on the device of `fonts`; `printed_on` goes in every footer."""

    def __init__(self, layout: PrintLayout, fonts: Fonts, printed_on: date | None = None) -> None:
        self.layout, self.fonts = layout, fonts
        self.colors: ChartColors = print_colors()
        self.printed_on = printed_on or date.today()
        plan = layout.plan
        self.source = ChartSource(plan)  # type: ignore[arg-type]  # reads .project and .schedule only
        names = "name" not in layout.setup.columns
        self.chart = ChartPainter(self.source, self.colors, set(plan.rows), layout.setup.baseline, names)

    def paint(self, p: QPainter, page: Page) -> None:
        layout = self.layout
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self._title(p)
        self._table_header(p)
        self._timescale(p, page)
        task_ids = layout.plan.rows[page.first : page.last]
        self._rows(p, task_ids)
        self._chart(p, page, task_ids)
        self._frame(p, len(task_ids))
        self._footer(p, page)

    # -- the parts ---------------------------------------------------------------------
    def _title(self, p: QPainter) -> None:
        layout = self.layout
        left, top, width = layout.margin, layout.margin, layout.page_w - 2 * layout.margin
        band = QRectF(left, top, width, layout.title_h * 0.8)
        p.setPen(self.colors.text)
        p.setFont(self.fonts.font(TITLE_PT, True))
        p.drawText(band, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), layout.plan.project.name)
        p.setFont(self.fonts.font(layout.points + 0.5))
        p.drawText(band, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self._range_text())

    def _range_text(self) -> str:
        layout = self.layout
        text = f"Gantt  ·  {layout.start:%a %Y-%m-%d} – {layout.end:%a %Y-%m-%d}"
        status = layout.plan.project.status_date
        return text + (f"  ·  status date {status:%a %Y-%m-%d}" if status else "")

    def _header_rect(self) -> QRectF:
        layout = self.layout
        return QRectF(layout.margin, layout.margin + layout.title_h, layout.table_w, 2 * layout.tier_h * layout.scale)

    def _table_header(self, p: QPainter) -> None:
        layout = self.layout
        area = self._header_rect()
        p.fillRect(area, self.colors.header)
        p.setFont(self.fonts.font(layout.points, True))
        x = area.left()
        for column in layout.columns:
            width = column.width * layout.scale
            cell = QRectF(x + CELL_PAD * layout.scale, area.top(), width - 2 * CELL_PAD * layout.scale, area.height())
            align = ALIGN.get(column.column.align, Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
            p.setPen(self.colors.header_text)
            p.drawText(cell, int(align), column.title)
            x += width
            p.setPen(QPen(self.colors.grid_strong, FRAME))
            p.drawLine(QLineF(x, area.top(), x, area.bottom()))

    def _timescale(self, p: QPainter, page: Page) -> None:
        layout = self.layout
        head = self._header_rect()
        area = QRectF(layout.chart_left, head.top(), layout.fit.chart_width, head.height())
        p.fillRect(area, self.colors.header)
        scale = self._scale(page)
        upper, lower = scale.tiers()
        tier = area.height() / 2
        p.save()
        p.setClipRect(area)
        p.translate(area.left(), area.top())
        p.setFont(self.fonts.font(layout.points))
        self._tier(p, scale, upper, 0, tier, area.width(), centred=False)
        self._tier(p, scale, lower, tier, tier, area.width(), centred=True)
        p.setPen(QPen(self.colors.grid_strong, FRAME))
        p.drawLine(QLineF(0, tier, area.width(), tier))
        p.restore()

    def _tier(self, p: QPainter, scale: TimeScale, unit: Unit, top: float, height: float, width: float,
              centred: bool) -> None:  # fmt: skip
        """As the screen's header draws a tier; upper-tier labels stick to the page's left edge."""
        metrics = QFontMetricsF(p.font(), p.device())
        level = label_level(unit, scale.px_per_day, metrics.horizontalAdvance) if centred else 0
        for start, end in unit.spans(scale.datetime_at(0), scale.datetime_at(width)):
            x0, x1 = scale.x_of(start), scale.x_of(end)
            p.setPen(QPen(self.colors.grid_strong, FRAME / 2))
            p.drawLine(QLineF(x0, top, x0, top + height))
            left = x0 if centred else max(x0, 0.0)
            right = x1 if centred else min(x1, width)
            text = pick_label(unit.labels(start)[level:], right - left, metrics.horizontalAdvance)
            if text:
                pad = 0 if centred else 4
                align = Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft
                p.setPen(self.colors.header_text)
                p.drawText(QRectF(left + pad, top, right - left - pad, height),
                           int(align | Qt.AlignmentFlag.AlignVCenter), text)  # fmt: skip

    def _scale(self, page: Page) -> TimeScale:
        layout = self.layout
        metrics = self.fonts.metrics(layout.points)
        return TimeScale(layout.slice_start(page), layout.fit.px_per_day, metrics.averageCharWidth())

    def _rows(self, p: QPainter, task_ids: list[int]) -> None:
        """Row bands across the page, then each row's cells; summaries in bold, names indented."""
        layout = self.layout
        outline = layout.plan.schedule.outline
        row_h, left, top = layout.row_h * layout.scale, layout.margin, layout.body_top
        full = layout.table_w + layout.fit.chart_width
        plain, bold = self.fonts.font(layout.points), self.fonts.font(layout.points, True)
        pad = CELL_PAD * layout.scale
        for number, task_id in enumerate(task_ids):
            y = top + number * row_h
            if number % 2:
                p.fillRect(QRectF(left, y, full, row_h), self.colors.alternate)
            summary = outline.is_summary(task_id)
            p.setFont(bold if summary else plain)
            metrics = QFontMetricsF(p.font(), p.device())
            x = left
            for column in layout.columns:
                width = column.width * layout.scale
                indent = INDENT * layout.scale * (outline.level(task_id) - 1) if column.column.key == "name" else 0
                cell = QRectF(x + pad + indent, y, width - 2 * pad - indent, row_h)
                text = metrics.elidedText(layout.text(column.column, task_id), Qt.TextElideMode.ElideRight,
                                          cell.width() + 0.5)  # fmt: skip
                align = ALIGN.get(column.column.align, Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
                p.setPen(self.colors.text)
                p.drawText(cell, int(align), text)
                x += width
        p.setPen(QPen(self.colors.grid, layout.scale * 0.5))
        for number in range(1, len(task_ids) + 1):
            y = top + number * row_h
            p.drawLine(QLineF(left, y, left + layout.table_w, y))

    def _chart(self, p: QPainter, page: Page, task_ids: list[int]) -> None:
        layout = self.layout
        row_h = layout.row_h * layout.scale
        width = layout.fit.chart_width
        height = layout.page_h - layout.margin - layout.footer_h - layout.body_top
        scale = self._scale(page)
        frame = self.chart.frame(task_ids, row_h, scale, height)
        p.save()
        p.translate(layout.chart_left, layout.body_top)
        p.setClipRect(QRectF(0, 0, width, len(task_ids) * row_h))
        p.setFont(self.fonts.font(layout.points))
        self.chart.paint(p, frame, scale, (width, len(task_ids) * row_h))
        p.restore()

    def _frame(self, p: QPainter, rows: int) -> None:
        """The box around the table and the chart, and the line between them."""
        layout = self.layout
        top = layout.margin + layout.title_h
        bottom = layout.body_top + rows * layout.row_h * layout.scale
        box = QRectF(layout.margin, top, layout.table_w + layout.fit.chart_width, bottom - top)
        p.setPen(QPen(self.colors.grid_strong, FRAME))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(box)
        p.drawLine(QLineF(layout.chart_left, top, layout.chart_left, bottom))
        p.drawLine(QLineF(box.left(), layout.body_top, box.right(), layout.body_top))
        x = layout.margin
        p.setPen(QPen(self.colors.grid, layout.scale * 0.5))
        for column in layout.columns[:-1]:
            x += column.width * layout.scale
            p.drawLine(QLineF(x, layout.body_top, x, bottom))

    def footer_text(self, page: Page) -> str:
        """Issue 13's page number: "Project — row r, column c of n — printed date"."""
        count = len(self.layout.pages)
        name = self.layout.plan.project.name
        return f"{name} — row {page.row}, column {page.column} of {count} — printed {self.printed_on:%Y-%m-%d}"

    def _footer(self, p: QPainter, page: Page) -> None:
        layout = self.layout
        band = QRectF(layout.margin, layout.page_h - layout.margin - layout.footer_h * 0.7,
                      layout.page_w - 2 * layout.margin, layout.footer_h * 0.7)  # fmt: skip
        p.setFont(self.fonts.font(FOOTER_PT))
        p.setPen(self.colors.text)
        p.drawText(band, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), self.footer_text(page))
        p.setPen(QPen(self.colors.grid_strong, FRAME / 2))
        p.drawLine(QLineF(band.left(), band.top(), band.right(), band.top()))
