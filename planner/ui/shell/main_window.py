"""The main window: a start page with no project open, the project's tabs with one.

One window holds one project. Opening another closes the first (nothing to save:
every edit is already in the file). The window owns the menus and status bar; the
tabs own their views; the Session owns the document and its undo stack.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QStackedWidget, QTabWidget, QUndoView

from planner.core.errors import PlannerError
from planner.store.document import Document
from planner.store.errors import FileMissing
from planner.ui.gantt.dialogs.task_info import TaskInfoDialog
from planner.ui.gantt.roles import TaskIdRole
from planner.ui.gantt.tab import GanttTab
from planner.ui.gantt.table.formats import format_date, working_day_bounds
from planner.ui.gantt.table.signs import warning_color
from planner.ui.gantt.table.task_actions import TaskActions
from planner.ui.gantt.view_actions import ViewActions
from planner.ui.session import Session
from planner.ui.shell.file_actions import FileActions
from planner.ui.shell.file_errors import show_open_problem
from planner.ui.shell.settings import Settings
from planner.ui.shell.start_page import StartPage
from planner.ui.shell.window_fit import fit_to_screen

log = logging.getLogger(__name__)
APP = "Planner"
AUTOSAVE_NOTE = "Every change is saved to the project file the moment you make it; there is no Save to forget."


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.session: Session | None = None
        self.gantt: GanttTab | None = None
        self.setObjectName("mainWindow")
        self.undo_group = QUndoGroup(self)
        self.start_page = StartPage(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)
        self.file_actions = FileActions(self)
        self.task_actions = TaskActions(self, self.show_task_info, self._find)
        self.view_actions = ViewActions(self)
        self._undo_dock()
        self._menus()
        self._status_bar()
        self._connect_start_page()
        self._restore_window()
        self._show_start_page()

    # -- building -------------------------------------------------------------------
    def _undo_dock(self) -> None:
        self.undo_view = QUndoView(self.undo_group)
        self.undo_view.setEmptyLabel("<opened>")
        self.undo_dock = QDockWidget("Undo History", self)
        self.undo_dock.setObjectName("undoHistory")
        self.undo_dock.setWidget(self.undo_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.undo_dock)
        self.undo_dock.hide()

    def _menus(self) -> None:
        bar = self.menuBar()
        self.file_actions.fill_menu(bar.addMenu("&File"))
        edit = bar.addMenu("&Edit")
        self.undo_action = self.undo_group.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_group.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.history_action: QAction = self.undo_dock.toggleViewAction()
        self.history_action.setText("Undo &History")
        edit.addActions([self.undo_action, self.redo_action, self.history_action])
        edit.addSeparator()
        self.task_actions.fill_menu(edit)
        self.view_actions.fill_menu(bar.addMenu("&View"))
        help_menu = bar.addMenu("&Help")
        self.about_action = help_menu.addAction("&About Planner")
        self.about_action.triggered.connect(self._about)

    def _status_bar(self) -> None:
        self.summary = QLabel(self)
        self.summary.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.summary)

    def _connect_start_page(self) -> None:
        page, files = self.start_page, self.file_actions
        page.new_requested.connect(files.new_project)
        page.open_requested.connect(files.open_project)
        page.demo_requested.connect(files.open_demo)
        page.import_requested.connect(files.import_sheet)
        page.recent_chosen.connect(self.open_path)

    def _restore_window(self) -> None:
        geometry = self.settings.bytes("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self)  # the first window, frame included, fits the screen: the status bar shows
        state = self.settings.bytes("window/state")
        if state is not None:
            self.restoreState(state)

    # -- messages -------------------------------------------------------------------
    def status(self, text: str, error: bool = False, timeout: int = 10000) -> None:
        """A line in the status bar; refusals in the warning colour, kept a little longer."""
        bar = self.statusBar()
        bar.setStyleSheet(f"QStatusBar {{ color: {warning_color(self.palette()).name()}; }}" if error else "")
        bar.showMessage(text, timeout * 2 if error else timeout)

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle(APP)
            self.summary.clear()
            return
        project = self.session.project
        self.setWindowTitle(f"{project.name} — {self.session.document.path.name} — {APP}")
        bounds = working_day_bounds(project.calendar)
        count = len(project.tasks)
        finish = format_date(self.session.schedule.project_finish, bounds)
        self.summary.setText(f"{count} task{'s' * (count != 1)}   ·   Finish {finish}")

    # -- opening and closing ----------------------------------------------------------
    def open_path(self, path: Path | str) -> bool:
        """Open a project file; a file that cannot be opened is explained and left untouched."""
        path = Path(path)
        if self.session is not None and self.session.document.path.resolve() == path.resolve():
            self.status(f"{path.name} is already open in this window")
            return True
        try:
            document = Document.open(path)
        except (PlannerError, OSError, sqlite3.Error) as error:
            if isinstance(error, FileMissing):
                self.settings.forget_recent(path)
                self.start_page.set_recent(self.settings.recent_files(), self.settings.recent_names())
            show_open_problem(self, path, error)
            return False
        except Exception as error:  # a bug, not the user's doing: say so rather than vanish from the desktop
            log.exception("opening %s failed", path)
            show_open_problem(self, path, error)
            return False
        self.open_document(document)
        return True

    def open_document(self, document: Document) -> None:
        """Show an opened (or just created) document in this window, closing the one before."""
        self.close_project()
        session = Session(document, self)
        self.session = session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        session.changed.connect(lambda _changes: self._update_title())
        session.failed.connect(lambda text: self.status(text, error=True))
        self.gantt = GanttTab(session, self.settings, self.tabs)
        self.gantt.message.connect(lambda text, error: self.status(text, error))
        self.gantt.info_requested.connect(self.show_task_info)
        self.gantt.table.context_actions = self.task_actions.context_menu_actions()
        self.tabs.addTab(self.gantt, "Gantt")
        self.task_actions.bind(self.gantt.commands)
        self.view_actions.bind(self.gantt)
        self.file_actions.project_open(True)
        self.pages.setCurrentWidget(self.tabs)
        self.settings.add_recent(document.path, session.project.name)
        self._update_title()
        first = self.gantt.table.proxy.index(0, 0)
        if first.isValid():
            self.gantt.table.select_task(first.data(TaskIdRole))
        self.gantt.table.setFocus()
        if self.settings.first_time("autosave"):
            self.status(AUTOSAVE_NOTE, timeout=20000)

    def close_project(self) -> None:
        """Back to the start page; the file is already up to date, so there is nothing to ask."""
        if self.session is None:
            return
        session, gantt = self.session, self.gantt
        if gantt is not None:
            gantt.table.commit_open_editor()  # while the session still takes edits
        self.session = self.gantt = None
        self.task_actions.bind(None)
        self.view_actions.bind(None)
        if gantt is not None:
            gantt.save_layout()
            self.tabs.removeTab(self.tabs.indexOf(gantt))
            gantt.deleteLater()
        self.undo_group.removeStack(session.undo_stack)
        session.close()
        session.deleteLater()
        self._show_start_page()

    def _show_start_page(self) -> None:
        self.file_actions.project_open(False)
        self.start_page.set_recent(self.settings.recent_files(), self.settings.recent_names())
        self.pages.setCurrentWidget(self.start_page)
        self._update_title()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_project()
        self.settings.set_bytes("window/geometry", self.saveGeometry())
        self.settings.set_bytes("window/state", self.saveState())
        self.settings.sync()
        event.accept()

    # -- task commands the menus reach --------------------------------------------------
    def show_task_info(self, task_id: int | None = None) -> None:
        if self.session is None or self.gantt is None:
            return
        task_id = task_id if task_id is not None else self.gantt.table.current_task_id()
        if task_id is None or task_id not in self.session.project.tasks:
            return
        TaskInfoDialog(self.session, task_id, self).exec()

    def _about(self) -> None:
        from planner.ui.shell.about import show_about  # reads every bundled library's metadata: only when asked

        show_about(self)

    def _find(self) -> None:
        if self.gantt is not None:
            self.gantt.filter_bar.focus_search()
