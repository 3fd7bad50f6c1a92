"""The File menu: New, Open, Open Recent, the demo, Import Tasks, Import Project File, Save, Save a Copy As,
Export, Print, Close, Quit.

There is nothing to Save: every edit is already in the file, and Ctrl+S says so. Each action asks what it
needs, lets the store do the work, and reports a refusal in a message box with
nothing written. Import and Save a Copy run as jobs (planner.ui.jobs): the window
stays responsive, the status bar shows their progress and a Cancel button.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from planner.core.errors import PlannerError
from planner.core.progress import CancelCheck, Progress, check
from planner.store.copy import copy_project_file
from planner.store.document import Document
from planner.store.new_file import create_project_file
from planner.ui.dialogs.import_preview import ImportPreviewDialog, preview_rows
from planner.ui.dialogs.new_project import NewProjectDialog
from planner.ui.jobs.runner import Job
from planner.ui.printing.print_actions import PrintActions
from planner.ui.shell import file_dialogs
from planner.ui.shell.demo_file import create_demo, documents_folder, newest_demo
from planner.ui.shell.export_actions import ExportActions
from planner.ui.shell.file_errors import show_problem
from planner.ui.shell.import_actions import ImportActions
from planner.ui.shell.report_actions import ReportActions

if TYPE_CHECKING:
    from planner.exchange.task_import import ImportResult
    from planner.ui.shell.main_window import MainWindow

    Preview = tuple[ImportResult, list[tuple[str, ...]]]


class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        key = QKeySequence.StandardKey
        self.new = self._action("&New Project…", self.new_project, key.New)
        self.open = self._action("&Open…", self.open_project, key.Open)
        self.recent = QMenu("Open &Recent", window)
        self.recent.aboutToShow.connect(self._fill_recent)
        self.demo = self._action("Open the &Demo Project", self.open_demo)
        self.import_tasks = self._action("&Import Tasks…", self.import_sheet)
        self.save = self._action("&Save", self.save_project, key.Save)
        self.save_copy = self._action("Save a &Copy As…", self.save_a_copy, key.SaveAs)
        self.print = self._action("&Print…", self.print_view, key.Print)
        self.close = self._action("&Close Project", window.close_project, key.Close)
        self.quit = self._action("&Quit", window.close, key.Quit)
        self.exports = ExportActions(window)
        self.reports = ReportActions(window)  # Import Progress, Status Report
        self.imports = ImportActions(window, self._folder, self._is_open)
        self.printing = PrintActions(window)
        self.save_copy.setStatusTip("Every change is already saved; this writes a copy of the project to another file")

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def fill_menu(self, menu: QMenu) -> None:
        menu.addActions([self.new, self.open])
        menu.addMenu(self.recent)
        menu.addAction(self.demo)
        menu.addSeparator()
        menu.addActions([self.save, self.save_copy])
        menu.addSeparator()
        menu.addActions([self.import_tasks, self.imports.action, self.reports.import_progress])
        menu.addSeparator()
        menu.addActions(self.exports.actions + self.printing.export_actions)
        menu.addSeparator()
        menu.addAction(self.reports.status_report)
        menu.addSeparator()
        menu.addActions([*self.printing.setup_actions, self.print])
        menu.addSeparator()
        menu.addActions([self.close, self.quit])

    def project_open(self, open_: bool) -> None:
        """Save stays enabled with no project, so Ctrl+S always answers."""
        self.save_copy.setEnabled(open_)
        self.exports.project_open(open_)
        self.reports.project_open(open_)
        self.printing.project_open(open_)
        self.print.setEnabled(open_)
        self.close.setEnabled(open_)

    def _fill_recent(self) -> None:
        self.recent.clear()
        paths = self.window.settings.recent_files()
        names = self.window.settings.recent_names()
        for number, path in enumerate(paths, start=1):
            action = self.recent.addAction(f"&{number % 10} {names.get(path, path.stem)}  —  {path}")
            action.triggered.connect(lambda _c=False, p=path: self.window.open_path(p))
        if not paths:
            self.recent.addAction("No recent projects").setEnabled(False)

    def _folder(self) -> Path:
        recent = self.window.settings.recent_files()
        return recent[0].parent if recent and recent[0].parent.exists() else documents_folder()

    # -- the actions ------------------------------------------------------------------
    def new_project(self) -> None:
        dialog = NewProjectDialog(self.window)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                project = dialog.project()
            except PlannerError as error:
                show_problem(self.window, "New project", error)
                continue
            path = file_dialogs.ask_save_path(
                self.window, "Save the new project as", self._folder() / f"{project.name}.plandb"
            )
            if path is not None:
                self._create(path, project)
            return

    def _create(self, path: Path, project) -> None:
        """Write a new project file (replacing one the user chose to replace) and open it."""
        if self._is_open(path):
            return
        try:
            document = Document.create(path, project, overwrite=path.exists())
        except (PlannerError, OSError) as error:
            show_problem(self.window, f"Cannot write {path.name}", error)
            return
        self.window.open_document(document)

    def open_project(self) -> None:
        path = file_dialogs.ask_open_path(self.window, self._folder())
        if path is not None:
            self.window.open_path(path)

    def open_demo(self, reuse: bool = False) -> None:
        """Open the demo: the copy the user has (asked first, unless `reuse`), or a fresh copy."""
        existing = newest_demo()
        if existing is not None:
            choice = "open" if reuse else file_dialogs.ask_demo_copy(self.window, existing)
            if choice is None:
                return
            if choice == "open" and self.window.open_path(existing):
                self.window.status(
                    f"Your copy of the demo project: {existing} (File > Open the Demo Project for a fresh one)"
                )
                return
        try:
            document = create_demo()
        except (PlannerError, OSError) as error:
            show_problem(self.window, "Cannot open the demo project", error)
            return
        self.window.open_document(document)
        self.window.status(f"A fresh copy of the demo project: {document.path}")

    def import_sheet(self) -> None:
        """Read the sheet as a job, preview it, then write the new project file as a job and open it."""
        source = file_dialogs.ask_sheet_path(self.window, self._folder())
        if source is None:
            return

        def read(progress: Progress, cancelled: CancelCheck) -> Preview:
            """The sheet read (four fifths of the bar), then its preview rows, all in the worker."""
            from planner.exchange.task_import import read_task_sheet  # not needed to open the window

            result = read_task_sheet(source, progress=lambda d, t: progress(4 * d, 5 * t), cancelled=cancelled)
            check(cancelled, f"Reading {source.name}")
            rows = preview_rows(result.project)
            progress(1, 1)
            return result, rows

        self.window.jobs.start(Job(f"Reading {source.name}", read, lambda found: self._preview(source, *found)))

    def _preview(self, source: Path, result: ImportResult, rows: list[tuple[str, ...]]) -> None:
        dialog = ImportPreviewDialog(source, self.window, result, rows)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.project() is None:
            return
        project = dialog.project()
        path = file_dialogs.ask_save_path(self.window, "Save the imported project as", source.with_suffix(".plandb"))
        if path is None or self._is_open(path):
            return

        def write(_progress: Progress, cancelled: CancelCheck) -> Path:
            return create_project_file(path, project, cancelled)

        self.window.jobs.start(Job(f"Writing {path.name}", write, self.window.open_path))

    def _is_open(self, path: Path) -> bool:
        """The open project's own file cannot be replaced; say so."""
        session = self.window.session
        if session is None or path.resolve() != session.document.path.resolve():
            return False
        show_problem(
            self.window, f"Cannot write {path.name}", "That file is the project open now; choose another name."
        )
        return True

    def save_project(self) -> None:
        """Ctrl+S out of habit: there is nothing to save, so say why."""
        session = self.window.session
        if session is None:
            self.window.status("No project is open, so there is nothing to save")
            return
        self.window.status(
            f"Every change is already saved in {session.document.path.name}: Planner writes each edit as you make it"
        )

    def print_view(self) -> None:
        """Ctrl+P: the current tab's view through the print dialog, or why it cannot be printed."""
        session, tab = self.window.session, self.window.current_tab()
        if session is None or tab is None:
            self.window.status("Open a project to print its Gantt view", error=True)
            return
        from planner.ui.shell import printing  # Qt's print support only when asked

        if tab.key == "gantt":  # tiled pages from the model (planner.ui.printing); other tabs print their view
            self.printing.print_gantt()
            return
        title = tab.title.replace("&", "")
        widget = tab.printable()
        if widget is None:
            self.window.status(f"The {title} tab has nothing to print", error=True)
            return
        printer = printing.ask_printer(self.window, f"{session.project.name} — {title}")
        if printer is None:
            return
        try:
            printing.print_widget(widget, printer)
        except PlannerError as error:
            self.window.status(f"Cannot print: {error}", error=True)
            return
        where = f" to {printer.outputFileName()}" if printer.outputFileName() else f" on {printer.printerName()}"
        self.window.status(f"Printed the {title} view{where}")

    def save_a_copy(self) -> None:
        """Copy the open file as a job: the window goes on editing, the copy is one consistent state."""
        session = self.window.session
        if session is None:
            return
        current = session.document.path
        suggested = current.with_name(f"{current.stem} copy{current.suffix}")
        path = file_dialogs.ask_save_path(self.window, "Save a copy of the project as", suggested)
        if path is None:
            return

        def copy(progress: Progress, cancelled: CancelCheck) -> None:
            copy_project_file(current, path, progress, cancelled)

        def done(_result: None) -> None:
            self.window.status(f"Saved a copy as {path}; you are still working in {current.name}")

        self.window.jobs.start(Job(f"Saving a copy as {path.name}", copy, done))
