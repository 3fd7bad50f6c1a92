"""The four rules: schedule, cost, risk, quality. Plain functions of measured figures.

The index thresholds are earned-value reporting's, the same as the Budget tab's KPI strip
(planner/core/evm/health.py): an index below 0.95 needs watching, below 0.90 needs action.
"""

from __future__ import annotations

from planner.core.evm.health import AMBER_INDEX, AMBER_OVERRUN, GREEN_INDEX
from planner.core.risk.scoring import HIGH_SCORE, MEDIUM_SCORE
from planner.core.status.rating import Measured, Rag, Rating

RED_SLIP_DAYS = 10  # working days past the baseline finish
NO_BASELINE = "No baseline yet: Project > Set Baseline"

SCHEDULE_RULE = (
    f"Amber when SPI < {GREEN_INDEX} or the forecast finish is past the baseline finish; "
    f"red when SPI < {AMBER_INDEX:.2f} or it is more than {RED_SLIP_DAYS} working days past"
)
COST_RULE = (
    f"Amber when CPI < {GREEN_INDEX} or the forecast (EAC) is over the budget (BAC); "
    f"red when CPI < {AMBER_INDEX:.2f} or the forecast is more than {AMBER_OVERRUN:.0%} over it"
)
RISK_RULE = (
    f"Amber when an open threat scores {MEDIUM_SCORE} or more or the open risks' EMV exceeds the "
    f"contingency reserve; red when an open threat scores {HIGH_SCORE} or more"
)
GATE_DAYS = 14  # a gate this close (or past) with unchecked items needs watching
QUALITY_RULE = (
    f"Amber when a major defect is open or a gate due within {GATE_DAYS} days has unchecked items; "
    "red when a critical defect is open or a gate's checklist has a failed item"
)


def _late_words(slip: float) -> str:
    if slip == 0:
        return "the forecast finish is on the baseline finish"
    days = f"{abs(slip):g} working day{'s' * (abs(slip) != 1)}"
    return f"the forecast finish is {days} {'after' if slip > 0 else 'before'} the baseline finish"


def rate_schedule(slip_days: float | None, spi: float | None) -> Rating:
    """`slip_days`: forecast finish less baseline finish in working days (None: no baseline);
    `spi`: EV / PV at the status date (None: not measurable)."""
    measured: Measured = {"slip_days": slip_days, "spi": None if spi is None else round(spi, 2)}
    if slip_days is None:
        return Rating("Schedule", Rag.NA, SCHEDULE_RULE, NO_BASELINE, measured)
    rag = Rag.GREEN
    if slip_days > 0 or (spi is not None and spi < GREEN_INDEX):
        rag = Rag.AMBER
    if slip_days > RED_SLIP_DAYS or (spi is not None and spi < AMBER_INDEX):
        rag = Rag.RED
    spi_words = f"SPI {spi:.2f}" if spi is not None else "SPI not measurable yet (no planned value)"
    return Rating("Schedule", rag, SCHEDULE_RULE, f"{spi_words}; {_late_words(slip_days)}", measured)


def rate_cost(bac: float, cpi: float | None, eac: float | None, why_none: str = "") -> Rating:
    """`bac`: the baseline's cost (0: no baseline with costs); `cpi`, `eac`: None when not
    measurable, `why_none` says why in words."""
    measured: Measured = {
        "bac": round(bac, 2),
        "cpi": None if cpi is None else round(cpi, 2),
        "eac": None if eac is None else round(eac, 2),
    }
    if bac <= 0:
        return Rating("Cost", Rag.NA, COST_RULE, "No baseline with costs yet: Project > Set Baseline", measured)
    if cpi is None and eac is None:
        return Rating("Cost", Rag.NA, COST_RULE, f"Not measurable yet: {why_none or 'no CPI'}", measured)
    over = None if eac is None else (eac - bac) / bac
    measured["overrun"] = None if over is None else round(over, 4)
    rag = Rag.GREEN
    if (cpi is not None and cpi < GREEN_INDEX) or (over is not None and over > 0):
        rag = Rag.AMBER
    if (cpi is not None and cpi < AMBER_INDEX) or (over is not None and over > AMBER_OVERRUN):
        rag = Rag.RED
    parts = [f"CPI {cpi:.2f}" if cpi is not None else "CPI not measurable yet"]
    if over is not None:
        parts.append(f"forecast {abs(over):.0%} {'over' if over > 0 else 'under'} budget" if over else "on budget")
    return Rating("Cost", rag, COST_RULE, "; ".join(parts), measured)


def rate_risk(risks: int, top: tuple[int, str], high: int, medium: int, emv: float, reserve: float) -> Rating:
    """`risks`: how many the register holds; `top`: the highest open threat's score and title (0, "":
    none); `high`, `medium`: how many open threats score so;
    `emv`: the open risks' EMV; `reserve`: the budget's contingency reserve."""
    measured: Measured = {
        "open_threats_high": high,
        "open_threats_medium": medium,
        "top_score": top[0],
        "emv": round(emv, 2),
        "contingency_reserve": round(reserve, 2),
    }
    if not risks:
        return Rating("Risk", Rag.NA, RISK_RULE, "No risks logged yet: the Risk tab", measured)
    uncovered = emv > reserve + 0.005
    rag = Rag.RED if high else Rag.AMBER if medium or uncovered else Rag.GREEN
    cover = f"EMV {emv:,.0f} {'exceeds' if uncovered else 'within'} the contingency reserve of {reserve:,.0f}"
    threats = f"{high} high and {medium} medium open threats" if high or medium else "no open threat scores 6+"
    if top[0]:
        threats += f"; the highest scores {top[0]} ('{top[1]}')"
    return Rating("Risk", rag, RISK_RULE, f"{threats}; {cover}", measured)


def rate_quality(logged: int, critical: int, major: int, gates_failed: int, gates_open: int) -> Rating:
    """`logged`: defects and checklists in the file; `critical`, `major`: open defects of that
    severity; `gates_failed`: gate warnings with a failed item; `gates_open`: gates due within
    GATE_DAYS of the status date (or past) with unchecked items only."""
    measured: Measured = {
        "open_critical": critical,
        "open_major": major,
        "gates_failed": gates_failed,
        "gates_open": gates_open,
    }
    if not logged:
        return Rating("Quality", Rag.NA, QUALITY_RULE, "No defects or checklists yet: the Quality tab", measured)
    rag = Rag.RED if critical or gates_failed else Rag.AMBER if major or gates_open else Rag.GREEN
    parts = [f"{critical} critical and {major} major defects open"]
    parts.append(f"{gates_failed} gate{'s' * (gates_failed != 1)} with a failed item")
    parts.append(f"{gates_open} due with unchecked items")
    return Rating("Quality", rag, QUALITY_RULE, "; ".join(parts), measured)
