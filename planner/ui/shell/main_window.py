"""The main window: a start page with no project open, the project's tabs with one.

One window holds one project. Opening another closes the first (nothing to save:
every edit is already in the file). The window owns the menus and status bar and
knows a list of tab plugins (planner.ui.tabs), never a tab by name: each brings its
page, its scoped actions, its menu entries and its part of the status bar. The
Session owns the document and its undo stack.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QStackedWidget, QTabWidget, QUndoView, QWidget

from planner.store.document import Document
from planner.store.errors import FileMissing, Repairable, is_foreseen
from planner.ui.gantt.table.signs import warning_color
from planner.ui.jobs.runner import JobRunner
from planner.ui.jobs.status import JobStatus
from planner.ui.level.actions import LevelActions
from planner.ui.session import Session
from planner.ui.shell.file_actions import FileActions
from planner.ui.shell.file_errors import offer_repair, show_open_problem, show_open_warnings
from planner.ui.shell.help import GETTING_STARTED, SHORTCUTS, HelpDialog
from planner.ui.shell.project_menu import ProjectMenu
from planner.ui.shell.settings import Settings
from planner.ui.shell.start_page import StartPage
from planner.ui.shell.tab_list import TABS
from planner.ui.shell.window_fit import fit_to_screen
from planner.ui.tabs import Tab

log = logging.getLogger(__name__)
APP = "Planner"
AUTOSAVE_NOTE = "Every change is saved to the project file the moment you make it; there is no Save to forget."


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None, tabs: Sequence[type[Tab]] = TABS) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.session: Session | None = None
        self.help_dialog: HelpDialog | None = None
        self.setObjectName("mainWindow")
        self.undo_group = QUndoGroup(self)
        self.start_page = StartPage(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.jobs = JobRunner(lambda text, failed: self.status(text, error=failed), self)
        self.file_actions = FileActions(self)
        self.plugins: list[Tab] = [tab(self) for tab in tabs]
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
        menus = {"Edit": edit}
        for plugin in self.plugins:
            for title, entries in plugin.menu_entries().items():
                menu = menus.get(title) or menus.setdefault(title, bar.addMenu(f"&{title}"))
                _add_entries(menu, entries)
        project = menus.get("Project") or bar.addMenu("&Project")
        self.project_menu = ProjectMenu(self, project)
        self.level_actions = LevelActions(self, project)
        help_menu = bar.addMenu("&Help")
        self.help_action = help_menu.addAction("&Getting Started")
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.help_action.triggered.connect(lambda: self.show_help(GETTING_STARTED))
        self.shortcuts_action = help_menu.addAction("&Keyboard Shortcuts")
        self.shortcuts_action.triggered.connect(lambda: self.show_help(SHORTCUTS))
        help_menu.addSeparator()
        self.about_action = help_menu.addAction("&About Planner")
        self.about_action.triggered.connect(self._about)

    def _status_bar(self) -> None:
        self.job_status = JobStatus(self.jobs, self)
        self.statusBar().addPermanentWidget(self.job_status)
        for plugin in self.plugins:
            for widget in plugin.status_widgets():
                self.statusBar().addPermanentWidget(widget)
            plugin.set_current(False)

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
            return
        self.setWindowTitle(f"{self.session.project.name} — {self.session.document.path.name} — {APP}")

    # -- tabs -------------------------------------------------------------------------
    def page(self, key: str) -> QWidget | None:
        """The page of the tab registered as `key` (None when no project is open)."""
        return next((p.page for p in self.plugins if p.key == key), None)

    def current_tab(self) -> Tab | None:
        shown = self.tabs.currentWidget()
        return next((p for p in self.plugins if p.page is not None and p.page is shown), None)

    def reveal(self, table: str, record_id: int) -> bool:
        """Open the first tab that shows row `record_id` of `table`, with the row selected (the
        Dashboard's items lead here); False when no tab shows it (nothing changes)."""
        for plugin in self.plugins:
            if plugin.page is not None and plugin.reveal(table, record_id):
                self.tabs.setCurrentWidget(plugin.page)
                return True
        return False

    def _tab_changed(self, _index: int) -> None:
        current = self.current_tab()
        for plugin in self.plugins:
            plugin.set_current(plugin is current)

    # -- opening and closing ----------------------------------------------------------
    def open_path(self, path: Path | str) -> bool:
        """Open a project file; a file that cannot be opened is explained and left untouched."""
        path = Path(path)
        if self.session is not None and self.session.document.path.resolve() == path.resolve():
            self.status(f"{path.name} is already open in this window")
            return True
        try:
            document = self._open_document(path)
        except Exception as error:  # a bug, not the user's doing, is logged and said so; never vanish
            if not is_foreseen(error):
                log.exception("opening %s failed", path)
            if isinstance(error, FileMissing):
                self.settings.forget_recent(path)
                self.start_page.set_recent(self.settings.recent_files(), self.settings.recent_names())
            show_open_problem(self, path, error)
            return False
        if document is None:
            return False
        try:
            self.open_document(document)
        except Exception as error:  # the file passed every check yet cannot be shown: back to the start
            log.exception("showing %s failed", path)
            self._abandon(document)
            show_open_problem(self, path, error)
            return False
        if document.problems:
            show_open_warnings(self, path, document.problems)
        return True

    def _abandon(self, document: Document) -> None:
        """Undo a half-built open_document: close the session if it got that far, else the document."""
        if self.session is not None and self.session.document is document:
            self.close_project()
        else:
            document.close()
            self._show_start_page()

    def _open_document(self, path: Path) -> Document | None:
        """The document, after offering to repair rows that refer to nothing; None if the user declines."""
        try:
            return Document.open(path)
        except Repairable as error:
            if not offer_repair(self, path, error):
                return None
        return Document.open(path)

    def open_document(self, document: Document) -> None:
        """Show an opened (or just created) document in this window, closing the one before."""
        self.close_project()
        session = Session(document, self)
        self.session = session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        session.changed.connect(lambda _changes: self._update_title())
        session.failed.connect(lambda text: self.status(text, error=True))
        for plugin in self.plugins:
            self.tabs.addTab(plugin.attach(session), plugin.title)
        self._tab_changed(self.tabs.currentIndex())
        self.file_actions.project_open(True)
        self.pages.setCurrentWidget(self.tabs)
        self.settings.add_recent(document.path, session.project.name)
        self._update_title()
        if self.tabs.currentWidget() is not None:
            self.tabs.currentWidget().setFocus()
        if self.settings.first_time("autosave"):
            self.status(AUTOSAVE_NOTE, timeout=20000)

    def close_project(self) -> None:
        """Back to the start page; the file is already up to date, so there is nothing to ask."""
        if self.session is None:
            return
        session = self.session
        current = self.tabs.currentWidget()
        # the shown tab goes last: removing it first would show the next one, which builds its charts
        for plugin in sorted(self.plugins, key=lambda p: p.page is current):
            page = plugin.detach()  # a tab commits an open editor while the session still takes edits
            if page is not None:
                self.tabs.removeTab(self.tabs.indexOf(page))
                page.deleteLater()
        self.session = None
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
        if self.jobs.running:  # a cancelled job writes nothing; wait for it to notice
            self.jobs.cancel()
            self.jobs.wait()
        self.close_project()
        self.settings.set_bytes("window/geometry", self.saveGeometry())
        self.settings.set_bytes("window/state", self.saveState())
        self.settings.sync()
        event.accept()

    # -- help -----------------------------------------------------------------------
    def show_help(self, page: str) -> None:
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self)
        self.help_dialog.show_page(page)

    def _about(self) -> None:
        from planner.ui.shell.about import show_about  # reads every bundled library's metadata: only when asked

        show_about(self)


def _add_entries(menu: QMenu, entries: list[QAction | None]) -> None:
    """A tab's entries after a separator; None in `entries` is a separator too."""
    menu.addSeparator()
    for entry in entries:
        if entry is None:
            menu.addSeparator()
        else:
            menu.addAction(entry)
