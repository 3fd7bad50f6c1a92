"""A project's status at its status date: the four ratings and the overall one, the key figures,
and the lists a dashboard shows (next milestones, top risks, overdue actions and communications,
recent decisions, gate warnings). Gathered once from a schedule; everything else only reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from planner.core.communication.entities import ActionItem, Communication, Decision
from planner.core.evm.earned_value import EarnedValue
from planner.core.evm.figures import Figures
from planner.core.model.costs import BudgetKind
from planner.core.model.entities import Project
from planner.core.quality.entities import Severity
from planner.core.risk.entities import RiskKind, RiskStatus
from planner.core.risk.register import RiskLine, register_lines, review_day, top_risks
from planner.core.risk.scoring import HIGH_SCORE, MEDIUM_SCORE, contingency_reserve
from planner.core.schedule.compiled import calendar_years
from planner.core.schedule.result import Schedule
from planner.core.schedule.worktime import WorkTime, compile_calendar
from planner.core.status import feeds
from planner.core.status.rating import Rating, overall
from planner.core.status.rules import GATE_DAYS, rate_cost, rate_quality, rate_risk, rate_schedule
from planner.core.summary.key_dates import KeyDates, key_dates
from planner.core.summary.milestones import MilestoneLine, milestone_lines, next_milestones


@dataclass(frozen=True)
class KeyFigures:
    percent_complete: float
    start: datetime
    forecast_finish: datetime
    baseline_finish: datetime | None
    slip_days: float | None  # working days, forecast less baseline finish (MS Project's Finish Variance)
    bac: float | None  # None: no baseline with costs
    eac: float | None
    spi: float | None
    cpi: float | None
    open_risks: int
    risk_emv: float  # the open risks' EMV (threats less opportunities)
    open_defects: int


@dataclass(frozen=True)
class Milestone:
    task_id: int  # Unique ID (what reveal takes)
    id: int  # the row, as the table shows it
    name: str
    forecast: datetime
    baseline: datetime | None
    slip_days: float | None  # working days


@dataclass(frozen=True)
class ProjectStatus:
    status_date: datetime
    day: date  # the day overdue is measured at: the status date, or today when the plan is behind it
    schedule: Rating
    cost: Rating
    risk: Rating
    quality: Rating
    overall: Rating
    figures: KeyFigures
    milestones: list[Milestone]
    top_risks: list[RiskLine]
    overdue_actions: list[ActionItem]
    overdue_communications: list[Communication]
    recent_decisions: list[Decision]
    gate_warnings: list[feeds.GateWarning]
    open_defects: dict[Severity, int]

    @property
    def ratings(self) -> tuple[Rating, Rating, Rating, Rating]:
        return (self.schedule, self.cost, self.risk, self.quality)


def status_moment(project: Project, today: date) -> datetime:
    """The moment progress is measured at: the status date, else the end of today."""
    return project.status_date or datetime.combine(today, time(17, 0))


class Calendar:
    """Working days between two moments on the project calendar, to a quarter day."""

    def __init__(self, project: Project) -> None:
        self.work: WorkTime = compile_calendar(project.calendar, calendar_years(project))
        self.day = project.units.minutes_per_day

    def days(self, earlier: datetime, later: datetime) -> float:
        return round(4 * (self.work.offset(later) - self.work.offset(earlier)) / self.day) / 4


def earned_value(schedule: Schedule, status: datetime, baseline_finish: datetime | None) -> Figures | None:
    """The project's earned value at `status`; None without a baseline."""
    if baseline_finish is None:
        return None
    return EarnedValue(schedule, status).total()


def percent_complete(schedule: Schedule) -> float:
    """The project's % complete as its summary would roll it up: by duration, milestones alike when
    nothing has a duration."""
    outline, project = schedule.outline, schedule.project
    leaves = [uid for uid in project.tasks if not outline.is_summary(uid)]
    weights = [float(project.tasks[uid].duration.minutes) for uid in leaves]
    if not sum(weights):
        weights = [1.0] * len(leaves)
    total = sum(weights)
    done = sum(w * schedule.percent_complete(uid) for w, uid in zip(weights, leaves, strict=True))
    return round(done / total, 1) if total else 0.0


