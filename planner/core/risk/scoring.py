"""Scores, expected monetary value and the contingency reserve of a register.

A risk's impact is the highest of its four (schedule, cost, scope, quality), as a
probability-impact matrix reads it: a risk that stops the project is severe even if
it costs nothing. Its score is probability score x impact, 1 to 25. EMV is
probability x cost impact, negative for an opportunity; the reserve a PM asks for is
the sum over the open risks.
"""

from __future__ import annotations

from planner.core.risk.entities import Risk, RiskKind, RiskStatus
from planner.core.risk.scales import Scales

HIGH_SCORE = 15  # red on the heat map from here (5x3, 4x4, 3x5); amber from MEDIUM_SCORE
MEDIUM_SCORE = 6


def impact(risk: Risk) -> int:
    return max(risk.impact_schedule, risk.impact_cost, risk.impact_scope, risk.impact_quality)


def residual_probability(risk: Risk) -> float:
    return risk.probability if risk.residual_probability is None else risk.residual_probability


def residual_impact(risk: Risk) -> int:
    return impact(risk) if risk.residual_impact is None else risk.residual_impact


def score(risk: Risk, scales: Scales) -> int:
    """Probability score x impact, 1 to 25."""
    return scales.probability_score(risk.probability) * impact(risk)


def residual_score(risk: Risk, scales: Scales) -> int:
    return scales.probability_score(residual_probability(risk)) * residual_impact(risk)


def emv(risk: Risk) -> float:
    """Expected monetary value: probability x cost impact, negative for an opportunity."""
    value = risk.probability * risk.cost_impact
    return -value if risk.kind is RiskKind.OPPORTUNITY else value


def contingency_reserve(project) -> float:
    """The open threats' EMV less the open opportunities': what the Budget tab's contingency line is offered."""
    return sum(emv(r) for r in project.risks.values() if r.status is RiskStatus.OPEN)


def severity(value: int) -> str:
    """ "high", "medium" or "low": the colour band of a score."""
    if value >= HIGH_SCORE:
        return "high"
    return "medium" if value >= MEDIUM_SCORE else "low"
