"""Printing a layout's pages: on a QPrinter (Print, Print Preview), into a PDF, or one picture as PNG.

Each device is painted at its own resolution: the painter is scaled from logical
pixels (1/96 inch) to the device's dots and the fonts are set in points for that
device (style.Fonts), so a PDF is vector with its text as text. Only model data and
a paint device are touched, never a widget: a worker thread may write the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from planner.core.errors import PlannerError
from planner.core.model.page_setup import PageSetup
from planner.core.progress import CancelCheck, Progress, check, never_cancelled, no_progress
from planner.store.whole_write import write_whole
from planner.ui.printing.layout import MM, PrintLayout
from planner.ui.printing.page_paint import PagePainter
from planner.ui.printing.plan import Plan
from planner.ui.printing.style import LOGICAL_DPI, Fonts

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
PDF_DPI = 1200
PNG_DPI = 192  # twice a screen's: sharp on a slide or a wiki page
MAX_PNG_PX = 32000  # Qt's QImage limit is 32767 per side


@dataclass(frozen=True)
class Printed:
    pages: int
    columns: int  # pages across
    rows: int  # pages down

    def describe(self, target: object) -> str:
        """`wrote 12 pages (4 columns x 3 rows of pages) to gantt.pdf`, in the singular where it is one."""
        pages, columns, rows = _count(self.pages, "page"), _count(self.columns, "column"), _count(self.rows, "row")
        return f"wrote {pages} ({columns} x {rows} of pages) to {target}"


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}{'s' * (number != 1)}"


def page_layout(setup: PageSetup) -> QPageLayout:
    """The sheet of `setup`, as the standard size a printer knows, without Qt's margins: the layout draws its own."""
    size = QPageSize(PAGE_SIZES[setup.paper])
    orientation = QPageLayout.Orientation.Landscape if setup.landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def paint_pages(
    device: QPdfWriter | QPrinter,
    layout: PrintLayout,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    printed_on: date | None = None,
) -> Printed:
    """Every page of `layout` on `device`, one sheet each; PlannerError if the device cannot start."""
    painter = QPainter()
    if not painter.begin(device):
        raise PlannerError("the printer could not be started; check that it is connected, or print to a file")
    pages = PagePainter(layout, Fonts(device), printed_on)
    try:
        dpi = device.logicalDpiX()
        for number, page in enumerate(layout.pages):
            check(cancelled, "Printing the Gantt")
            if number:
                device.newPage()
            painter.save()
            painter.scale(dpi / LOGICAL_DPI, device.logicalDpiY() / LOGICAL_DPI)
            pages.paint(painter, page)
            painter.restore()
            progress(number + 1, len(layout.pages))
    finally:
        painter.end()
    return Printed(len(layout.pages), layout.fit.pages_wide, layout.page_rows)


def write_pdf(
    plan: Plan,
    setup: PageSetup,
    target: Path,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    printed_on: date | None = None,
) -> Printed:
    """The printed Gantt as a PDF at `target`, which appears only when complete (none if cancelled)."""
    layout = PrintLayout(plan, setup)
    found: list[Printed] = []

    def fill(part: Path) -> None:
        writer = QPdfWriter(str(part))
        writer.setPageLayout(page_layout(setup))
        writer.setResolution(PDF_DPI)
        writer.setTitle(f"{plan.project.name} — Gantt")
        writer.setCreator("Planner")
        found.append(paint_pages(writer, layout, progress, cancelled, printed_on))

    write_whole(Path(target), fill)
    return found[0]


def picture_layout(plan: Plan, setup: PageSetup) -> PrintLayout:
    """The whole Gantt on one sheet as large as it needs: every row, the dates at full size."""
    from planner.core.printing.fit import NATURAL_PX_PER_DAY

    single = replace(setup, pages_wide=1, margin_mm=4.0)
    probe = PrintLayout(plan, replace(single, pages_wide=0))
    days = (probe.end - probe.start).total_seconds() / 86400
    width = probe.table_w + days * NATURAL_PX_PER_DAY + 2 * probe.margin + 1
    height = probe.title_h + probe.footer_h + 2 * probe.tier_h + len(plan.rows) * probe.row_h + 2 * probe.margin + 1
    return PrintLayout(plan, single, (width / MM, height / MM))


def write_png(plan: Plan, setup: PageSetup, target: Path, printed_on: date | None = None) -> tuple[int, int]:
    """The Gantt chart with its columns as one picture (for a slide or a wiki page); its size in pixels."""
    layout = picture_layout(plan, setup)
    scale = PNG_DPI / LOGICAL_DPI
    if max(layout.page_w, layout.page_h) * scale > MAX_PNG_PX:
        scale = 1.0
    width, height = round(layout.page_w * scale), round(layout.page_h * scale)
    if max(width, height) > MAX_PNG_PX:
        raise PlannerError(
            f"the chart of {len(plan.rows):,} rows would be {width:,} x {height:,} pixels, more than one picture "
            f"can hold ({MAX_PNG_PX:,}); export the Gantt as a PDF, or collapse or filter the rows"
        )
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots = round(LOGICAL_DPI * scale / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    try:
        painter.scale(scale, scale)
        PagePainter(layout, Fonts(image), printed_on).paint(painter, layout.pages[0])
    finally:
        painter.end()

    def fill(part: Path) -> None:
        if not image.save(str(part), "PNG"):
            raise OSError(f"Qt could not write {target.name}")

    write_whole(Path(target), fill)
    return width, height
