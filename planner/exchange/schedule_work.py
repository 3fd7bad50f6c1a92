"""`planner schedule --json`'s assignment keys: per task `resources` [{name, units, work_hours}]
and `work_hours` (a summary's rolled up from its subtasks), indexed once per report."""

from __future__ import annotations

from typing import Any

from planner.core.edits.assignment_edits import assignments_by_task
from planner.core.model.entities import Project
from planner.core.model.wbs import Outline


class WorkReport:
    def __init__(self, project: Project, outline: Outline) -> None:
        self.project = project
        self.by_task = assignments_by_task(project)
        self.work: dict[int, int] = {}
        for task_id, held in self.by_task.items():
            minutes = sum(a.work_minutes for a in held)
            self.work[task_id] = self.work.get(task_id, 0) + minutes
            if minutes and task_id in outline.parent:
                for owner in outline.ancestors(task_id):
                    self.work[owner] = self.work.get(owner, 0) + minutes

    def resources(self, task_id: int) -> list[dict[str, Any]]:
        resources = self.project.resources
        return [
            {"name": resources[a.resource_id].name, "units": a.units, "work_hours": a.work_minutes / 60}
            for a in self.by_task.get(task_id, ())
            if a.resource_id in resources
        ]

    def work_hours(self, task_id: int) -> float:
        return self.work.get(task_id, 0) / 60

    def fields(self, task_id: int) -> dict[str, Any]:
        return {"resources": self.resources(task_id), "work_hours": self.work_hours(task_id)}
