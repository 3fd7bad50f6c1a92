"""Which tasks are over-allocated, for the task table's indicator and the Gantt bars. Qt-free.

MS Project shows a red person beside a task one of whose resources is over-allocated
while it works. Finding them takes the whole project's usage, so it is worked out the
first time a row asks after an edit (only when the project has assignments at all) and
kept until the next edit. A complete task is not flagged: its work is history.

On a large project (a 10,000-task file with 11,000 assignments takes about 0.3 s) that
would stall every edit's repaint, so there the flags are worked out a moment after the
last edit instead (`on_stale`, a timer the window sets) and shown as they were meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from planner.core.model.entities import Project
from planner.core.resources.overallocation import Overallocation, overallocations
from planner.core.resources.usage import Usage
from planner.core.schedule.result import Schedule


class Source(Protocol):
    @property
    def project(self) -> Project: ...

    @property
    def schedule(self) -> Schedule: ...


LARGE = 2000  # assignments: above this the flags are worked out after the edit's repaint


class WorkloadFlags:
    def __init__(self, source: Source) -> None:
        self.source = source
        self._by_task: dict[int, list[Overallocation]] = {}
        self._stale = True
        self._asked = False
        self.on_stale: Callable[[], None] | None = None  # asks for `refresh` soon (the window's timer)

    def forget(self) -> None:
        """An edit happened: work the flags out again when next asked."""
        self._stale = True

    def of(self, task_id: int) -> list[Overallocation]:
        """The over-allocations the task works in (one per resource over-allocated then)."""
        if self._stale:
            if self.on_stale is not None and len(self.source.project.assignments) > LARGE:
                if not self._asked:
                    self._asked = True
                    self.on_stale()
            else:
                self.refresh()
        return self._by_task.get(task_id, [])

    def refresh(self) -> None:
        """Work the flags out now."""
        self._by_task = self._find()
        self._stale = self._asked = False

    def _find(self) -> dict[int, list[Overallocation]]:
        if not self.source.project.assignments:
            return {}
        usage = Usage(self.source.schedule)
        by_task: dict[int, list[Overallocation]] = {}
        for resource_id in usage.by_resource:
            for over in overallocations(usage, resource_id):
                for task_id in over.task_ids:
                    if usage.schedule.percent_complete(task_id) >= 100:
                        continue
                    found = by_task.setdefault(task_id, [])
                    if all(o.resource_id != resource_id for o in found):
                        found.append(over)
        return by_task

    def tip(self, task_id: int) -> str:
        """What the indicator's tooltip says: who is over-allocated and when."""
        project = self.source.project
        parts = []
        for over in self.of(task_id):
            name = project.resources[over.resource_id].name
            when = f"{over.start:%a %Y-%m-%d} to {over.finish:%a %Y-%m-%d}"
            parts.append(f"{name} is over-allocated {when} (peak {over.peak_units:.0%})")
        return "; ".join(parts) + ". Level the resources or reassign the work."
