"""What the task table shows about assignments: Resource Names and Work, rolled up. Qt-free.

Indexed once per edit that touched resources, assignments or the WBS (not per cell): a
table of 100,000 rows asks for the visible ones only, each a dictionary lookup.
"""

from __future__ import annotations

from planner.core.edits.assignment_edits import assignments_by_task
from planner.core.model.entities import Assignment, Project
from planner.core.model.wbs import Outline
from planner.core.resources.names import format_names


class AssignedFacts:
    def __init__(self) -> None:
        self._by_task: dict[int, list[Assignment]] | None = None
        self._work: dict[int, int] | None = None
        self._work_outline: Outline | None = None

    def forget(self) -> None:
        self._by_task = None
        self._work = None

    def of(self, project: Project, task_id: int) -> list[Assignment]:
        if self._by_task is None:
            self._by_task = assignments_by_task(project)
        return self._by_task.get(task_id, [])

    def tasks_touching(self, assignment_ids: set[int], resource_ids: set[int]) -> set[int]:
        """The tasks that held any of these assignments, or an assignment of these resources, when
        last indexed (so before an edit removed them)."""
        if self._by_task is None:
            return set()
        return {
            task_id
            for task_id, held in self._by_task.items()
            if any(a.id in assignment_ids or a.resource_id in resource_ids for a in held)
        }

    def names(self, project: Project, task_id: int) -> str:
        return format_names(project, self.of(project, task_id))

    def work(self, project: Project, outline: Outline, task_id: int) -> int:
        """The task's work in minutes; a summary's is its subtasks' (MS Project rolls Work up)."""
        if self._work is None or self._work_outline is not outline:
            self._work, self._work_outline = self._rolled_up(project, outline), outline
        return self._work.get(task_id, 0)

    def _rolled_up(self, project: Project, outline: Outline) -> dict[int, int]:
        work: dict[int, int] = {}
        for a in project.assignments.values():
            work[a.task_id] = work.get(a.task_id, 0) + a.work_minutes
        if not work:
            return work
        for task_id in list(work):  # each leaf's work to every summary above it
            if outline.is_summary(task_id):
                continue
            for owner in outline.ancestors(task_id):
                work[owner] = work.get(owner, 0) + work[task_id]
        return work


def format_hours(minutes: int) -> str:
    """Work as MS Project shows it by default: in hours (`40h`, `2.5h`)."""
    return f"{round(minutes / 60, 2):g}h"
