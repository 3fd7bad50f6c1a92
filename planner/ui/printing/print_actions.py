"""File > Page Setup…, Print Preview…, Print… (on the Gantt tab), Export Gantt as PDF…, Export Chart as PNG….

All of them print the Gantt from the model with the project's page setup (kept in the
file): the rows the task table shows (collapsed summaries stay collapsed, a filter
applies), the baseline bars when the page setup or View > Tracking Gantt asks for them.
The PDF is written as a job on a snapshot of the project, so a plan of thousands of
rows never freezes the window; a cancelled export leaves no file.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSizeF
from PySide6.QtGui import QAction, QPageLayout
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from planner.core.errors import PlannerError
from planner.core.model.page_setup import PageSetup, page_setup_of
from planner.core.printing.edits import set_page_setup
from planner.core.progress import CancelCheck, Progress
from planner.ui.jobs.runner import Job
from planner.ui.printing.layout import PrintLayout
from planner.ui.printing.output import Printed, page_layout, paint_pages, write_pdf, write_png
from planner.ui.printing.page_setup_dialog import PageSetupDialog
from planner.ui.printing.plan import Plan
from planner.ui.shell.file_errors import show_problem

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from planner.ui.shell.main_window import MainWindow


def ask_gantt_printer(parent: QWidget, title: str, setup: PageSetup) -> QPrinter | None:
    """Qt's print dialog on a printer set up as `setup` says; the paper chosen there wins."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # Qt's print support only when asked

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(setup))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(f"Print {title}")
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def paper_of(printer: QPrinter) -> tuple[float, float]:
    """The printer's sheet in millimetres, turned as it prints."""
    size: QSizeF = printer.pageLayout().fullRect(QPageLayout.Unit.Millimeter).size()
    return size.width(), size.height()


class PrintActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.page_setup = self._action("Page Set&up…", self.edit_page_setup, "Paper, dates, pages wide and columns")
        self.preview = self._action("Print Pre&view…", self.show_preview, "See the printed Gantt page by page")
        self.export_pdf = self._action("Export Gantt as P&DF…", self.ask_pdf, "The printed Gantt as a PDF")
        self.export_png = self._action("Export Gantt Chart as P&NG…", self.ask_png, "The Gantt as one picture")
        self.project_open(False)

    def _action(self, text: str, slot, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    @property
    def setup_actions(self) -> list[QAction]:
        return [self.page_setup, self.preview]

    @property
    def export_actions(self) -> list[QAction]:
        return [self.export_pdf, self.export_png]

    def project_open(self, open_: bool) -> None:
        for action in self.setup_actions + self.export_actions:
            action.setEnabled(open_)

    # -- what is printed -------------------------------------------------------------------
    def setup(self) -> PageSetup:
        """The file's page setup, with the baseline when the Gantt shows the Tracking Gantt."""
        session = self.window.session
        setup = page_setup_of(session.project)
        gantt = self.window.page("gantt")
        shows = gantt is not None and gantt.chart.show_baselines
        return replace(setup, baseline=setup.baseline or shows)

    def shown_rows(self) -> list[int]:
        """The task ids the table shows, top to bottom (every task when the Gantt has no page)."""
        from planner.ui.gantt.roles import TaskIdRole

        gantt = self.window.page("gantt")
        if gantt is None:
            return []
        table, rows = gantt.table, []
        index = table.model().index(0, 0)
        while index.isValid():
            task_id = index.siblingAtColumn(0).data(TaskIdRole)
            if task_id is not None:
                rows.append(int(task_id))
            index = table.indexBelow(index)
        return rows

    def plan(self) -> Plan:
        session = self.window.session
        return Plan(session.project, session.schedule, self.shown_rows())

    def _title(self) -> str:
        return f"{self.window.session.project.name} — Gantt"

    # -- the actions ----------------------------------------------------------------------------
    def edit_page_setup(self) -> PageSetupDialog | None:
        """The dialog; OK keeps the setup in the file as one undoable edit."""
        session = self.window.session
        if session is None:
            return None
        dialog = PageSetupDialog(page_setup_of(session.project), self.plan(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_setup() is not None:
            chosen = dialog.result_setup()
            refused = lambda text: self.window.status(f"Page setup not kept: {text}", error=True)  # noqa: E731
            if session.attempt(lambda project: set_page_setup(project, chosen), refused) is not None:
                self.window.status("Page setup kept in the project file; File > Print Preview shows the pages")
        return dialog

    def layout_for(self, printer: QPrinter) -> PrintLayout:
        return PrintLayout(self.plan(), self.setup(), paper_of(printer))

    def preview_dialog(self) -> QPrintPreviewDialog | None:
        """Qt's preview on the same pages as the printout; the caller shows it."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        if self.window.session is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title())
        printer.setFullPage(True)
        printer.setPageLayout(page_layout(self.setup()))
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(f"Print Preview — {self._title()}")
        dialog.resize(1100, 800)
        dialog.paintRequested.connect(self._paint_preview)
        dialog.printer = printer  # kept alive with the dialog
        return dialog

    def _paint_preview(self, printer: QPrinter) -> None:
        try:
            paint_pages(printer, self.layout_for(printer))
        except PlannerError as error:
            self.window.status(f"Cannot preview: {error}", error=True)

    def show_preview(self) -> None:
        try:
            PrintLayout(self.plan(), self.setup())
        except PlannerError as error:
            show_problem(self.window, "Cannot print the Gantt with this page setup", error)
            return
        dialog = self.preview_dialog()
        if dialog is not None:
            dialog.exec()

    def print_gantt(self) -> Printed | None:
        """Ctrl+P on the Gantt tab: the print dialog, then the tiled pages."""
        from planner.ui.printing import print_actions  # the module's function, so tests can stand in for it

        try:
            PrintLayout(self.plan(), self.setup())
        except PlannerError as error:
            self.window.status(f"Cannot print: {error}", error=True)
            return None
        printer = print_actions.ask_gantt_printer(self.window, self._title(), self.setup())
        if printer is None:
            return None
        try:
            printed = paint_pages(printer, self.layout_for(printer))
        except PlannerError as error:
            self.window.status(f"Cannot print: {error}", error=True)
            return None
        where = f" to {printer.outputFileName()}" if printer.outputFileName() else f" on {printer.printerName()}"
        pages = f"{printed.pages} page{'s' * (printed.pages != 1)}"
        self.window.status(f"Printed the Gantt ({pages}: {printed.columns} across × {printed.rows} down){where}")
        return printed

    def ask_pdf(self) -> None:
        session = self.window.session
        if session is None:
            return
        suggested = str(session.document.path.with_name(f"{session.document.path.stem} Gantt.pdf"))
        name, _ = QFileDialog.getSaveFileName(self.window, "Export the Gantt as PDF", suggested, "PDF (*.pdf)")
        if name:
            self.export_to_pdf(Path(name) if Path(name).suffix else Path(name).with_suffix(".pdf"))

    def export_to_pdf(self, target: Path) -> None:
        """Write the PDF as a job on a snapshot: the window goes on while the pages are painted."""
        session = self.window.session
        snapshot, rows, setup = copy.deepcopy(session.project), self.shown_rows(), self.setup()

        def write(progress: Progress, cancelled: CancelCheck) -> Printed:
            from planner.core.schedule.loops import LoopBreaker

            plan = Plan(snapshot, LoopBreaker().schedule_first(snapshot), rows)
            return write_pdf(plan, setup, target, progress, cancelled)

        def done(printed: Printed) -> None:
            self.window.status(f"Exported the Gantt: {printed.describe(target).removeprefix('wrote ')}")

        self.window.jobs.start(Job(f"Exporting {target.name}", write, done))

    def ask_png(self) -> None:
        session = self.window.session
        if session is None:
            return
        suggested = str(session.document.path.with_name(f"{session.document.path.stem} Gantt.png"))
        name, _ = QFileDialog.getSaveFileName(self.window, "Export the Gantt chart as PNG", suggested, "PNG (*.png)")
        if name:
            self.export_to_png(Path(name) if Path(name).suffix else Path(name).with_suffix(".png"))

    def export_to_png(self, target: Path) -> None:
        try:
            width, height = write_png(self.plan(), self.setup(), target)
        except PlannerError as error:
            show_problem(self.window, f"Cannot write {target.name}", error)
            return
        self.window.status(f"Exported the Gantt chart to {target} ({width} x {height} pixels)")
