"""Project > Level Resources… and Clear Leveling: the options dialog, the levelling as a job
(worker thread on a snapshot, progress, Cancel), the preview, and one undoable edit.

The entries sit in the Project menu (MS Project keeps them on its Resource tab; Planner has no
Resource menu yet) and are enabled while a project is open.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from planner.core.edits.levelling_edits import clear_levelling, levelling_edit
from planner.core.level.project_level import Levelling, LevelOptions, level_project
from planner.core.level.report import LevellingReport, levelling_report
from planner.core.progress import CancelCheck, JobSteps, Progress
from planner.ui.jobs.runner import Job
from planner.ui.level.options_dialog import LevelDialog
from planner.ui.level.preview import LevelPreview

if TYPE_CHECKING:
    from planner.ui.shell.main_window import MainWindow

JOB = "Leveling resources"


class LevelActions(QObject):
    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: LevelDialog | None = None
        self.preview: LevelPreview | None = None
        menu.addSeparator()
        self.level = menu.addAction("Level &Resources…")
        self.level.setStatusTip("Delay tasks until the people they need are free, with a preview of what moves")
        self.level.triggered.connect(lambda _checked=False: self.open_dialog())
        self.clear = menu.addAction("Clear &Leveling")
        self.clear.setStatusTip("Remove every leveling delay (one undo step)")
        self.clear.triggered.connect(self.clear_levelling)
        window.pages.currentChanged.connect(self._enable)
        self._enable()

    @property
    def entries(self) -> list[QAction]:
        return [self.level, self.clear]

    def _enable(self, _page: int = 0) -> None:
        for action in self.entries:
            action.setEnabled(self.window.session is not None)

    def open_dialog(self, resource_ids: list[int] | None = None) -> None:
        """The options dialog; with `resource_ids` (the Resources tab's selection) those people ticked."""
        session = self.window.session
        if session is None:
            return
        self.dialog = LevelDialog(session.project, self.window)
        if resource_ids:
            self.dialog.choose(resource_ids)
        self.dialog.level_now.connect(self.run)
        self.dialog.clear.connect(self.clear_levelling)
        self.dialog.finished.connect(lambda _result: self._closed("dialog"))
        self.dialog.open()

    def run(self, options: LevelOptions) -> bool:
        """Level a snapshot of the project in the worker thread; the preview shows when it is done."""
        session = self.window.session
        if session is None:
            return False
        snapshot = copy.deepcopy(session.project)

        def work(progress: Progress, cancelled: CancelCheck) -> tuple[Levelling, LevellingReport]:
            levelling = level_project(snapshot, options, JobSteps(progress, cancelled, JOB))
            return levelling, levelling_report(snapshot, levelling)

        return self.window.jobs.start(Job(JOB, work, lambda result: self._show(snapshot, *result)))

    def _show(self, snapshot, levelling: Levelling, report: LevellingReport) -> None:
        if self.window.session is None:
            return
        self.preview = LevelPreview(snapshot, report, self.window)
        self.preview.accepted.connect(lambda: self._apply(levelling))
        self.preview.finished.connect(lambda _result: self._closed("preview"))
        self.preview.open()

    def _closed(self, which: str) -> None:
        """A dialog closed: it goes, and the attribute that held it forgets it."""
        widget = getattr(self, which)
        if widget is not None:
            widget.deleteLater()
            setattr(self, which, None)

    def _apply(self, levelling: Levelling) -> None:
        session = self.window.session
        if session is None:
            return
        refused: list[str] = []
        edit = session.attempt(lambda project: levelling_edit(project, levelling), refused.append)
        if refused:
            self.window.status(f"Level Resources: {refused[0]}", error=True)
        elif edit is None:
            self.window.status("Level Resources: nothing to change")
        else:
            count = len(levelling.moves)
            self.window.status(f"Level Resources: {count} task{'s' * (count != 1)} delayed (Ctrl+Z takes it back)")

    def clear_levelling(self) -> None:
        session = self.window.session
        if session is None:
            return
        refused: list[str] = []
        edit = session.attempt(clear_levelling, refused.append)
        if refused:
            self.window.status(f"Clear Leveling: {refused[0]}", error=True)
        elif edit is None:
            self.window.status("Clear Leveling: there are no leveling delays")
        else:
            self.window.status("Clear Leveling: leveling delays removed (Ctrl+Z takes it back)")
