"""File > Import Progress and File > Status Report: progress back from the team, and the status
report PDF, each run as a job on a snapshot of the project (planner.ui.jobs).

Import Progress reads the returned workbook in the worker and shows what it would change; Apply
makes one edit on the undo stack. Status Report asks the period, then where to save, and writes
the PDF in the worker (a cancelled report leaves no file).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from planner.core.progress import CancelCheck, JobSteps, Progress
from planner.ui.dialogs.progress_preview import ProgressPreviewDialog
from planner.ui.dialogs.status_report import StatusReportDialog
from planner.ui.jobs.runner import Job

if TYPE_CHECKING:
    from planner.core.edits.progress_edits import ProgressImport
    from planner.core.report.period import Period
    from planner.ui.shell.main_window import MainWindow


def ask_workbook_path(parent: QWidget, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, "Import progress from the returned workbook", str(folder), "Excel workbooks (*.xlsx);;All files (*)"
    )
    return Path(name) if name else None


def ask_report_path(parent: QWidget, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, "Save the status report as", str(suggested), "PDF (*.pdf)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


class ReportActions(QObject):
    """The two File menu entries; `dialog` is the one they have open (window-modal)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None
        self.import_progress = QAction("Import &Progress…", window)
        self.import_progress.setStatusTip("Read the % complete and actual dates a team lead filled in the workbook")
        self.import_progress.triggered.connect(lambda _checked=False: self.ask_progress())
        self.status_report = QAction("Status &Report…", window)
        self.status_report.setStatusTip("Write the status report of a period as a PDF")
        self.status_report.triggered.connect(lambda _checked=False: self.ask_report())
        self.actions = [self.import_progress, self.status_report]
        self.project_open(False)

    def project_open(self, open_: bool) -> None:
        for action in self.actions:
            action.setEnabled(open_)

    def _show(self, dialog: QDialog, accepted) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: accepted(dialog))
        dialog.finished.connect(self._closed)
        dialog.open()

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    # -- Import Progress --------------------------------------------------------------
    def ask_progress(self, source: Path | None = None) -> None:
        session = self.window.session
        if session is None:
            return
        source = source or ask_workbook_path(self.window, session.document.path.parent)
        if source is None:
            return
        snapshot = copy.deepcopy(session.project)

        def read(progress: Progress, cancelled: CancelCheck) -> ProgressImport:
            from planner.core.schedule.loops import LoopBreaker
            from planner.exchange.progress_sheet import progress_from_workbook

            steps = JobSteps(progress, cancelled, f"Reading {source.name}")
            schedule = LoopBreaker().schedule_first(snapshot)
            steps.at(0.3)
            found = progress_from_workbook(schedule, source)
            steps.at(1.0)
            return found

        self.window.jobs.start(Job(f"Reading {source.name}", read, lambda found: self._preview(source, found)))

    def _preview(self, source: Path, found: ProgressImport) -> None:
        self._show(ProgressPreviewDialog(source, found, self.window), lambda dialog: self._apply(dialog.found))

    def _apply(self, found: ProgressImport) -> None:
        session = self.window.session
        if session is None or found.edit is None:
            return
        problems: list[str] = []
        if session.attempt(lambda _project: found.edit, problems.append) is not None:
            tasks = len({c.task_id for c in found.changes})
            self.window.status(f"Progress of {tasks} task(s) applied as one step (Ctrl+Z takes it back)")
        elif problems:
            self.window.status(f"Progress not applied: {problems[0]}", error=True)

    # -- Status Report ----------------------------------------------------------------
    def ask_report(self) -> None:
        session = self.window.session
        if session is None:
            return
        self._show(StatusReportDialog(session, self.window), self._report_asked)

    def _report_asked(self, dialog: StatusReportDialog) -> None:
        session = self.window.session
        if session is None or dialog.period is None:
            return
        suggested = session.document.path.with_name(f"{session.document.path.stem} status {dialog.period.last}.pdf")
        target = ask_report_path(self.window, suggested)
        if target is not None:
            self.write_report(target, dialog.period, dialog.author.text().strip())

    def write_report(self, target: Path, period: Period, author: str) -> None:
        """Write the report as a job on a snapshot: the window goes on editing meanwhile."""
        snapshot = copy.deepcopy(self.window.session.project)

        def write(progress: Progress, cancelled: CancelCheck) -> Path:
            from planner.core.schedule.loops import LoopBreaker
            from planner.exchange.report.document import write_status_report

            steps = JobSteps(progress, cancelled, "The status report")
            write_status_report(LoopBreaker().schedule_first(snapshot), target, period, author=author, steps=steps)
            return target

        def done(path: Path) -> None:
            self.window.status(f"Wrote the status report of {period.text()} to {path}")

        self.window.jobs.start(Job(f"Writing {target.name}", write, done))
