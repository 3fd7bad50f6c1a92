"""File > Import Project File…: another tool's project (MS Project XML, ...) as a new Planner project.

The formats are planner.exchange.project_formats.IMPORTERS, so a format added there is
offered here too. The file is read as a job (progress, Cancel; the window stays
responsive), its import report is shown (ProjectImportDialog: what was carried, what was
not), then the PM chooses where to save the new .plandb, which is written as a job and
opened. A file that cannot be imported is refused in a message box with nothing written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from planner.core.errors import Cancelled, PlannerError
from planner.core.progress import CancelCheck, Progress
from planner.exchange.project_formats import IMPORTERS, ProjectImport, import_project, importer_for
from planner.store.new_file import create_project_file
from planner.ui.dialogs.project_import import ProjectImportDialog
from planner.ui.jobs.runner import Job
from planner.ui.shell import file_dialogs
from planner.ui.shell.file_errors import show_problem

if TYPE_CHECKING:
    from planner.ui.shell.main_window import MainWindow


class ImportActions(QObject):
    """The File menu's Import Project File… action."""

    def __init__(self, window: MainWindow, folder, is_open) -> None:
        super().__init__(window)
        self.window, self._folder, self._is_open = window, folder, is_open
        names = ", ".join(entry.label for entry in IMPORTERS)
        self.action = QAction("Import &Project File…", window)
        self.action.setStatusTip(f"Make a new Planner project from another tool's file ({names})")
        self.action.triggered.connect(lambda _checked=False: self.import_file())

    def import_file(self, source: Path | None = None) -> None:
        """Ask which file (unless `source` is given), then read it as a job."""
        if source is None:
            source = file_dialogs.ask_project_import_path(self.window, self._folder(), [f.pattern for f in IMPORTERS])
            if source is None:
                return

        def read(progress: Progress, cancelled: CancelCheck) -> ProjectImport | PlannerError:
            try:
                return import_project(source, progress, cancelled)
            except Cancelled:
                raise  # the runner says so in the status bar
            except PlannerError as error:  # shown in a message box, not a status line that may go unseen
                return error

        self.window.jobs.start(Job(f"Importing {source.name}", read, lambda found: self._report(source, found)))

    def _report(self, source: Path, found: ProjectImport | PlannerError) -> None:
        if isinstance(found, PlannerError):
            show_problem(self.window, f"Cannot import {source.name}", found)
            return
        entry = importer_for(source)
        dialog = ProjectImportDialog(source, found, entry.label if entry else source.suffix, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path = file_dialogs.ask_save_path(self.window, "Save the imported project as", source.with_suffix(".plandb"))
        if path is None or self._is_open(path):
            return
        project = found.project

        def write(_progress: Progress, cancelled: CancelCheck) -> Path:
            return create_project_file(path, project, cancelled)

        self.window.jobs.start(Job(f"Writing {path.name}", write, self._opened(found)))

    def _opened(self, found: ProjectImport):
        def done(path: Path) -> None:
            if self.window.open_path(path):
                left = len(found.not_carried)
                report = f"; the import report named {left} thing{'s' * (left != 1)} not carried" if left else ""
                self.window.status(f"Imported {found.project.name} into {path.name}{report}")

        return done
