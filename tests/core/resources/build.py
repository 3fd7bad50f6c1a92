"""Small projects for workload tests: tasks placed by a start date, people, assignments."""

from __future__ import annotations

from datetime import datetime

from planner.core.model.duration import Duration
from planner.core.model.entities import (
    Assignment,
    Calendar,
    ConstraintType,
    Project,
    Resource,
    ResourceSkill,
    Skill,
    Task,
    TaskSkill,
)
from planner.core.resources.usage import Usage
from planner.core.schedule.engine import schedule

DAY = 480
START = datetime(2027, 1, 4, 8, 0)  # a Monday


class Plan:
    """A project built a line at a time: `plan.task("Build", "2027-01-05", days=3)`."""

    def __init__(self) -> None:
        self.project = Project(name="Workload test", start=START)

    def task(self, name: str, start: str = "2027-01-04", days: float = 1) -> int:
        tid = len(self.project.tasks) + 1
        self.project.tasks[tid] = Task(
            tid,
            name,
            position=tid,
            duration=Duration(round(days * DAY)),
            constraint_type=ConstraintType.SNET,
            constraint_date=datetime.fromisoformat(f"{start}T08:00"),
        )
        return tid

    def person(self, name: str, max_units: float = 1.0, rate: float = 0.0, **fields) -> int:
        rid = len(self.project.resources) + 1
        self.project.resources[rid] = Resource(
            rid, name, initials=name[:2], max_units=max_units, standard_rate=rate, **fields
        )
        return rid

    def calendar(self, name: str, week) -> int:
        cid = max(self.project.calendars) + 1
        self.project.calendars[cid] = Calendar(cid, name, week=week)
        return cid

    def assign(self, task: int, resource: int, units: float = 1.0, work_hours: float | None = None) -> int:
        aid = len(self.project.assignments) + 1
        minutes = round(work_hours * 60) if work_hours is not None else 0
        self.project.assignments[aid] = Assignment(aid, task, resource, units, minutes)
        return aid

    def skill(self, name: str) -> int:
        sid = len(self.project.skills) + 1
        self.project.skills[sid] = Skill(sid, name)
        return sid

    def level(self, resource: int, skill: int, level: int) -> None:
        rid = len(self.project.resource_skills) + 1
        self.project.resource_skills[rid] = ResourceSkill(rid, resource, skill, level)

    def needs(self, task: int, skill: int, min_level: int) -> None:
        tid = len(self.project.task_skills) + 1
        self.project.task_skills[tid] = TaskSkill(tid, task, skill, min_level)

    def usage(self) -> Usage:
        return Usage(schedule(self.project))
