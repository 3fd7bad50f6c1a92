"""What "Record status" measures of a scheduled project at its status date, from the existing figures.

- % complete is work-weighted: the project's actual work over its work, as MS Project's
  "% Work Complete" of the project summary task reads it (work resources' assignments; an
  assignment with no actual work of its own counts its task's % complete of its work). A plan
  with no assigned work falls back to duration-weighted % complete over the leaf tasks, which
  is MS Project's "% Complete" of the project summary.
- SPI, CPI, EAC, BAC, PV, EV and AC are core.evm's at the status date against the baseline
  variance is measured against; without a baseline all of them but AC are None (AC is what was
  spent, baseline or not).
- Planned work: the baseline's work of each task spread over its baseline span in working time,
  as planned value spreads its cost, summed at the status date (the burn-up's plan line).
- Forecast and baseline finish are core.summary's key dates; milestones are its milestone lines.
- Risks: the open register's scores added up and its EMV (threats less opportunities);
  None when the register is empty. Defects: open ones by severity, as core.quality.metrics counts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from planner.core.cost.rates import actual_work
from planner.core.errors import InputError
from planner.core.evm.earned_value import EarnedValue, planned_fraction
from planner.core.model.entities import Assignment, Project
from planner.core.quality.metrics import open_by_severity
from planner.core.resources.loads import assignment_work
from planner.core.risk.entities import RiskStatus
from planner.core.risk.scales import project_scales
from planner.core.risk.scoring import emv, score
from planner.core.schedule.progress import own_percent
from planner.core.schedule.result import Schedule
from planner.core.summary.key_dates import key_dates
from planner.core.summary.milestones import milestone_lines
from planner.core.trends.entities import Snapshot, SnapshotMilestone


@dataclass(frozen=True)
class Measured:
    """A snapshot not yet given its Unique IDs: the figures and the milestones' forecasts."""

    snapshot: Snapshot  # id 0
    milestones: tuple[SnapshotMilestone, ...]  # ids and snapshot_id 0


def status_date_of(project: Project) -> datetime:
    if project.status_date is None:
        raise InputError(
            "the project has no status date to record status at: set one "
            "(Project > Status Date, or planner set FILE --status-date DATE)"
        )
    return project.status_date


def work_minutes(project: Project) -> tuple[int, int]:
    """(work done, total work) of the work resources' assignments, in minutes."""
    done = total = 0
    for assignment in project.assignments.values():
        task = project.tasks.get(assignment.task_id)
        resource = project.resources.get(assignment.resource_id)
        if task is None or resource is None or resource.kind != "work":
            continue
        work = assignment_work(project, assignment)
        total += work
        if assignment.actual_work_minutes is not None:
            done += min(work, assignment.actual_work_minutes)
        else:
            done += actual_work(_with_work(assignment, work), own_percent(task))
    return done, total


def _with_work(assignment: Assignment, work: int) -> Assignment:
    """The assignment with its work as scheduled (units x duration where none is typed)."""
    return assignment if assignment.work_minutes == work else replace(assignment, work_minutes=work)


def percent_complete(schedule: Schedule, done: int, total: int) -> float:
    """Work-weighted % complete; duration-weighted over the leaves when no work is assigned."""
    if total > 0:
        return round(100.0 * done / total, 1)
    project, outline = schedule.project, schedule.outline
    weight = finished = 0.0
    for task_id, task in project.tasks.items():
        if outline.is_summary(task_id):
            continue
        weight += task.duration.minutes
        finished += task.duration.minutes * own_percent(task) / 100
    return round(100.0 * finished / weight, 1) if weight > 0 else 0.0


def open_risks(project: Project) -> tuple[int | None, float | None]:
    """(total score, EMV) of the open risks; (None, None) when the register is empty."""
    if not project.risks:
        return None, None
    scales = project_scales(project)
    chosen = [r for r in project.risks.values() if r.status is RiskStatus.OPEN]
    return sum(score(r, scales) for r in chosen), round(sum(emv(r) for r in chosen), 2)


def open_defects(project: Project) -> dict[str, int]:
    """Severity -> how many defects are open (every severity present, worst first): the quality
    figures' count (core.quality.metrics), which leaves issues and change requests out."""
    return {severity.value: count for severity, count in open_by_severity(project).items()}


def planned_work(value: EarnedValue) -> int | None:
    """The baseline's work planned done by the status date, in minutes (None without a baseline)."""
    if value.baseline is None:
        return None
    status = value.status
    found = sum(
        leaf.row.work_minutes * planned_fraction(leaf.row, leaf.calendar, status)
        for leaf in value.leaves.values()
        if leaf.row is not None and leaf.row.work_minutes
    )
    return round(found)


def _money(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _index(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def measure(schedule: Schedule, recorded: datetime) -> Measured:
    """The project's figures at its status date (InputError without one)."""
    project = schedule.project
    status = status_date_of(project)
    value = EarnedValue(schedule, status)
    figures = value.total()
    measured = value.baseline is not None
    dates = key_dates(schedule)
    done, total = work_minutes(project)
    score_sum, emv_sum = open_risks(project)
    snapshot = Snapshot(
        id=0,
        status_date=status,
        recorded=recorded,
        percent_complete=percent_complete(schedule, done, total),
        forecast_finish=dates.forecast_finish,
        baseline_finish=dates.baseline_finish,
        spi=_index(figures.spi) if measured else None,
        cpi=_index(figures.cpi) if measured else None,
        eac=_money(figures.eac) if measured else None,
        bac=_money(figures.bac) if measured else None,
        pv=_money(figures.pv) if measured else None,
        ev=_money(figures.ev) if measured else None,
        ac=_money(figures.ac),
        work_done_minutes=done,
        work_total_minutes=total,
        risk_score=score_sum,
        risk_emv=emv_sum,
        open_defects=open_defects(project),
        work_planned_minutes=planned_work(value),
    )
    milestones = tuple(
        SnapshotMilestone(0, 0, line.task_id, line.name, line.forecast, line.done) for line in milestone_lines(schedule)
    )
    return Measured(snapshot, milestones)
