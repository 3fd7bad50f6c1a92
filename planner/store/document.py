"""An open project: the file, the project in memory and its current schedule, kept in step.

`apply` is the one path every edit takes (DESIGN.md "One edit, end to end"): apply in
memory, reschedule (the Scheduler recompiles only what the edit reached), commit to the
file in one transaction, then tell listeners what changed. If scheduling refuses the
edit (a loop) or the disk refuses the write, the edit is taken back in memory and
nothing is written: what the user sees is what the file holds.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from planner.core.edits.changes import Changes
from planner.core.edits.edit import Edit, apply_edit
from planner.core.errors import PlannerError
from planner.core.model.entities import Project
from planner.core.schedule.result import Schedule
from planner.core.schedule.scheduler import Scheduler
from planner.store.errors import FileProblem
from planner.store.projectfile import ProjectFile

Listener = Callable[[Changes], None]


class Document:
    def __init__(self, file: ProjectFile, project: Project) -> None:
        self.file = file
        self.project = project
        self.scheduler = Scheduler(project)  # keeps the compiled network across edits
        self.schedule: Schedule = self.scheduler.schedule
        self._listeners: list[Listener] = []

    @classmethod
    def open(cls, path: Path | str) -> Document:
        file = ProjectFile.open(path)
        try:
            return cls(file, file.load())
        except BaseException:
            file.close()
            raise

    @classmethod
    def create(cls, path: Path | str, project: Project, *, overwrite: bool = False) -> Document:
        file = ProjectFile.create(path, project, overwrite=overwrite)
        try:
            return cls(file, project)
        except BaseException:
            file.close()
            raise

    @property
    def path(self) -> Path:
        return self.file.path

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def apply(self, edit: Edit) -> Changes:
        """Apply, reschedule and commit one edit; raise PlannerError with nothing changed if refused."""
        touched = apply_edit(self.project, edit)
        try:
            new_schedule = self.scheduler.update(touched)
            self.file.write(self.project, touched)
        except (PlannerError, sqlite3.Error) as error:
            apply_edit(self.project, edit.inverse())
            if self.scheduler.schedule is not self.schedule:  # it had taken the edit in: back in step
                self.scheduler.update(touched)
            if isinstance(error, sqlite3.Error):
                raise FileProblem(f"{self.path}: the change could not be saved ({error}); it was not made") from error
            raise
        self.schedule = new_schedule
        for listener in list(self._listeners):
            listener(touched)
        return touched

    def close(self) -> None:
        self.file.close()
