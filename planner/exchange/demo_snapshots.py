"""The demo's status snapshots, every two weeks from kick-off to its status date (4 Jan, 18 Jan, 1 Feb
and 15 Feb 2027), so every trend chart has a line on first opening.

They are not invented figures: for each past date the project is reconstructed as it stood
then and recorded as Record Status records it (core.trends.measure):

- progress pro rata: a task started by then is that share of its progress today, the share
  being the time from its actual start to that date over the time from its actual start to its
  actual finish (or to the status date while it runs); a task not started by then has none;
- actual costs: the expenses booked up to that date only (the cost part counts by status date);
- risks as registered then: those identified by that date, open unless closed by it, with the
  scores of their latest review up to it (the register's history);
- defects as logged then: those found by that date, open unless closed (or fixed) by it.

The last snapshot is the project itself at its status date, exactly what Record Status gives.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from planner.core.model.entities import Assignment, Project, Task
from planner.core.quality.entities import Defect, DefectStatus
from planner.core.risk.entities import Risk, RiskScore, RiskStatus
from planner.core.schedule.loops import LoopBreaker
from planner.core.trends.measure import measure

EVERY = timedelta(days=14)
RECORDED_AT = time(17, 30)  # the PM records after the day's updates


def snapshot_days(project: Project) -> list[datetime]:
    """Every two weeks from the project's start to its status date, the status date last."""
    status = project.status_date
    if status is None:
        return []
    days, day = [], datetime.combine(project.start.date(), status.time())
    while day < status - timedelta(days=1):
        days.append(day)
        day += EVERY
    return [*days, status]


def add_demo_snapshots(project: Project) -> None:
    """Record status at each of `snapshot_days`, rows put straight into the (fresh) demo project."""
    for moment in snapshot_days(project):
        then = project if moment == project.status_date else project_as_of(project, moment)
        measured = measure(LoopBreaker().schedule_first(then), datetime.combine(moment.date(), RECORDED_AT))
        snapshot_id = len(project.snapshots) + 1
        project.snapshots[snapshot_id] = replace(measured.snapshot, id=snapshot_id)
        for milestone in measured.milestones:
            row_id = len(project.snapshot_milestones) + 1
            project.snapshot_milestones[row_id] = replace(milestone, id=row_id, snapshot_id=snapshot_id)


def project_as_of(project: Project, moment: datetime) -> Project:
    """The project as it stood at `moment`, its status date (see the module docstring)."""
    status = project.status_date or moment
    shares = {uid: _share(task, moment, status) for uid, task in project.tasks.items()}
    day = moment.date()
    return replace(
        project,
        status_date=moment,
        tasks={uid: _task_then(task, shares[uid], moment) for uid, task in project.tasks.items()},
        assignments={uid: _assignment_then(a, shares.get(a.task_id, 1.0)) for uid, a in project.assignments.items()},
        risks=_risks_then(project, day),
        risk_history={uid: row for uid, row in project.risk_history.items() if row.day <= day},
        defects={uid: _defect_then(d, day) for uid, d in project.defects.items() if d.found is None or d.found <= day},
        snapshots={},
        snapshot_milestones={},
        counters={},
    )


def _share(task: Task, moment: datetime, status: datetime) -> float:
    """How much of the task's progress today it had at `moment`, 0 to 1."""
    if task.actual_start is None or task.actual_start >= moment:
        return 0.0
    end = task.actual_finish or status
    if end <= moment:
        return 1.0
    return (moment - task.actual_start) / (end - task.actual_start)


def _task_then(task: Task, share: float, moment: datetime) -> Task:
    if share >= 1.0:
        return task
    if share <= 0.0:
        return replace(task, percent_complete=0.0, actual_start=None, actual_finish=None)
    now = 100.0 if task.actual_finish is not None else task.percent_complete
    return replace(task, percent_complete=round(now * share), actual_finish=None)


def _assignment_then(assignment: Assignment, share: float) -> Assignment:
    if assignment.actual_work_minutes is None or share >= 1.0:
        return assignment
    return replace(assignment, actual_work_minutes=round(assignment.actual_work_minutes * share))


def _risks_then(project: Project, day: date) -> dict[int, Risk]:
    latest: dict[int, RiskScore] = {}
    for row in sorted(project.risk_history.values(), key=lambda h: (h.day, h.id)):
        if row.day <= day:
            latest[row.risk_id] = row
    found = {}
    for uid, risk in project.risks.items():
        if risk.identified is not None and risk.identified > day:
            continue
        if risk.closed is not None and risk.closed > day:
            risk = replace(risk, status=RiskStatus.OPEN, closed=None)
        row = latest.get(uid)
        if row is not None:
            risk = replace(
                risk,
                probability=row.probability,
                impact_schedule=row.impact,
                impact_cost=min(risk.impact_cost, row.impact),
                impact_scope=min(risk.impact_scope, row.impact),
                impact_quality=min(risk.impact_quality, row.impact),
            )
        found[uid] = risk
    return found


def _defect_then(defect: Defect, day: date) -> Defect:
    if defect.closed is not None and defect.closed > day:
        fixed = defect.fixed is not None and defect.fixed <= day
        status = DefectStatus.FIXED if fixed else DefectStatus.IN_PROGRESS
        return replace(defect, status=status, fixed=defect.fixed if fixed else None, closed=None)
    if defect.fixed is not None and defect.fixed > day:
        return replace(defect, status=DefectStatus.IN_PROGRESS, fixed=None)
    return defect
