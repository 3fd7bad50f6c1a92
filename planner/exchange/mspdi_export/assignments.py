"""Assignments: who works on which task, at what units, with how much work done and to do.

Planner's assignment spans its task, so its start and finish are the task's as scheduled.
Actual work is written where the PM recorded it; elsewhere it follows the task's % complete
in Planner and in MS Project alike, so the file leaves it to the task (as Planner keeps it).
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from planner.core.model.entities import Assignment
from planner.core.schedule.result import Schedule
from planner.exchange.mspdi_export.elements import add, add_fields
from planner.exchange.mspdi_export.values import cents, hours, moment, number, tenths


def write_assignments(root: Element, schedule: Schedule) -> None:
    project = schedule.project
    assignments = add(root, "Assignments")
    for assignment in sorted(project.assignments.values(), key=lambda a: a.id):
        if assignment.task_id in project.tasks and assignment.resource_id in project.resources:
            _write_assignment(add(assignments, "Assignment"), schedule, assignment)


def _write_assignment(element: Element, schedule: Schedule, assignment: Assignment) -> None:
    start, finish = schedule.span(assignment.task_id)
    recorded = assignment.actual_work_minutes
    work = assignment.work_minutes
    done = recorded if recorded is not None else work * schedule.percent_complete(assignment.task_id) / 100
    add_fields(
        element,
        (
            ("UID", assignment.id),
            ("TaskUID", assignment.task_id),
            ("ResourceUID", assignment.resource_id),
            ("PercentWorkComplete", round(100 * recorded / work) if recorded is not None and work else None),
            ("ActualWork", hours(recorded) if recorded is not None else None),
            ("Cost", cents(assignment.cost) if assignment.cost else None),
            ("Delay", tenths(assignment.delay_minutes) if assignment.delay_minutes else None),
            ("Finish", moment(finish)),
            ("OvertimeWork", hours(assignment.overtime_work_minutes) if assignment.overtime_work_minutes else None),
            ("RemainingWork", hours(max(0.0, work - done))),
            ("Start", moment(start)),
            ("Units", number(assignment.units)),
            ("Work", hours(work)),
        ),
    )
