"""File > Export to …: one action per format planner.exchange.project_formats can write.

Each export runs as a job on a snapshot of the project, scheduled in the worker, so the
window goes on editing; the file appears only when it is complete (a cancelled export
leaves none). What the format could not hold is listed in a message beside the window
(not modal: the export is done, nothing waits for it). A format is added in
project_formats, not here.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from planner.core.progress import CancelCheck, Progress
from planner.exchange.project_formats import EXPORTERS, Format, export_project
from planner.ui.jobs.runner import Job
from planner.ui.shell import file_dialogs

if TYPE_CHECKING:
    from planner.ui.shell.main_window import MainWindow


class ExportActions(QObject):
    """The File menu's export actions, enabled while a project is open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: list[QAction] = []
        self.report: QMessageBox | None = None  # the last export's list of what its file cannot hold
        for entry in EXPORTERS:
            action = QAction(entry.menu_text or f"Export to {entry.label}…", window)
            action.setStatusTip(f"Write the project as {entry.label} ({entry.suffix}) for someone without Planner")
            action.triggered.connect(lambda _checked=False, e=entry: self.export(e))
            self.actions.append(action)
        self.project_open(False)

    def project_open(self, open_: bool) -> None:
        for action in self.actions:
            action.setEnabled(open_)

    def export(self, entry: Format, target: Path | None = None) -> None:
        """Ask where (unless `target` is given), then write the file as a job."""
        session = self.window.session
        if session is None:
            return
        if target is None:
            suggested = session.document.path.with_suffix(entry.suffix)
            target = file_dialogs.ask_export_path(self.window, entry.label, entry.pattern, suggested)
            if target is None:
                return
        snapshot = copy.deepcopy(session.project)
        lost: list[str] = []

        def write(progress: Progress, cancelled: CancelCheck) -> Path:
            from planner.core.schedule.loops import LoopBreaker

            return export_project(LoopBreaker().schedule_first(snapshot), target, progress, cancelled, lost)

        def done(path: Path) -> None:
            kept = "; what it does not hold is listed beside the window" if lost else ""
            self.window.status(f"Exported {session.project.name} to {path}{kept}")
            if lost:
                self.show_not_carried(entry, path, lost)

        self.window.jobs.start(Job(f"Exporting {target.name}", write, done))

    def show_not_carried(self, entry: Format, path: Path, lost: list[str]) -> QMessageBox:
        """The export's report: what the file does not hold, one line each, in a box that waits for no one."""
        box = QMessageBox(QMessageBox.Icon.Information, f"Exported to {entry.label}", "", parent=self.window)
        box.setText(f"{path.name} is written. Not carried:")
        box.setInformativeText("\n".join(f"• {line}" for line in lost))
        box.setModal(False)
        if self.report is not None:
            self.report.close()
            self.report.deleteLater()
        box.show()
        self.report = box
        return box
