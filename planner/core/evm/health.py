"""The Budget tab's KPI strip as data: BAC, actual to date, EAC, VAC, CPI and SPI, each with a
red/amber/green sign and the rule that gave it, in words a stakeholder reads.

The thresholds are the usual ones of earned-value reporting: an index of 0.95 or more is on
track, 0.90 to 0.95 needs watching, below 0.90 needs action; a forecast overrun (VAC, EAC)
within 5% of the budget needs watching, beyond it needs action.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from planner.core.evm.figures import Figures

GREEN_INDEX, AMBER_INDEX = 0.95, 0.90
AMBER_OVERRUN = 0.05  # of BAC


class Sign(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    NONE = "none"  # no rule applies (BAC), or the figure has no value yet


@dataclass(frozen=True)
class Kpi:
    key: str
    label: str
    value: float | None
    sign: Sign
    rule: str  # the rule behind the sign, and why the figure is missing when it is

    def text(self, currency: str) -> str:
        if self.value is None:
            return "—"
        if self.key in ("cpi", "spi"):
            return f"{self.value:.2f}"
        return f"{self.value:,.0f} {currency}"


def index_sign(value: float | None) -> Sign:
    if value is None:
        return Sign.NONE
    if value >= GREEN_INDEX:
        return Sign.GREEN
    return Sign.AMBER if value >= AMBER_INDEX else Sign.RED


def overrun_sign(vac: float | None, bac: float) -> Sign:
    """VAC against the budget: no overrun green, up to 5% of BAC amber, beyond it red."""
    if vac is None or bac <= 0:
        return Sign.NONE
    if vac >= 0:
        return Sign.GREEN
    return Sign.AMBER if -vac <= AMBER_OVERRUN * bac else Sign.RED


INDEX_RULE = "green at 0.95 or more, amber from 0.90 to 0.95, red below 0.90"
OVERRUN_RULE = "green within budget, amber up to 5% over BAC, red beyond"


def kpis(figures: Figures) -> list[Kpi]:
    """The strip's six figures, in the order the strip shows them."""
    f = figures
    vac_sign = overrun_sign(f.vac, f.bac)
    missing = {key: f.why_none(key) for key in ("eac", "vac", "cpi", "spi")}

    def rule(text: str, key: str) -> str:
        return f"{text}." if getattr(f, key) is not None else f"{text}. No value yet: {missing[key]}."

    return [
        Kpi("bac", "BAC", f.bac, Sign.NONE, "Budget at completion: the baseline's total cost."),
        Kpi("ac", "Actual to date", f.ac, index_sign(f.cpi),
            f"Actual cost to the status date (AC); its sign is CPI's: {INDEX_RULE}."),
        Kpi("eac", "EAC", f.eac, vac_sign, rule(f"Estimate at completion, BAC / CPI; {OVERRUN_RULE}", "eac")),
        Kpi("vac", "VAC", f.vac, vac_sign, rule(f"Variance at completion, BAC - EAC; {OVERRUN_RULE}", "vac")),
        Kpi("cpi", "CPI", f.cpi, index_sign(f.cpi), rule(f"Cost performance, EV / AC; {INDEX_RULE}", "cpi")),
        Kpi("spi", "SPI", f.spi, index_sign(f.spi), rule(f"Schedule performance, EV / PV; {INDEX_RULE}", "spi")),
    ]  # fmt: skip
