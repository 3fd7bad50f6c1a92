"""Which tasks are over-allocated, for the task table's indicator and the Gantt bars. Qt-free.

MS Project shows a red person beside a task one of whose resources is over-allocated
while it works. Finding them takes the whole project's usage, so it is worked out the
first time a row asks after an edit (only when the project has assignments at all) and
kept until the next edit. A complete task is not flagged: its work is history.
"""

from __future__ import annotations

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


class WorkloadFlags:
    def __init__(self, source: Source) -> None:
        self.source = source
        self._by_task: dict[int, list[Overallocation]] | None = None

    def forget(self) -> None:
        """An edit happened: work the flags out again when next asked."""
        self._by_task = None

    def of(self, task_id: int) -> list[Overallocation]:
        """The over-allocations the task works in (one per resource over-allocated then)."""
        if self._by_task is None:
            self._by_task = self._find()
        return self._by_task.get(task_id, [])

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
