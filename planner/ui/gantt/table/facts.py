"""What the task table shows about a task, computed on demand and cached until the next edit.

The schedule keeps integers; turning them into datetimes costs more than scheduling
(planner.core.schedule.result). So nothing is computed up front: a row's dates are made the
first time a view asks for them, i.e. only for the rows on screen. Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import Any, Protocol

from planner.core.edits.predecessors import format_predecessors, format_successors
from planner.core.model.entities import Link, Project, Task
from planner.core.model.task_ids import TaskIds
from planner.core.model.wbs import Outline
from planner.core.schedule.result import Schedule, TaskDates
from planner.ui.gantt.table.assigned_facts import AssignedFacts
from planner.ui.gantt.table.formats import working_day_bounds
from planner.ui.workload.flags import WorkloadFlags


class Source(Protocol):
    """The open document as far as the table cares: the project and its current schedule."""

    @property
    def project(self) -> Project: ...

    @property
    def schedule(self) -> Schedule: ...


class TaskFacts:
    def __init__(self, source: Source) -> None:
        self.source = source
        self._dates: dict[int, TaskDates] = {}
        self._incoming: dict[int, list[Link]] | None = None
        self._outgoing: dict[int, list[Link]] | None = None
        self._bounds: tuple[time, time] | None = None
        self._wbs: dict[int, str] = {}
        self._wbs_outline: object | None = None
        self._memo: dict[str, Any] = {}
        self.assigned = AssignedFacts()
        self.workload = WorkloadFlags(source)  # over-allocated tasks

    @property
    def project(self) -> Project:
        return self.source.project

    @property
    def schedule(self) -> Schedule:
        return self.source.schedule

    def forget(self, links: bool = True, calendars: bool = True, assignments: bool = True) -> None:
        """Drop what an edit may have changed: always the dates; links, calendars, assignments when touched."""
        self._dates.clear()
        self._memo.clear()
        if assignments:
            self.assigned.forget()
        self.workload.forget()
        if links:
            self._incoming = self._outgoing = None
        if calendars:
            self._bounds = None

    @property
    def outline(self) -> Outline:
        """The task tree the rows follow (the schedule's, so both always agree)."""
        return self.schedule.outline

    @property
    def ids(self) -> TaskIds:
        """Row IDs of the current outline: what the ID column shows and Predecessors are typed in."""
        return self.outline.ids

    def row_id(self, task_id: int) -> int:
        return self.outline.ids.id_of(task_id)

    def task(self, task_id: int) -> Task:
        return self.project.tasks[task_id]

    def memo(self, key: str, make: Callable[[], Any]) -> Any:
        """A value made once from the project and its schedule until the next edit: a column's
        index of another table (a baseline's rows by task), built when a row first asks for it."""
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = make()
        return found

    def dates(self, task_id: int) -> TaskDates:
        found = self._dates.get(task_id)
        if found is None:
            found = self._dates[task_id] = self.schedule.dates(task_id)
        return found

    @property
    def day_bounds(self) -> tuple[time, time]:
        """The project calendar's working day (08:00-17:00 by default): those times are not shown."""
        if self._bounds is None:
            self._bounds = working_day_bounds(self.project.calendar)
        return self._bounds

    def incoming(self, task_id: int) -> list[Link]:
        if self._incoming is None:
            self._index_links()
        assert self._incoming is not None
        return self._incoming.get(task_id, [])

    def outgoing(self, task_id: int) -> list[Link]:
        if self._outgoing is None:
            self._index_links()
        assert self._outgoing is not None
        return self._outgoing.get(task_id, [])

    def _index_links(self) -> None:
        incoming: dict[int, list[Link]] = {}
        outgoing: dict[int, list[Link]] = {}
        for link in self.project.links.values():
            incoming.setdefault(link.successor_id, []).append(link)
            outgoing.setdefault(link.predecessor_id, []).append(link)
        self._incoming, self._outgoing = incoming, outgoing

    def successors_of(self, link_ids: set[int]) -> set[int]:
        """The tasks whose incoming links include any of `link_ids`, before or after the change.

        Call before `forget`: a deleted link is found in the index built before it went.
        """
        found = {link.successor_id for i in link_ids if (link := self.project.links.get(i)) is not None}
        if self._incoming is not None:
            for successor, links in self._incoming.items():
                if any(link.id in link_ids for link in links):
                    found.add(successor)
        return found

    def predecessors_of(self, link_ids: set[int]) -> set[int]:
        """The tasks whose outgoing links include any of `link_ids`, before or after the change.

        Call before `forget`, as `successors_of`.
        """
        found = {link.predecessor_id for i in link_ids if (link := self.project.links.get(i)) is not None}
        if self._outgoing is not None:
            for predecessor, links in self._outgoing.items():
                if any(link.id in link_ids for link in links):
                    found.add(predecessor)
        return found

    def predecessors_text(self, task_id: int) -> str:
        return format_predecessors(self.incoming(task_id), self.ids, self.project.units)

    def successors_text(self, task_id: int) -> str:
        """The Successors column: the tasks that follow this one, by ID, with link type and lag."""
        return format_successors(self.outgoing(task_id), self.ids, self.project.units)

    def wbs(self, task_id: int) -> str:
        """The task's WBS code (`2.3.1`), from the outline; all codes are made once per outline."""
        outline = self.outline
        if self._wbs_outline is not outline:
            self._wbs, self._wbs_outline = outline.codes(), outline
        return self._wbs.get(task_id, "")

    def is_summary(self, task_id: int) -> bool:
        return self.outline.is_summary(task_id)
