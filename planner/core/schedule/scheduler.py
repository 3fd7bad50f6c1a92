"""A project's schedule kept in step with its edits, without compiling the project each time.

The Document holds one: after each edit it asks `update(changes)` for the new schedule.
The compiled outline, calendars and network (compiled.py) are kept and rebuilt only as far
as the edit reaches, so typing a duration reruns the passes on the network it had. A
cached result must never differ from a fresh `schedule(project)`; the property test in
tests/core/test_scheduler_cache.py checks exactly that over random edits.
"""

from __future__ import annotations

from planner.core.edits.changes import Changes
from planner.core.model.entities import Project
from planner.core.schedule.compiled import Compiled, compile_project, recompile
from planner.core.schedule.engine import run
from planner.core.schedule.result import Schedule


def reads_schedule_input(changes: Changes) -> bool:
    """Whether an edit touched anything the scheduler reads (resources and assignments: their calendars)."""
    return changes.structure or changes.affects_schedule


class Scheduler:
    """Schedules one project, and reschedules it after each edit from what the edit touched."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._compiled = compile_project(project)
        self.schedule: Schedule = run(project, self._compiled)

    def update(self, changes: Changes) -> Schedule:
        """The schedule after an edit the project already holds; raises CycleError (and keeps the
        schedule it had) when the edit made a loop. An edit that touched nothing the scheduler
        reads keeps the schedule as it was."""
        if not reads_schedule_input(changes):
            return self.schedule
        compiled = recompile(self._compiled, self.project, changes)
        if compiled is self._compiled:  # resources or assignments that move no task's calendar
            return self.schedule
        fresh = run(self.project, compiled)
        self._compiled, self.schedule = compiled, fresh
        return fresh

    def rebuild(self) -> Schedule:
        """Compile and schedule the project from scratch (after changes nobody described)."""
        compiled = compile_project(self.project)
        fresh = run(self.project, compiled)
        self._compiled, self.schedule = compiled, fresh
        return fresh

    @property
    def compiled(self) -> Compiled:
        """The compiled project the current schedule was run on (Monte Carlo reruns it)."""
        return self._compiled
