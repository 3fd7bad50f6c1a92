"""Each assignment as a flat load on its resource's working time (MS Project's flat contour).

An assignment works from its task's start to its task's finish. Its work (the
assignment's own, else units x the task's duration) is spread evenly over the
working time its resource has in that window, so a part-timer's Fridays carry none
of it. The load is kept as a window of the resource calendar's work offsets and a
rate (resource-minutes of work per working minute: the effective units), which is
all that summing by period and finding peaks need.

A window in which the resource has no working time at all (the task falls in a
vacation) still carries its work: it is spread over elapsed time instead, where the
resource's capacity is nil, so the period shows as over-allocated rather than the
work vanishing.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.core.model.entities import Assignment, Project
from planner.core.schedule.resource_calendar import resource_worktime
from planner.core.schedule.result import Schedule
from planner.core.schedule.worktime import WorkTime, to_abs

WORK_KIND = "work"


@dataclass(frozen=True)
class AssignmentLoad:
    """One assignment placed in time: its window as instants and as resource work offsets."""

    assignment_id: int
    task_id: int
    resource_id: int
    units: float  # as assigned (a material's amount)
    work_minutes: int
    start: int  # instant (minutes since EPOCH) the task starts
    finish: int  # instant it finishes
    work_start: int  # the resource calendar's work offset at start
    work_finish: int  # ... and at finish

    @property
    def rate(self) -> float:
        """Work per working minute of the resource in the window: the units the resource gives."""
        span = self.work_finish - self.work_start
        return self.work_minutes / span if span > 0 else 0.0

    @property
    def off_calendar(self) -> bool:
        """Work placed where the resource has no working time at all (spread over elapsed time)."""
        return self.work_finish <= self.work_start and self.work_minutes > 0


def assignment_work(project: Project, assignment: Assignment) -> int:
    """The assignment's work in minutes: its own, else units x its task's duration."""
    if assignment.work_minutes > 0:
        return assignment.work_minutes
    task = project.tasks[assignment.task_id]
    return round(task.duration.minutes * assignment.units)


def resource_calendars(project: Project) -> dict[int, WorkTime]:
    """Resource id -> the compiled calendar it works on (its own on top of its base, else the project's)."""
    return {rid: resource_worktime(project, r) for rid, r in project.resources.items()}


def assignment_loads(schedule: Schedule, calendars: dict[int, WorkTime]) -> list[AssignmentLoad]:
    """Every assignment of a scheduled project as a load on its resource's calendar.

    Assignments whose task or resource is missing (a file repaired on load) are skipped."""
    project = schedule.project
    loads: list[AssignmentLoad] = []
    spans: dict[int, tuple[int, int]] = {}
    for assignment in project.assignments.values():
        calendar = calendars.get(assignment.resource_id)
        if calendar is None or assignment.task_id not in project.tasks:
            continue
        window = spans.get(assignment.task_id)
        if window is None:
            start, finish = schedule.span(assignment.task_id)
            window = spans[assignment.task_id] = (to_abs(start), to_abs(finish))
        loads.append(
            AssignmentLoad(
                assignment_id=assignment.id,
                task_id=assignment.task_id,
                resource_id=assignment.resource_id,
                units=assignment.units,
                work_minutes=assignment_work(project, assignment),
                start=window[0],
                finish=window[1],
                work_start=calendar.work_at(window[0]),
                work_finish=calendar.work_at(window[1]),
            )
        )
    return loads
