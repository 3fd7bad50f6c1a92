"""One printed page: title, the repeated task columns and timescale, the page's rows and dates, footer.

The painter arrives scaled so that one unit is a logical pixel (1/96 inch) with the
page's top left at the origin; PrintLayout says where everything goes.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from planner.ui.gantt.chart.colors import ChartColors
from planner.ui.gantt.chart.source import ChartSource
from planner.ui.gantt.chart.timescale import TimeScale, Unit, label_level, pick_label
from planner.ui.printing.chart_paint import ChartPainter
from planner.ui.printing.layout import CELL_PAD, INDENT, Page, PrintLayout
from planner.ui.printing.legend import legend_entries, paint_legend
from planner.ui.printing.style import FOOTER_PT, TITLE_PT, Fonts, print_colors

ALIGN = {"left": Qt.AlignmentFlag.AlignLeft, "right": Qt.AlignmentFlag.AlignRight,
         "center": Qt.AlignmentFlag.AlignHCenter}  # fmt: skip
ALIGNED = {key: flag | Qt.AlignmentFlag.AlignVCenter for key, flag in ALIGN.items()}
FRAME = 0.75


class PagePainter:
    """Paints the pages of `layout` on the device of `fonts`; `printed_on` goes in every footer."""

    def __init__(self, layout: PrintLayout, fonts: Fonts, printed_on: date | None = None) -> None:
        self.layout, self.fonts = layout, fonts
        self.colors: ChartColors = print_colors()
        self.printed_on = printed_on or date.today()
        self._cells: dict[tuple[int, int], str] = {}
        plan = layout.plan
        self.source = ChartSource(plan)  # type: ignore[arg-type]  # reads .project and .schedule only
        self.chart = ChartPainter(self.source, self.colors, set(plan.rows), layout.setup.baseline, layout.label)

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
        end = layout.end
        last = end - timedelta(seconds=1) if end.time() == time(0) else end  # a midnight ends the day before
        text = f"Gantt  ·  {layout.start:%a %Y-%m-%d} – {last:%a %Y-%m-%d}"
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
        """As the screen's header draws a tier, each label within the part of its cell on this page, and
        every label of the lower tier in the same form (`4 Jan` everywhere, or `4` everywhere)."""
        metrics = QFontMetricsF(p.font(), p.device())
        cells = []
        for start, end in unit.spans(scale.datetime_at(0), scale.datetime_at(width)):
            x0, x1 = scale.x_of(start), scale.x_of(end)
            cells.append((start, x0, max(x0, 0.0), min(x1, width), x0 >= 0 and x1 <= width))
        level = label_level(unit, scale.px_per_day, metrics.horizontalAdvance) if centred else 0
        if centred:  # the form every whole cell on the page can show
            whole = [(start, right - left) for start, _x, left, right, inside in cells if inside]
            level = max([level] + [_form(unit.labels(start), level, room, metrics) for start, room in whole])
        for start, x0, left, right, _whole in cells:
            p.setPen(QPen(self.colors.grid_strong, FRAME / 2))
            p.drawLine(QLineF(x0, top, x0, top + height))
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
        row_h, left, top = layout.row_height, layout.margin, layout.body_top
        full = layout.table_w + layout.fit.chart_width
        fonts = (self.fonts.font(layout.points), self.fonts.font(layout.points, True))
        metrics = tuple(QFontMetricsF(font, p.device()) for font in fonts)
        pad = CELL_PAD * layout.scale
        p.setPen(self.colors.text)
        for number, task_id in enumerate(task_ids):
            y = top + number * row_h
            if number % 2:
                p.fillRect(QRectF(left, y, full, row_h), self.colors.alternate)
            summary = outline.is_summary(task_id)
            p.setFont(fonts[summary])
            x = left
            for index, column in enumerate(layout.columns):
                width = column.width * layout.scale
                indent = INDENT * layout.scale * (outline.level(task_id) - 1) if column.column.key == "name" else 0
                cell = QRectF(x + pad + indent, y, width - 2 * pad - indent, row_h)
                text = self._cell(metrics[summary], index, task_id, cell.width())
                p.drawText(cell, int(ALIGNED[column.column.align]), text)
                x += width
        p.setPen(QPen(self.colors.grid, layout.scale * 0.5))
        for number in range(1, len(task_ids) + 1):
            y = top + number * row_h
            p.drawLine(QLineF(left, y, left + layout.table_w, y))

    def _cell(self, metrics: QFontMetricsF, index: int, task_id: int, width: float) -> str:
        """A cell's text, cut with an ellipsis to its column; made once for every page across."""
        found = self._cells.get((index, task_id))
        if found is None:
            text = self.layout.text(self.layout.columns[index].column, task_id)
            found = self._cells[index, task_id] = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width + 0.5)
        return found

    def _chart(self, p: QPainter, page: Page, task_ids: list[int]) -> None:
        layout = self.layout
        row_h = layout.row_height
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
        bottom = layout.body_top + rows * layout.row_height
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
        if count == 1:
            return f"{name} — printed {self.printed_on:%Y-%m-%d}"
        return f"{name} — row {page.row}, column {page.column} of {count} — printed {self.printed_on:%Y-%m-%d}"

    def _footer(self, p: QPainter, page: Page) -> None:
        layout = self.layout
        band = QRectF(layout.margin, layout.page_h - layout.margin - layout.footer_h * 0.7,
                      layout.page_w - 2 * layout.margin, layout.footer_h * 0.7)  # fmt: skip
        p.setFont(self.fonts.font(FOOTER_PT))
        p.setPen(self.colors.text)
        text = self.footer_text(page)
        p.drawText(band, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        room = band.width() - QFontMetricsF(p.font(), p.device()).horizontalAdvance(text) - 24
        entries = legend_entries(layout.setup.baseline, layout.plan.project.status_date is not None)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        paint_legend(p, self.colors, QRectF(band.left(), band.top(), room, band.height()), entries)
        p.setPen(QPen(self.colors.grid_strong, FRAME / 2))
        p.drawLine(QLineF(band.left(), band.top(), band.right(), band.top()))


def _form(labels: tuple[str, ...], level: int, width: float, metrics: QFontMetricsF) -> int:
    """The first of the label forms from `level` on that fits `width` (past the last if none does)."""
    for index in range(level, len(labels)):
        if metrics.horizontalAdvance(labels[index]) + 6 <= width:
            return index
    return len(labels)