def assess(
    schedule: Schedule, today: date, status: datetime | None = None, earned: Figures | None = None
) -> ProjectStatus:
    """The project's status measured at `status` (default: its status date, else today's end).
    `earned`: the project's earned value at `status` when the caller has it already (the
    status report does): the costliest part of the assessment on a large plan."""
    project = schedule.project
    status = status or status_moment(project, today)
    day = review_day(project, today) if project.status_date else today
    dates = key_dates(schedule)
    calendar = Calendar(project)
    value = earned if earned is not None else earned_value(schedule, status, dates.baseline_finish)
    lines = register_lines(project)
    defects = feeds.open_by_severity(project)
    gates = feeds.gate_warnings(project)
    due = [w for w in gates if not w.failed and schedule.span(w.task_id)[1] <= status + timedelta(days=GATE_DAYS)]
    ratings = _ratings(project, dates, calendar, value, lines, defects, gates, len(due))
    return ProjectStatus(
        status_date=status,
        day=day,
        schedule=ratings[0],
        cost=ratings[1],
        risk=ratings[2],
        quality=ratings[3],
        overall=overall(ratings),
        figures=_figures(schedule, dates, calendar, value, lines, defects),
        milestones=_milestones(schedule, calendar, status),
        top_risks=top_risks(lines),
        overdue_actions=feeds.overdue_actions(project, day),
        overdue_communications=feeds.overdue_communications(project, day),
        recent_decisions=feeds.recent_decisions(project, day),
        gate_warnings=gates,
        open_defects=defects,
    )


def _slip(dates: KeyDates, calendar: Calendar) -> float | None:
    return None if dates.baseline_finish is None else calendar.days(dates.baseline_finish, dates.forecast_finish)


def _costed(value: Figures | None) -> Figures | None:
    return value if value is not None and value.bac > 0 else None


def _ratings(
    project, dates, calendar, value, lines, defects, gates, gates_due
) -> tuple[Rating, Rating, Rating, Rating]:
    costed = _costed(value)
    threats = [x for x in lines if x.risk.status is RiskStatus.OPEN and x.risk.kind is RiskKind.THREAT]
    reserve = sum(b.amount for b in project.budget_lines.values() if b.kind is BudgetKind.CONTINGENCY)
    return (
        rate_schedule(_slip(dates, calendar), costed.spi if costed else None),
        rate_cost(costed.bac if costed else 0.0, costed.cpi if costed else None, costed.eac if costed else None,
                  costed.why_none("cpi") if costed else ""),
        rate_risk(len(lines), next(((x.score, x.risk.title) for x in top_risks(lines, 1)), (0, "")),
                  sum(x.score >= HIGH_SCORE for x in threats),
                  sum(MEDIUM_SCORE <= x.score < HIGH_SCORE for x in threats),
                  contingency_reserve(project), reserve),
        rate_quality(len(project.defects) + len(project.checklists), defects[Severity.CRITICAL],
                     defects[Severity.MAJOR], sum(bool(g.failed) for g in gates), gates_due),
    )  # fmt: skip


def _figures(schedule, dates: KeyDates, calendar, value, lines, defects) -> KeyFigures:
    costed = _costed(value)
    open_risks = [x for x in lines if x.risk.status is RiskStatus.OPEN]
    return KeyFigures(
        percent_complete=percent_complete(schedule),
        start=dates.start,
        forecast_finish=dates.forecast_finish,
        baseline_finish=dates.baseline_finish,
        slip_days=_slip(dates, calendar),
        bac=costed.bac if costed else None,
        eac=costed.eac if costed else None,
        spi=costed.spi if costed else None,
        cpi=costed.cpi if costed else None,
        open_risks=len(open_risks),
        risk_emv=round(contingency_reserve(schedule.project), 2),
        open_defects=sum(defects.values()),
    )


def _milestones(schedule: Schedule, calendar: Calendar, status: datetime) -> list[Milestone]:
    def item(line: MilestoneLine) -> Milestone:
        slip = None if line.baseline is None else calendar.days(line.baseline, line.forecast)
        return Milestone(line.task_id, line.row, line.name, line.forecast, line.baseline, slip)

    return [item(line) for line in next_milestones(milestone_lines(schedule), status)]
