"""Red, amber or green for schedule, cost and risk, each with the rule that gave it.

- Schedule: the forecast finish against the baseline's (green on or before it, amber up to
  10 working days later, red beyond), and SPI by the earned-value thresholds; the worse wins.
  Without a baseline: red when work finishes past its deadline, else green.
- Cost: CPI by the earned-value thresholds and VAC against BAC (planner/core/evm/health.py);
  the worse wins. Not rated without a baseline with costs.
- Risk: the highest score among the open threats, in the heat map's bands (red from 15,
  amber from 6).
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.core.evm.figures import Figures
from planner.core.evm.health import INDEX_RULE, OVERRUN_RULE, Sign, index_sign, overrun_sign
from planner.core.risk.register import RiskLine
from planner.core.risk.scoring import HIGH_SCORE, MEDIUM_SCORE

AMBER_SLIP_DAYS = 10
ORDER = (Sign.NONE, Sign.GREEN, Sign.AMBER, Sign.RED)


@dataclass(frozen=True)
class Rating:
    area: str  # "Schedule", "Cost", "Risk"
    sign: Sign
    finding: str  # what was measured: "forecast finish 12.5 days after the baseline; SPI 0.62"
    rule: str  # the rule that turns it into the colour


def worst(*signs: Sign) -> Sign:
    return max(signs, key=ORDER.index)


def _slip_sign(days: float) -> Sign:
    if days <= 0:
        return Sign.GREEN
    return Sign.AMBER if days <= AMBER_SLIP_DAYS else Sign.RED


def schedule_rating(finish_slip_days: float | None, spi: float | None, late_tasks: int) -> Rating:
    rule = f"finish: green on the baseline or earlier, amber up to {AMBER_SLIP_DAYS} days late, red beyond"
    if finish_slip_days is None:
        finding = f"no baseline; {late_tasks} task(s) past their deadline"
        return Rating(
            "Schedule", Sign.RED if late_tasks else Sign.GREEN, finding, "red when work finishes past its deadline"
        )
    finding = f"forecast finish {_days(finish_slip_days)} the baseline"
    sign = _slip_sign(finish_slip_days)
    if spi is not None:
        finding += f"; SPI {spi:.2f}"
        sign = worst(sign, index_sign(spi))
        rule += f"; SPI {INDEX_RULE}"
    return Rating("Schedule", sign, finding, rule + "; the worse of the two")


def cost_rating(figures: Figures | None) -> Rating:
    if figures is None or figures.bac <= 0:
        return Rating(
            "Cost", Sign.NONE, "not rated: no baseline with costs", "earned value needs a baseline with costs"
        )
    parts = [f"CPI {figures.cpi:.2f}" if figures.cpi is not None else "CPI not yet measurable"]
    if figures.vac is not None:
        share = -figures.vac / figures.bac
        parts.append(f"forecast {abs(share):.0%} {'over' if share > 0 else 'under'} budget (VAC {figures.vac:,.0f})")
    sign = worst(index_sign(figures.cpi), overrun_sign(figures.vac, figures.bac))
    return Rating("Cost", sign, "; ".join(parts), f"CPI {INDEX_RULE}; VAC {OVERRUN_RULE}; the worse of the two")


def risk_rating(open_threats: list[RiskLine]) -> Rating:
    rule = f"the highest open threat's score: red from {HIGH_SCORE}, amber from {MEDIUM_SCORE}, else green"
    if not open_threats:
        return Rating("Risk", Sign.GREEN, "no open threats in the register", rule)
    top = max(open_threats, key=lambda line: line.score)
    high = sum(line.score >= HIGH_SCORE for line in open_threats)
    sign = Sign.RED if top.score >= HIGH_SCORE else Sign.AMBER if top.score >= MEDIUM_SCORE else Sign.GREEN
    finding = f"{len(open_threats)} open threats, {high} high; the highest scores {top.score} ('{top.risk.title}')"
    return Rating("Risk", sign, finding, rule)


def _days(days: float) -> str:
    if days == 0:
        return "on"
    amount = f"{abs(days):g} working day{'s' if abs(days) != 1 else ''}"
    return f"{amount} {'after' if days > 0 else 'before'}"
