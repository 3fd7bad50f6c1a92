"""Everything a status report says, gathered from one schedule at the status date.

`status_facts` is the whole report as data; the PDF writer only lays it out, and the tests
read the facts, not the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import TYPE_CHECKING

from planner.core.evm.curves import Curves, curves
from planner.core.evm.earned_value import EarnedValue
from planner.core.evm.figures import Figures
from planner.core.report.period import Period
from planner.core.report.tasks import TaskFacts, TaskLine, due_next, finished_in, milestones, past_deadline, slipped
from planner.core.resources.summary import ResourceSummary, resource_summaries
from planner.core.resources.usage import Usage
from planner.core.risk.entities import RiskKind, RiskStatus
from planner.core.risk.register import Cell, RiskLine, heat_map, register_lines, top_risks
from planner.core.risk.scoring import contingency_reserve
from planner.core.risk.simulation_results import Figures as SimulationFigures
from planner.core.risk.simulation_results import figures as simulation_figures
from planner.core.risk.simulation_results import last_simulation
from planner.core.status.assess import ProjectStatus, assess
from planner.core.status.rating import Rag, Rating

if TYPE_CHECKING:
    from collections import Counter

    from planner.core.schedule.result import Schedule

PM_ROLES = ("project manager", "project lead")


@dataclass(frozen=True)
class KeyDates:
    start: datetime
    forecast_finish: datetime
    baseline_finish: datetime | None
    slip_days: float | None  # forecast - baseline finish, working days


@dataclass(frozen=True)
class PhaseCost:
    """A top-level task's money at the status date: the baseline's cost, spent, forecast."""

    id: int
    name: str
    bac: float
    ac: float
    forecast: float  # actual + remaining (MS Project's Cost)
    cpi: float | None

    @property
    def variance(self) -> float:
        """BAC - forecast: negative is an overrun."""
        return self.bac - self.forecast


@dataclass(frozen=True)
class RiskFacts:
    lines: list[RiskLine]
    open_threats: list[RiskLine]
    top: list[RiskLine]
    heat_map: Counter[Cell]
    contingency: float  # the open risks' EMV


@dataclass(frozen=True)
class StatusFacts:
    project: str
    author: str
    currency: str
    period: Period
    status: datetime
    status_given: bool  # False: the project has no status date; measured at the period's end
    key_dates: KeyDates
    assessment: ProjectStatus  # the ratings (planner.core.status, as the dashboard's) and the quality lists
    finished: list[TaskLine]
    slipped: list[TaskLine]
    slipped_later: int  # tasks further out forecast late as well, counted not listed
    next: list[TaskLine]
    milestones: list[TaskLine]
    earned_value: Figures | None  # None: no baseline to measure against
    phases: list[PhaseCost]  # empty without earned value
    s_curve: Curves | None
    risks: RiskFacts
    simulation: SimulationFigures | None
    overallocated: list[ResourceSummary]
    past_deadline: list[TaskLine]
    rows: dict[int, int]  # Unique ID -> task ID (row number), for the issues' task lists

    @property
    def ratings(self) -> tuple[Rating, ...]:
        return self.assessment.ratings

    @property
    def overall(self) -> Rag:
        return self.assessment.overall.rag


def project_manager(schedule: Schedule) -> str:
    """The name of the resource whose role is the project manager's; "" when none is."""
    for resource in sorted(schedule.project.resources.values(), key=lambda r: r.id):
        if any(role in resource.role.lower() for role in PM_ROLES):
            return resource.name
    return ""


def status_facts(schedule: Schedule, period: Period, author: str = "") -> StatusFacts:
    """The report of `period`, measured at the project's status date (the period's end when it has none)."""
    project = schedule.project
    status = project.status_date or datetime.combine(period.last, time(17, 0))
    facts = TaskFacts(schedule)
    key = _key_dates(facts)
    value = EarnedValue(schedule, status) if facts.baseline is not None else None
    figures = value.total() if value is not None else None
    risks = _risk_facts(schedule)
    late = past_deadline(facts)
    late_work, knock_on = slipped(facts, period)
    stored = last_simulation(project)
    return StatusFacts(
        project=project.name,
        author=author or project_manager(schedule),
        currency=project.currency,
        period=period,
        status=status,
        status_given=project.status_date is not None,
        key_dates=key,
        assessment=assess(schedule, status.date(), status, figures),
        finished=finished_in(facts, period),
        slipped=late_work,
        slipped_later=knock_on,
        next=due_next(facts, period),
        milestones=milestones(facts),
        earned_value=figures,
        phases=_phases(value, facts) if value is not None and figures and figures.bac > 0 else [],
        s_curve=curves(value) if value is not None and figures and figures.bac > 0 else None,
        risks=risks,
        simulation=simulation_figures(stored, facts.calendar) if stored is not None else None,
        overallocated=[s for s in resource_summaries(Usage(schedule)) if s.overallocated],
        past_deadline=late,
        rows=facts.rows,
    )


def _phases(value: EarnedValue, facts: TaskFacts) -> list[PhaseCost]:
    costs = value.costs
    found = []
    for uid in value.schedule.outline.children.get(None, []):
        figures = value.task(uid)
        forecast = costs.tasks[uid].forecast if costs is not None and uid in costs.tasks else figures.ac
        name = value.project.tasks[uid].name
        found.append(PhaseCost(facts.rows[uid], name, figures.bac, figures.ac, forecast, figures.cpi))
    return found


def _key_dates(facts: TaskFacts) -> KeyDates:
    finish = facts.schedule.project_finish
    planned = max((row.finish for row in facts.baselines.values()), default=None)
    slip = facts.days_between(planned, finish) if planned is not None else None
    return KeyDates(facts.schedule.project.start, finish, planned, slip)


def _risk_facts(schedule: Schedule) -> RiskFacts:
    project = schedule.project
    lines = register_lines(project)
    threats = [line for line in lines if line.risk.status is RiskStatus.OPEN and line.risk.kind is RiskKind.THREAT]
    return RiskFacts(lines, threats, top_risks(lines), heat_map(lines), contingency_reserve(project))
