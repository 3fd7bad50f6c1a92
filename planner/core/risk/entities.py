"""The risk register as plain data: risks, the project's categories and scales, links to tasks, history.

A risk's probability is a fraction (0.3 is 30%); its 1-5 probability score comes from
the project's % bands (core.risk.scales). Its impacts on schedule, cost, scope and
quality are 1-5 scores read against the project's definitions ("cost 3 = 25k-50k"),
and two amounts feed expected monetary value and the Monte Carlo simulation: a cost
in the project's currency and a delay in working minutes.

The owner is a resource's Unique ID but not a declared reference: deleting a person
must not delete or block the risks they owned, and since a Unique ID is never given
twice, an owner that is gone simply reads as "no owner".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class RiskKind(StrEnum):
    THREAT = "threat"
    OPPORTUNITY = "opportunity"


class RiskStatus(StrEnum):
    OPEN = "open"
    OCCURRED = "occurred"  # it happened: now an issue, its cost is no longer a reserve's business
    CLOSED = "closed"


class Response(StrEnum):
    """PMBOK's responses: the first five for threats, the last three (and escalate, accept) for opportunities."""

    AVOID = "avoid"
    MITIGATE = "mitigate"
    TRANSFER = "transfer"
    ACCEPT = "accept"
    ESCALATE = "escalate"
    EXPLOIT = "exploit"
    SHARE = "share"
    ENHANCE = "enhance"


THREAT_RESPONSES = (Response.AVOID, Response.MITIGATE, Response.TRANSFER, Response.ACCEPT, Response.ESCALATE)
OPPORTUNITY_RESPONSES = (Response.EXPLOIT, Response.SHARE, Response.ENHANCE, Response.ACCEPT, Response.ESCALATE)


def responses_for(kind: RiskKind) -> tuple[Response, ...]:
    """The responses that make sense for a threat or for an opportunity."""
    return THREAT_RESPONSES if kind is RiskKind.THREAT else OPPORTUNITY_RESPONSES


class Dimension(StrEnum):
    """What a scale measures: the probability bands and the four impact definitions."""

    PROBABILITY = "probability"
    SCHEDULE = "schedule"
    COST = "cost"
    SCOPE = "scope"
    QUALITY = "quality"


IMPACT_DIMENSIONS = (Dimension.SCHEDULE, Dimension.COST, Dimension.SCOPE, Dimension.QUALITY)
LEVELS = range(1, 6)  # every scale runs 1 (very low) to 5 (very high)


@dataclass
class RiskCategory:
    """One entry of the project's risk breakdown (technical, vendor, people, security/compliance, ...)."""

    id: int
    name: str


@dataclass
class Risk:
    id: int
    title: str
    kind: RiskKind = RiskKind.THREAT
    category_id: int | None = None
    cause: str = ""
    event: str = ""
    effect: str = ""
    probability: float = 0.5  # a fraction, 0 to 1
    impact_schedule: int = 1  # 1-5 against the project's schedule definitions
    impact_cost: int = 1
    impact_scope: int = 1
    impact_quality: int = 1
    cost_impact: float = 0.0  # the amount, in the project's currency: EMV and the simulation use it
    schedule_impact_minutes: int = 0  # the delay to its linked tasks, in working minutes, when it occurs
    owner_id: int | None = None  # a resource (see the module docstring)
    response: Response = Response.ACCEPT
    response_plan: str = ""
    contingency_plan: str = ""
    trigger: str = ""
    status: RiskStatus = RiskStatus.OPEN
    identified: date | None = None
    review: date | None = None  # the next review is due on this day
    closed: date | None = None  # the day it left the open register (closed, or occurred and became an issue)
    residual_probability: float | None = None  # after the response; None: as the inherent one
    residual_impact: int | None = None
    notes: str = ""


@dataclass
class RiskTask:
    """A task the risk bears on (its delay goes there), or with `response` a task carrying out its response."""

    id: int
    risk_id: int
    task_id: int
    response: bool = False  # a mitigation (or other response) task: the risk's delay does not go there


@dataclass
class RiskScore:
    """A risk's scores as of one day: a row is added by every edit that changes them."""

    id: int
    risk_id: int
    day: date
    probability: float
    impact: int
    residual_probability: float | None = None
    residual_impact: int | None = None


@dataclass
class RiskScale:
    """The project's own wording of one level of a scale; a level without a row keeps the default.

    `limit` is the level's upper bound: a fraction for probability (0.3 = up to 30%),
    an amount for cost, working days for schedule; None for scope and quality and for
    the open-ended top level.
    """

    id: int
    dimension: Dimension
    level: int
    label: str
    limit: float | None = None
