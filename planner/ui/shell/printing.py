"""File > Print (Ctrl+P): the current tab's view, scaled to one page, through Qt's print dialog.

Printing prints what the tab shows (for the Gantt: the table and the chart as they
are scrolled and zoomed), the way a PM prints a Gantt view from MS Project to hand
out at a meeting. For a PDF, choose "Print to File" in the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from planner.core.errors import PlannerError


def ask_printer(parent: QWidget, title: str) -> QPrinter | None:
    """The printer the user picks in Qt's print dialog, or None if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(f"Print {title}")
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def print_widget(widget: QWidget, printer: QPrinter) -> None:
    """Render `widget` on one page, as large as fits; PlannerError if the printer cannot start."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PlannerError("the printer could not be started; check that it is connected, or print to a file")
    try:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        scale = min(page.width() / max(1, widget.width()), page.height() / max(1, widget.height()))
        painter.scale(scale, scale)
        widget.render(painter, QPoint())
    finally:
        painter.end()
