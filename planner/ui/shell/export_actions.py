"""File > Export to …: one action per format planner.exchange.project_formats can write.

Each export runs as a job on a snapshot of the project, scheduled in the worker, so the
window goes on editing; the file appears only when it is complete (a cancelled export
leaves none). A format is added in project_formats, not here.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

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

        def write(progress: Progress, cancelled: CancelCheck) -> Path:
            from planner.core.schedule.loops import LoopBreaker

            return export_project(LoopBreaker().schedule_first(snapshot), target, progress, cancelled)

        def done(path: Path) -> None:
            self.window.status(f"Exported {session.project.name} to {path}")

        self.window.jobs.start(Job(f"Exporting {target.name}", write, done))
