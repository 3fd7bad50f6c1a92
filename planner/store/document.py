"""An open project: the file, the project in memory and its current schedule, kept in step.

`apply` is the one path every edit takes (DESIGN.md "One edit, end to end"): apply in
memory, reschedule (the Scheduler recompiles only what the edit reached), commit to the
file in one transaction, then tell listeners what changed. If scheduling refuses the
edit (a loop) or the disk refuses the write, the edit is taken back in memory and
nothing is written: what the user sees is what the file holds. An edit built against
an older state of the project (StaleEdit) is refused before anything changes. An edit
touching only tables the scheduler does not read (core.model.tables) keeps the
schedule as it is.

A file whose links form a loop (edited outside Planner) still opens: the link closing
each loop is left out of the schedule and `problems` says so, one line each, for the
window to show. Until those links are removed such a project is scheduled in full
after each edit (LoopBreaker), not through the cached Scheduler.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from planner.core.edits.changes import Changes
from planner.core.edits.edit import Edit, apply_edit
from planner.core.errors import CycleError, PlannerError
from planner.core.model.entities import Project
from planner.core.schedule.loops import LoopBreaker
from planner.core.schedule.result import Schedule
from planner.core.schedule.scheduler import Scheduler
from planner.store.errors import FileProblem
from planner.store.projectfile import ProjectFile

Listener = Callable[[Changes], None]


class Document:
    def __init__(self, file: ProjectFile, project: Project) -> None:
        self.file = file
        self.project = project
        self._loops = LoopBreaker()
        self.scheduler: Scheduler | None = None  # keeps the compiled network across edits
        try:
            self.scheduler = Scheduler(project)
            self.schedule: Schedule = self.scheduler.schedule
        except CycleError:
            self.schedule = self._loops.schedule_first(project)
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

    @property
    def problems(self) -> list[str]:
        """What is wrong with the file as opened but did not stop it opening (links forming a loop)."""
        return list(self._loops.problems)

    def subscribe(self, listener: Listener, first: bool = False) -> None:
        """Be told the Changes of every applied edit; `first`: before the listeners there are (a cache
        that they read must forget first)."""
        if first:
            self._listeners.insert(0, listener)
        else:
            self._listeners.append(listener)

    def apply(self, edit: Edit) -> Changes:
        """Apply, reschedule and commit one edit; raise PlannerError with nothing changed if refused."""
        touched = apply_edit(self.project, edit)
        try:
            new_schedule = self._reschedule(touched)
            self.file.write(self.project, touched)
        except (PlannerError, sqlite3.Error) as error:
            apply_edit(self.project, edit.inverse())
            if self.scheduler is not None and self.scheduler.schedule is not self.schedule:  # back in step
                self.scheduler.update(touched)
            if isinstance(error, sqlite3.Error):
                raise FileProblem(f"{self.path}: the change could not be saved ({error}); it was not made") from error
            raise
        self.schedule = new_schedule
        self._loops.forget_removed(self.project)
        if self.scheduler is None and not self._loops.left_out:  # the last loop is gone: cache again
            self.scheduler = Scheduler(self.project)
        for listener in list(self._listeners):
            listener(touched)
        return touched

    def _reschedule(self, touched: Changes) -> Schedule:
        if self.scheduler is not None:
            return self.scheduler.update(touched)
        return self._loops.schedule(self.project) if touched.affects_schedule else self.schedule

    def close(self) -> None:
        self.file.close()

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
