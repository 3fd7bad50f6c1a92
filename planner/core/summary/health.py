"""Red, amber or green per area, with the rule that gave the sign in words a stakeholder reads.

Schedule: the forecast finish against the baseline's finish; on or before it is green, late by
up to 5% of the baseline's length (start to baseline finish) amber, later red. Cost: the CPI
thresholds of earned-value reporting (core/evm/health.py). Risk: the open threats' scores on the
register's 5x5 scale; none high (15 or more) and none medium (MEDIUM_SCORE or more) is green,
medium ones only amber, any high one red.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.core.evm.health import INDEX_RULE, Sign
from planner.core.risk.entities import RiskKind, RiskStatus
from planner.core.risk.register import RiskLine
from planner.core.risk.scoring import HIGH_SCORE, MEDIUM_SCORE
from planner.core.summary.key_dates import KeyDates

AMBER_SLIP = 0.05  # of the baseline's length
SCHEDULE_RULE = (
    "forecast finish against the baseline finish: green on or before it, "
    "amber up to 5% of the baseline's length (start to baseline finish) later, red beyond"
)
COST_RULE = f"CPI (EV / AC): {INDEX_RULE}"
RISK_RULE = (
    f"open threats on the register: green with none scoring {MEDIUM_SCORE} or more, "
    f"amber with medium ones ({MEDIUM_SCORE}-{HIGH_SCORE - 1}) only, red with any high one ({HIGH_SCORE} or more)"
)


@dataclass(frozen=True)
class Health:
    area: str  # "Schedule", "Cost", "Risk"
    sign: Sign
    rule: str  # how the sign is decided
    words: str  # what it is now, in a sentence


def schedule_sign(slip: float | None, baseline_days: float | None) -> Sign:
    if slip is None or baseline_days is None:
        return Sign.NONE
    if slip <= 0:
        return Sign.GREEN
    return Sign.AMBER if slip <= AMBER_SLIP * baseline_days else Sign.RED


def days_text(days: float) -> str:
    return f"{days:g} day" if days == 1 else f"{days:g} days"


def schedule_health(dates: KeyDates) -> Health:
    slip = dates.slip
    if slip is None:
        words = "No baseline is saved, so there is no finish to measure the forecast against."
    elif slip <= 0:
        words = (
            f"The forecast finish is {days_text(-slip)} before the baseline finish."
            if slip
            else "On the baseline finish."
        )
    else:
        words = f"The forecast finish is {days_text(slip)} after the baseline finish."
    return Health("Schedule", schedule_sign(slip, dates.baseline_days), SCHEDULE_RULE, words)


def _open_threat(line: RiskLine) -> bool:
    return line.risk.kind is RiskKind.THREAT and line.risk.status is RiskStatus.OPEN


def risk_health(lines: list[RiskLine]) -> Health:
    threats = [line for line in lines if _open_threat(line)]
    high = [line for line in threats if line.score >= HIGH_SCORE]
    medium = [line for line in threats if MEDIUM_SCORE <= line.score < HIGH_SCORE]
    sign = Sign.RED if high else Sign.AMBER if medium else Sign.GREEN
    words = f"{len(threats)} open threats: {len(high)} high, {len(medium)} medium."
    return Health("Risk", sign, RISK_RULE, words)
