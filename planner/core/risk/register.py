"""What the Risk tab and `planner risks` read off the register: rows with scores, the heat map's
counts, the top risks, the reviews due, and the score trend over time.

Plain functions of the project (and the scales); nothing here edits or stores.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from planner.core.model.entities import Project
from planner.core.risk.edits import linked_tasks
from planner.core.risk.entities import Risk, RiskKind, RiskStatus
from planner.core.risk.scales import Scales, project_scales
from planner.core.risk.scoring import (
    HIGH_SCORE,
    emv,
    impact,
    residual_impact,
    residual_probability,
    residual_score,
    score,
)


def review_day(project: Project, today: date) -> date:
    """The day a register change or a review is dated: today, or the status date of a plan still ahead
    of the calendar (the demo's), so that its history and reviews due stay in the plan's own weeks."""
    status = project.status_date.date() if project.status_date else None
    return status if status is not None and status > today else today


Cell = tuple[int, int]  # (probability score, impact), each 1-5
DUE_SOON_DAYS = 7
TOP_COUNT = 5


@dataclass(frozen=True)
class RiskLine:
    """One risk as the register shows it: the stored risk and what follows from it."""

    risk: Risk
    probability_score: int
    impact: int
    score: int
    residual_probability_score: int
    residual_impact: int
    residual_score: int
    emv: float
    owner: str
    category: str
    tasks: tuple[int, ...]

    @property
    def cell(self) -> Cell:
        return (self.probability_score, self.impact)

    @property
    def residual_cell(self) -> Cell:
        return (self.residual_probability_score, self.residual_impact)


def risk_line(project: Project, risk: Risk, scales: Scales) -> RiskLine:
    owner = project.resources.get(risk.owner_id) if risk.owner_id is not None else None
    category = project.risk_categories.get(risk.category_id) if risk.category_id is not None else None
    return RiskLine(
        risk=risk,
        probability_score=scales.probability_score(risk.probability),
        impact=impact(risk),
        score=score(risk, scales),
        residual_probability_score=scales.probability_score(residual_probability(risk)),
        residual_impact=residual_impact(risk),
        residual_score=residual_score(risk, scales),
        emv=emv(risk),
        owner=owner.name if owner else "",
        category=category.name if category else "",
        tasks=tuple(t for t in linked_tasks(project, risk.id) if t in project.tasks),
    )


def register_lines(project: Project) -> list[RiskLine]:
    """Every risk, in ID order."""
    scales = project_scales(project)
    return [risk_line(project, project.risks[i], scales) for i in sorted(project.risks)]


def heat_map(lines: list[RiskLine], residual: bool = False) -> Counter[Cell]:
    """How many open risks sit in each (probability, impact) cell."""
    return Counter(line.residual_cell if residual else line.cell for line in lines if _open(line))


def top_risks(lines: list[RiskLine], count: int = TOP_COUNT) -> list[RiskLine]:
    """The open threats with the highest scores (then the largest EMV, then the oldest)."""
    threats = [line for line in lines if _open(line) and line.risk.kind is RiskKind.THREAT]
    return sorted(threats, key=lambda line: (-line.score, -line.emv, line.risk.id))[:count]


@dataclass(frozen=True)
class Review:
    line: RiskLine
    days: int  # days until due; negative: overdue by that many

    @property
    def overdue(self) -> bool:
        return self.days < 0


def reviews_due(lines: list[RiskLine], today: date, within: int = DUE_SOON_DAYS) -> list[Review]:
    """Open risks whose review is overdue or due within `within` days, most overdue first."""
    due = [
        Review(line, (line.risk.review - today).days)
        for line in lines
        if _open(line) and line.risk.review is not None and (line.risk.review - today).days <= within
    ]
    return sorted(due, key=lambda r: (r.days, r.line.risk.id))


def _open(line: RiskLine) -> bool:
    return line.risk.status is RiskStatus.OPEN


@dataclass(frozen=True)
class TrendPoint:
    day: date
    total_score: int  # the sum of the open risks' scores as of that day
    open_risks: int
    high: int  # how many of them score 15 or more


def score_trend(project: Project, until: date | None = None) -> list[TrendPoint]:
    """The register's exposure on each day its history has a row (and on `until`): each risk's latest
    scores as of then, a step that holds until the next row.

    A risk counts from its first score until the day it left the register (closed or
    occurred): closed risks then drop out of the sum, which is how a PM reads a falling line.
    """
    scales = project_scales(project)
    by_risk: dict[int, list] = {}
    for row in sorted(project.risk_history.values(), key=lambda h: (h.day, h.id)):
        by_risk.setdefault(row.risk_id, []).append(row)
    days = sorted({row.day for row in project.risk_history.values()} | ({until} if until else set()))
    points = []
    for day in days:
        total = count = high = 0
        for risk_id, rows in by_risk.items():
            risk = project.risks.get(risk_id)
            if risk is None or (risk.closed is not None and risk.closed <= day):
                continue
            latest = [row for row in rows if row.day <= day]
            if not latest:
                continue
            value = scales.probability_score(latest[-1].probability) * latest[-1].impact
            total, count, high = total + value, count + 1, high + (value >= HIGH_SCORE)
        points.append(TrendPoint(day, total, count, high))
    return points
